/** The CLI's --out folder: whole or not at all, and never in place of a folder Segbot did not write. */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { writeOutputFolder } from '../../src/runs/output-dir.js';
import { DataError } from '../../src/errors.js';

/** A fresh parent folder for each test, so that its listing shows any staging folder left behind. */
const parentDir = () => tempDir('segbot-outdir-');

const writeRun = (marker: string) => async (staging: string) => {
  await writeFile(path.join(staging, 'result.json'), `{"run":"${marker}"}`);
  await writeFile(path.join(staging, 'report.html'), marker);
  return marker;
};

/** Expects writeOutputFolder to refuse with OUTPUT_NOT_SEGBOT before calling write. */
async function expectRefused(outDir: string, message: RegExp): Promise<void> {
  let called = false;
  const error = await writeOutputFolder(outDir, async () => {
    called = true;
  }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DataError);
  expect((error as DataError).code).toBe('OUTPUT_NOT_SEGBOT');
  expect((error as DataError).message).toMatch(message);
  expect(called).toBe(false);
}

describe('writeOutputFolder', () => {
  it('creates a new folder only at the end, with everything written', async () => {
    const parent = parentDir();
    const out = path.join(parent, 'run');
    let seenDuringWrite: string[] = [];
    const value = await writeOutputFolder(out, async (staging) => {
      expect(path.dirname(staging)).toBe(parent);
      expect(path.basename(staging)).toMatch(/^\.run\.segbot-partial-/);
      await writeRun('new')(staging);
      seenDuringWrite = readdirSync(parent);
      expect(existsSync(out)).toBe(false);
      return 42;
    });
    expect(value).toBe(42);
    expect(seenDuringWrite).toHaveLength(1); // only the hidden staging folder
    expect(readdirSync(parent)).toEqual(['run']);
    expect(readdirSync(out).sort()).toEqual(['report.html', 'result.json']);
  });

  it('creates missing parent folders', async () => {
    const out = path.join(parentDir(), 'a', 'b', 'run');
    await writeOutputFolder(out, writeRun('deep'));
    expect(readFileSync(path.join(out, 'report.html'), 'utf8')).toBe('deep');
  });

  it('resolves a relative --out against the current folder', async () => {
    const parent = parentDir();
    const relative = path.relative(process.cwd(), path.join(parent, 'rel'));
    await writeOutputFolder(relative, writeRun('rel'));
    expect(existsSync(path.join(parent, 'rel', 'result.json'))).toBe(true);
  });

  it('leaves nothing behind when the run fails: no folder and no staging folder', async () => {
    const parent = parentDir();
    const out = path.join(parent, 'run');
    await expect(
      writeOutputFolder(out, async (staging) => {
        await writeFile(path.join(staging, 'result.json'), '{"half":');
        throw new DataError('EMPTY_FILE', 'orders.csv: the file is empty');
      }),
    ).rejects.toThrow('orders.csv: the file is empty');
    expect(readdirSync(parent)).toEqual([]);
  });

  it('keeps an earlier Segbot run untouched when the new run fails', async () => {
    const parent = parentDir();
    const out = path.join(parent, 'run');
    await writeOutputFolder(out, writeRun('old'));
    await expect(writeOutputFolder(out, async () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(readdirSync(parent)).toEqual(['run']);
    expect(readFileSync(path.join(out, 'report.html'), 'utf8')).toBe('old');
  });

  it('replaces an earlier Segbot run (a folder with result.json), dropping its old files', async () => {
    const parent = parentDir();
    const out = path.join(parent, 'run');
    await writeOutputFolder(out, writeRun('old'));
    writeFileSync(path.join(out, 'stale.txt'), 'from the old run');
    await writeOutputFolder(out, writeRun('new'));
    expect(readdirSync(parent)).toEqual(['run']);
    expect(readdirSync(out).sort()).toEqual(['report.html', 'result.json']);
    expect(readFileSync(path.join(out, 'report.html'), 'utf8')).toBe('new');
  });

  it('fills an empty existing folder', async () => {
    const parent = parentDir();
    const out = path.join(parent, 'run');
    mkdirSync(out);
    await writeOutputFolder(out, writeRun('new'));
    expect(readdirSync(parent)).toEqual(['run']);
    expect(readFileSync(path.join(out, 'report.html'), 'utf8')).toBe('new');
  });

  it('refuses a non-empty folder without result.json and leaves it as it was', async () => {
    const parent = parentDir();
    const out = path.join(parent, 'thesis');
    mkdirSync(out);
    writeFileSync(path.join(out, 'chapter1.md'), 'precious');
    await expectRefused(out, /holds files that Segbot did not write \(no result\.json\); it will not replace them\. Pass an empty or new --out folder\./);
    expect(readdirSync(out)).toEqual(['chapter1.md']);
    expect(readFileSync(path.join(out, 'chapter1.md'), 'utf8')).toBe('precious');
    expect(readdirSync(parent)).toEqual(['thesis']);
  });

  it('refuses a file and leaves it as it was', async () => {
    const parent = parentDir();
    const out = path.join(parent, 'notes.txt');
    writeFileSync(out, 'precious');
    await expectRefused(out, /is a file, not a folder\. Pass another --out\./);
    expect(readFileSync(out, 'utf8')).toBe('precious');
    expect(readdirSync(parent)).toEqual(['notes.txt']);
  });

  it('refuses a symbolic link, even to an earlier Segbot run, and leaves both as they were', async () => {
    const parent = parentDir();
    const real = path.join(parent, 'real');
    await writeOutputFolder(real, writeRun('old'));
    const link = path.join(parent, 'link');
    symlinkSync(real, link);
    await expectRefused(link, /is a symbolic link; Segbot writes only into a real folder\. Pass another --out\./);
    expect(readdirSync(parent).sort()).toEqual(['link', 'real']);
    expect(readFileSync(path.join(real, 'report.html'), 'utf8')).toBe('old');
  });

  it('refuses a folder that became a non-Segbot folder during the run, leaving it and no staging folder', async () => {
    const parent = parentDir();
    const out = path.join(parent, 'run');
    await expect(
      writeOutputFolder(out, async (staging) => {
        mkdirSync(out);
        writeFileSync(path.join(out, 'theirs.txt'), 'precious');
        return writeRun('new')(staging);
      }),
    ).rejects.toMatchObject({ code: 'OUTPUT_NOT_SEGBOT' });
    expect(readdirSync(parent)).toEqual(['run']);
    expect(readdirSync(out)).toEqual(['theirs.txt']);
  });

  it('puts the run in place when the earlier run was deleted during the run', async () => {
    const parent = parentDir();
    const out = path.join(parent, 'run');
    await writeOutputFolder(out, writeRun('old'));
    await writeOutputFolder(out, async (staging) => {
      rmSync(out, { recursive: true });
      return writeRun('new')(staging);
    });
    expect(readdirSync(parent)).toEqual(['run']);
    expect(readFileSync(path.join(out, 'report.html'), 'utf8')).toBe('new');
  });
});
