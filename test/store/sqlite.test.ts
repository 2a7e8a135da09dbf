import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SQLITE_FILE_NAME, openStore } from '../../src/store/index.js';
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

describe('SQLite store created by two processes at once (issue 14: 13 of 30 failed)', () => {
  it('30 timed races of two processes creating the same new store all succeed, with one set of migrations', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'segbot-create-'));
    try {
      const dirs = Array.from({ length: 30 }, (_, i) => path.join(root, `store-${i}`));
      const child = fileURLToPath(new URL('./fixtures/open-many.ts', import.meta.url));
      // Both children load first, then race from the same instant.
      const start = String(Date.now() + 6000);
      const run = () =>
        new Promise<string>((resolve, reject) => {
          const p = spawn(process.execPath, ['--import', 'tsx', child, start, ...dirs], { stdio: ['ignore', 'pipe', 'inherit'] });
          let out = '';
          p.stdout.on('data', (d) => (out += d));
          p.on('error', reject);
          p.on('close', () => resolve(out));
        });
      const outputs = await Promise.all([run(), run()]);
      const results = outputs.flatMap((o) => o.trim().split('\n').map((l) => JSON.parse(l) as { dir: string; ok: boolean; error?: string }));
      expect(results).toHaveLength(60);
      expect(results.filter((r) => !r.ok)).toEqual([]);
      for (const dir of dirs) {
        const db = new Database(path.join(dir, SQLITE_FILE_NAME));
        expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').all().map((r) => (r as { version: number }).version)).toEqual(MIGRATIONS.map((m) => m.version));
        db.close();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
});
