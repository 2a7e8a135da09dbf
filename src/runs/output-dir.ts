/**
 * The CLI's `--out` folder appears whole or not at all: a run writes into a hidden sibling folder and
 * swaps it in at the end, so an error, a full disk or Ctrl-C never leaves a half-written run that
 * looks complete. It refuses to replace anything that is not an earlier Segbot run.
 */
import { lstat, readdir, rename, rm, mkdir } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { DataError } from '../errors.js';

const MARKER = 'result.json';

async function check(outDir: string): Promise<'absent' | 'empty' | 'segbot'> {
  let info;
  try {
    info = await lstat(outDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw error;
  }
  if (info.isSymbolicLink()) throw new DataError('OUTPUT_NOT_SEGBOT', `${outDir} is a symbolic link; Segbot writes only into a real folder. Pass another --out.`);
  if (!info.isDirectory()) throw new DataError('OUTPUT_NOT_SEGBOT', `${outDir} is a file, not a folder. Pass another --out.`);
  const names = await readdir(outDir);
  if (names.length === 0) return 'empty';
  if (!names.includes(MARKER)) throw new DataError('OUTPUT_NOT_SEGBOT', `${outDir} holds files that Segbot did not write (no result.json); it will not replace them. Pass an empty or new --out folder.`);
  return 'segbot';
}

/** Runs `write(stagingDir)` and then puts the staging folder in place of `outDir`. */
export async function writeOutputFolder<T>(outDir: string, write: (stagingDir: string) => Promise<T>): Promise<T> {
  const target = path.resolve(outDir);
  await check(target); // refuse a folder that is not ours before spending a run on it
  const parent = path.dirname(target);
  await mkdir(parent, { recursive: true });
  const tag = `${process.pid}-${randomBytes(3).toString('hex')}`;
  const staging = path.join(parent, `.${path.basename(target)}.segbot-partial-${tag}`);
  await mkdir(staging);
  let value: T;
  try {
    value = await write(staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  try {
    const state = await check(target); // the folder may have changed during a long run
    if (state === 'absent') {
      await rename(staging, target);
    } else {
      const old = path.join(parent, `.${path.basename(target)}.segbot-old-${tag}`);
      await rename(target, old);
      try {
        await rename(staging, target);
      } catch (error) {
        await rename(old, target); // put the earlier run back rather than leave no folder
        throw error;
      }
      await rm(old, { recursive: true, force: true });
    }
  } catch (error) {
    // A folder that turned into someone else's during the run, or a failed swap: the staging folder goes too.
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  return value;
}
