import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SQLITE_FILE_NAME, openStore } from '../../src/store/index.js';
import { storeContract } from './contract.js';
import { sqliteHarness } from './harnesses.js';

describe('SQLite store', () => {
  storeContract(sqliteHarness());

  it('uses WAL so readers do not block the writer', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'segbot-store-'));
    try {
      const store = await openStore({ dataDir: dir });
      await store.close();
      const db = new Database(path.join(dir, SQLITE_FILE_NAME));
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a file that is not a database, saying which file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'segbot-store-'));
    try {
      writeFileSync(path.join(dir, SQLITE_FILE_NAME), 'this is not sqlite, just text that is long enough to have a header '.repeat(10));
      await expect(openStore({ dataDir: dir })).rejects.toThrow(/cannot open .*segbot\.sqlite.*SEGBOT_DATA_DIR/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a database migrated by a newer segbot', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'segbot-store-'));
    try {
      const store = await openStore({ dataDir: dir });
      await store.close();
      const db = new Database(path.join(dir, SQLITE_FILE_NAME));
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')").run();
      db.close();
      await expect(openStore({ dataDir: dir })).rejects.toThrow(/schema version 999.*Upgrade segbot/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a DATABASE_URL that is not Postgres', async () => {
    await expect(openStore({ databaseUrl: 'mysql://x@localhost/db' })).rejects.toThrow(/must start with postgres:\/\//);
  });

  it('needs a data directory or a database URL', async () => {
    await expect(openStore({})).rejects.toThrow(/SEGBOT_DATA_DIR.*DATABASE_URL/);
  });
});
