/** Picks the store: Postgres when a database URL is given, otherwise SQLite under the data directory. */
import { ConfigError } from '../errors.js';
import { openPostgresStore } from './postgres.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './types.js';

export interface OpenStoreOptions {
  /** SEGBOT_DATA_DIR: where the SQLite file lives. */
  dataDir?: string;
  /** DATABASE_URL: use Postgres instead. */
  databaseUrl?: string;
  /** SEGBOT_DATABASE_OWNER_URL: the role that owns the tables and runs migrations (Postgres). */
  databaseOwnerUrl?: string;
  /** Postgres schema (tests use one per run). Default `public`. */
  pgSchema?: string;
}

export async function openStore(options: OpenStoreOptions): Promise<Store> {
  if (options.databaseUrl) {
    if (!/^postgres(?:ql)?:\/\//.test(options.databaseUrl)) {
      throw new ConfigError('BAD_DATABASE_URL', 'DATABASE_URL must start with postgres:// or postgresql://, e.g. postgres://user@127.0.0.1:5432/segbot. Unset it to use SQLite under SEGBOT_DATA_DIR.');
    }
    return openPostgresStore(options.databaseUrl, { schema: options.pgSchema, ownerUrl: options.databaseOwnerUrl });
  }
  if (!options.dataDir) throw new ConfigError('NO_STORE', 'no store configured: set SEGBOT_DATA_DIR (SQLite) or DATABASE_URL (Postgres).');
  return openSqliteStore(options.dataDir);
}
