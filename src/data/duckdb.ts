/**
 * The embedded DuckDB that reads the user's file. Files are read by DuckDB itself (streamed,
 * spilled to a temp directory when large), never loaded whole into JS memory.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

export interface DuckDb {
  connection: DuckDBConnection;
  /** The instance's own temp directory (removed on close): spills, and copies of inputs made readable. */
  dir: string;
  /**
   * Lowers DuckDB's memory cap once loading is done, so the engine that runs next gets the RAM back:
   * DuckDB frees its buffers down to the new cap (tables page out to the temp directory, read back on use).
   */
  yieldMemory(): Promise<void>;
  /** Raises the cap back to the loading limit, for the follow-up queries that run once the engine is done. */
  reclaimMemory(): Promise<void>;
  close(): void;
}

/**
 * DuckDB's working memory while loading, unless told otherwise: 40% of the machine's RAM, at least
 * 1 GB and at most 6 GB. DuckDB's own default (80% of RAM) would leave nothing for the engine; a
 * fixed 3 GB made 20M lines spill to disk while they were cleaned, on a machine with RAM to spare.
 */
export function defaultMemoryLimit(totalBytes: number = totalmem()): string {
  const mb = Math.round(Math.min(6 * 1024, Math.max(1024, (0.4 * totalBytes) / 1024 ** 2)));
  return `${mb}MB`;
}
export const DEFAULT_MEMORY_LIMIT = defaultMemoryLimit();
/** The cap after loading, while the engine runs and the session waits for follow-up queries. */
export const IDLE_MEMORY_LIMIT = '256MB';

export interface DuckDbOptions {
  /** Work in a database file instead of memory (tables written to disk as they are built). */
  onDisk?: boolean;
  /** DuckDB's memory cap (e.g. "2GB"); above it, tables and intermediate results spill to the temp directory. */
  memoryLimit?: string;
}

/**
 * In memory by default, capped at `memoryLimit`: past the cap DuckDB pages table blocks and
 * intermediate results out to a temp directory, so a log of any size is read without a database file
 * being written unless it must be (a database file costs ~2x the time on 20M lines). Each instance has
 * its own temp directory (for spills, and the file with onDisk), removed on close or at exit.
 */
export async function openDuckDb(options: DuckDbOptions = {}): Promise<DuckDb> {
  removeStaleDirs();
  const dir = mkdtempSync(path.join(tmpdir(), `${DIR_PREFIX}${process.pid}-`));
  const removeDir = () => {
    rmSync(dir, { recursive: true, force: true });
    openDirs.delete(dir);
  };
  // A caller that never closes the session must not leave files behind; nor must Ctrl-C or SIGTERM.
  process.once('exit', removeDir);
  openDirs.add(dir);
  watchSignals();
  // Two threads: the machine has two cores shared with the rest of the pipeline.
  const settings = { threads: '2', temp_directory: path.join(dir, 'spill'), memory_limit: options.memoryLimit ?? DEFAULT_MEMORY_LIMIT };
  const instance = await DuckDBInstance.create(options.onDisk ? path.join(dir, 'data.duckdb') : ':memory:', settings);
  const connection = await instance.connect();
  return {
    connection,
    dir,
    async yieldMemory() {
      await connection.run(`SET memory_limit = '${IDLE_MEMORY_LIMIT}'`);
    },
    async reclaimMemory() {
      await connection.run(`SET memory_limit = '${options.memoryLimit ?? DEFAULT_MEMORY_LIMIT}'`);
    },
    close() {
      connection.closeSync();
      instance.closeSync();
      removeDir();
      process.off('exit', removeDir);
    },
  };
}

const DIR_PREFIX = 'segbot-duckdb-';
const openDirs = new Set<string>();
let signalsWatched = false;
let staleRemoved = false;

/**
 * On SIGINT/SIGTERM the open temp folders (spills of several GB, transcoded inputs) are removed. The
 * signal then does what it would have done: if nothing else listens (the CLI), it is raised again and
 * ends the process; the bot's own handlers stop it gracefully.
 */
function watchSignals(): void {
  if (signalsWatched) return;
  signalsWatched = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const dir of openDirs) rmSync(dir, { recursive: true, force: true });
      openDirs.clear();
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
}

/** Folders left by runs that were killed outright (SIGKILL, power loss): their process is gone. */
function removeStaleDirs(): void {
  if (staleRemoved) return;
  staleRemoved = true;
  let names: string[];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/^segbot-duckdb-(\d+)-/.exec(name)?.[1]);
    if (!pid || pid === process.pid || processAlive(pid)) continue;
    rmSync(path.join(tmpdir(), name), { recursive: true, force: true });
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A double-quoted SQL identifier, valid in DuckDB and Postgres. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A single-quoted SQL string literal. */
export function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Runs a query and returns its columns as plain JS arrays (one array per column, not one object per row). */
export async function queryColumns(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown[]>> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getColumnsObjectJS() as Record<string, unknown[]>;
}

/** Runs a query expected to return one row and returns it as an object. */
export async function queryRow(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown>> {
  const reader = await connection.runAndReadAll(sql);
  const rows = reader.getRowObjectsJS() as Record<string, unknown>[];
  return rows[0] ?? {};
}

/** DuckDB returns BIGINT as bigint and DECIMAL/HUGEINT as numbers or strings depending on width: one number. */
export function toNumber(value: unknown): number {
  if (value === null || value === undefined) return Number.NaN;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return Number(value);
}
