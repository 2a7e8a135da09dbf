/** How each store is opened, reopened and cleaned up in tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { SQLITE_FILE_NAME, openStore, type Store } from '../../src/store/index.js';
import type { StoreHarness } from './contract.js';
import { TEST_DATABASE_URL, dropSchema, uniqueSchema } from './postgres-server.js';

export function sqliteHarness(): StoreHarness & { dir(): string } {
  let dir = '';
  return {
    dir: () => dir,
    async open() {
      dir = mkdtempSync(path.join(os.tmpdir(), 'segbot-store-'));
      return openStore({ dataDir: dir });
    },
    async reopen(store: Store) {
      await store.close();
      return openStore({ dataDir: dir });
    },
    second: () => openStore({ dataDir: dir }),
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
    async raw(sql: string) {
      const db = new Database(path.join(dir, SQLITE_FILE_NAME));
      try {
        db.exec(sql);
      } finally {
        db.close();
      }
    },
  };
}

export function postgresHarness(): StoreHarness {
  let schema = '';
  return {
    async open() {
      schema = uniqueSchema('segbot_test');
      return openStore({ databaseUrl: TEST_DATABASE_URL, pgSchema: schema });
    },
    async reopen(store: Store) {
      await store.close();
      return openStore({ databaseUrl: TEST_DATABASE_URL, pgSchema: schema });
    },
    second: () => openStore({ databaseUrl: TEST_DATABASE_URL, pgSchema: schema }),
    async cleanup() {
      await dropSchema(schema);
    },
    async raw(sql: string) {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${schema}` });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    },
  };
}
