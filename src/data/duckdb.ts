/**
 * The embedded DuckDB that reads the user's file. Files are read by DuckDB itself (streamed,
 * spilled to a temp directory when large), never loaded whole into JS memory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

export interface DuckDb {
  connection: DuckDBConnection;
  close(): void;
}

/**
 * In memory by default. Large inputs get a database file instead, so the cleaned lines are
 * compressed and paged by DuckDB's buffer manager rather than held in RAM (about 150 bytes per
 * line in memory: 3 GB for 20M lines). Each instance has its own temp directory (for the file and
 * for spills, so concurrent loads never share spill files), removed on close or at exit.
 */
export async function openDuckDb(options: { onDisk?: boolean } = {}): Promise<DuckDb> {
  const dir = mkdtempSync(path.join(tmpdir(), 'segbot-duckdb-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  // A caller that never closes the session must not leave files behind.
  process.once('exit', removeDir);
  // Two threads: the machine has two cores shared with the rest of the pipeline.
  const settings = { threads: '2', temp_directory: path.join(dir, 'spill') };
  const instance = await DuckDBInstance.create(options.onDisk ? path.join(dir, 'data.duckdb') : ':memory:', settings);
  const connection = await instance.connect();
  return {
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
      removeDir();
      process.off('exit', removeDir);
    },
  };
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
