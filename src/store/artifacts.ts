/**
 * Where each run's files live (result, assignments, charts, report, narrative, the run's manifest),
 * behind an interface so that the bot can post them and a later run (digest, questions) can read
 * them by run id without knowing a path. The default is a local folder; a shared deployment can
 * put another implementation (object storage) behind the same interface.
 *
 * Writing is staged: a run writes into a private folder and `commit` makes it visible in one
 * rename, so a crash or a cancelled run never leaves a half-written run that looks complete.
 */
import { mkdir, readdir, readFile, rename, rm, stat, utimes } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export interface ArtifactStore {
  /** Human-readable location, for logs and `--help`. */
  readonly location: string;
  /** A fresh private folder for a run's files; nothing in it is visible until `commit`. */
  stage(runId: string): Promise<string>;
  /** Publishes a staged folder under the run id, atomically. */
  commit(runId: string, stagedDir: string): Promise<void>;
  /** Drops a staged folder (a failed or cancelled run). */
  discard(stagedDir: string): Promise<void>;
  /** Committed run ids, oldest first by commit time. */
  list(): Promise<string[]>;
  has(runId: string): Promise<boolean>;
  /** The names of a run's files, relative to the run (e.g. `charts/segment-map.png`). */
  files(runId: string): Promise<string[]>;
  read(runId: string, name: string): Promise<Buffer>;
  /** Deletes a committed run's files (snapshot retention); a run that is not there is not an error. */
  remove(runId: string): Promise<void>;
  /** A local path to a committed file, when the store has one (the CLI prints it). */
  localPath(runId: string, name: string): string | null;
}

const RUN_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;
const STAGING = '.staging';

export class ArtifactError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArtifactError';
  }
}

function checkRunId(runId: string): string {
  if (!RUN_ID.test(runId)) throw new ArtifactError(`"${runId}" is not a run id (letters, digits, - and _ only).`);
  return runId;
}

/** A file name inside a run: relative, no `..`, no absolute path, no backslash tricks. */
function checkName(name: string): string {
  const normal = path.posix.normalize(name);
  if (name.includes('\\') || name.includes('\0') || path.posix.isAbsolute(normal) || normal.startsWith('..') || normal === '.') {
    throw new ArtifactError(`"${name}" is not a file name inside a run.`);
  }
  return normal;
}

async function walk(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await walk(path.join(dir, entry.name), rel)));
    else if (entry.isFile()) out.push(rel);
  }
  return out.sort();
}

export function localArtifactStore(root: string): ArtifactStore {
  const dirOf = (runId: string) => path.join(root, checkRunId(runId));
  // Resolved, so that `<root>/.staging/..` or `<root>/.staging/.` is not taken for a staged run (discard would delete the store).
  let lastCommitMs = 0;
  const isStaged = (dir: string) => path.dirname(path.resolve(dir)) === path.resolve(root, STAGING);
  return {
    location: root,
    async stage(runId) {
      checkRunId(runId);
      const dir = path.join(root, STAGING, `${runId}-${randomBytes(4).toString('hex')}`);
      await mkdir(dir, { recursive: true });
      return dir;
    },
    async commit(runId, stagedDir) {
      const target = dirOf(runId);
      if (!isStaged(stagedDir)) throw new ArtifactError(`${stagedDir} was not staged by this artifact store.`);
      if (await exists(target)) throw new ArtifactError(`run ${runId} already has artifacts; a run id is used once.`);
      await rename(stagedDir, target);
      // list() orders by the folder's mtime, which the rename keeps as the staged folder's last write; stamp the commit
      // instead, strictly after this store's previous one (file times are coarse: two commits can share a tick).
      lastCommitMs = Math.max(Date.now(), lastCommitMs + 1);
      await utimes(target, lastCommitMs / 1000, lastCommitMs / 1000);
    },
    async discard(stagedDir) {
      if (isStaged(stagedDir)) await rm(stagedDir, { recursive: true, force: true });
    },
    async list() {
      let entries;
      try {
        entries = await readdir(root, { withFileTypes: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      const runs = entries.filter((e) => e.isDirectory() && RUN_ID.test(e.name));
      const withTimes = await Promise.all(runs.map(async (e) => ({ id: e.name, at: (await stat(path.join(root, e.name))).mtimeMs })));
      return withTimes.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id)).map((r) => r.id);
    },
    // async, so that a bad run id rejects like every other call instead of throwing before a promise exists
    async has(runId) {
      return exists(dirOf(runId));
    },
    async files(runId) {
      try {
        return await walk(dirOf(runId));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ArtifactError(`there is no run ${runId}.`);
        throw error;
      }
    },
    async read(runId, name) {
      try {
        return await readFile(path.join(dirOf(runId), checkName(name)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ArtifactError(`run ${runId} has no file ${name}.`);
        throw error;
      }
    },
    async remove(runId) {
      await rm(dirOf(runId), { recursive: true, force: true });
    },
    localPath: (runId, name) => path.join(dirOf(runId), checkName(name)),
  };
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}
