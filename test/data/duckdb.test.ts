import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MEMORY_LIMIT, defaultMemoryLimit, openDuckDb, queryRow } from '../../src/data/duckdb.js';

describe('openDuckDb', () => {
  it('works in a temp database file for large inputs and removes it on close', async () => {
    const db = await openDuckDb({ onDisk: true });
    await db.connection.run('CREATE TABLE t AS SELECT range AS x FROM range(1000)');
    expect((await queryRow(db.connection, 'SELECT SUM(x) AS s FROM t')).s).toBe(499500n);
    const file = (await queryRow(db.connection, "SELECT path FROM duckdb_databases() WHERE database_name = 'data'")).path as string;
    expect(existsSync(file)).toBe(true);
    db.close();
    expect(existsSync(file)).toBe(false);
  });
});

describe('openDuckDb in memory', () => {
  it('has a private spill directory, removed on close', async () => {
    const db = await openDuckDb();
    const spill = (await queryRow(db.connection, "SELECT current_setting('temp_directory') AS dir")).dir as string;
    expect(spill).toMatch(/segbot-duckdb-[^/]+\/spill$/);
    db.close();
    expect(existsSync(spill.replace(/\/spill$/, ''))).toBe(false);
  });
});

describe('openDuckDb memory cap', () => {
  const limit = async (db: Awaited<ReturnType<typeof openDuckDb>>) =>
    String((await queryRow(db.connection, "SELECT current_setting('memory_limit') AS m")).m);

  it('caps DuckDB at the loading limit, then lowers the cap once loading is done', async () => {
    const explicit = await openDuckDb({ memoryLimit: DEFAULT_MEMORY_LIMIT });
    const loading = await limit(explicit); // DEFAULT_MEMORY_LIMIT as DuckDB prints it
    explicit.close();
    const db = await openDuckDb();
    expect(await limit(db)).toBe(loading);
    await db.yieldMemory();
    expect(await limit(db)).toBe('244.1 MiB'); // 256MB
    await db.reclaimMemory();
    expect(await limit(db)).toBe(loading);
    db.close();
  });

  it('takes 40% of the RAM by default, at least 1 GB and at most 6 GB', () => {
    const gb = 1024 ** 3;
    expect(defaultMemoryLimit(24 * gb)).toBe('6144MB');
    expect(defaultMemoryLimit(8 * gb)).toBe('3277MB');
    expect(defaultMemoryLimit(2 * gb)).toBe('1024MB');
  });

  it('takes the cap from the caller', async () => {
    const db = await openDuckDb({ memoryLimit: '512MB' });
    expect(await limit(db)).toBe('488.2 MiB'); // 512MB
    await db.yieldMemory();
    await db.reclaimMemory();
    expect(await limit(db)).toBe('488.2 MiB');
    db.close();
  });
});
