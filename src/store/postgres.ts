/**
 * Postgres store (DATABASE_URL). Same tables and guarantees as SQLite: each step one
 * transaction, state changes as compare-and-set, migrations under an advisory lock so two
 * processes starting together do not both migrate.
 */
import pg from 'pg';
import { StoreError } from '../errors.js';
import { MIGRATIONS, SCHEMA_MIGRATIONS_DDL, assertNotNewer } from './migrations.js';
import { AUDIT_COLUMNS, VERSION_COLUMNS, toApproval, toAudit, toRun, toVersion } from './rows.js';
import type { AuditInput, Store } from './types.js';

const MIGRATION_LOCK = 0x5e9b07; // arbitrary, constant: segbot's advisory lock id

export interface PostgresStoreOptions {
  /** Schema for all tables; created if missing. Default `public`. */
  schema?: string;
}

export async function openPostgresStore(databaseUrl: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const schema = options.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new StoreError('BAD_SCHEMA', `Postgres schema name "${schema}" must be lower-case letters, digits and _.`);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4, options: `-c search_path=${schema}` });
  pool.on('error', () => {}); // an idle client dropped by the server is replaced on next use
  try {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await inTransaction(pool, async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await migrate(c);
    });
  } catch (e) {
    await pool.end();
    if (e instanceof StoreError) throw e;
    throw new StoreError('POSTGRES_OPEN', `cannot open the Postgres store at ${redact(databaseUrl)} (${e instanceof Error ? e.message : String(e)}). Check DATABASE_URL and that the server is running.`);
  }

  const appendAudit = (c: pg.PoolClient, a: AuditInput, version: number) =>
    c.query(`INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [a.at, a.actor, a.action, a.campaignId, version, a.versionHash, a.fromState, a.toState, a.reason]);

  const latestSql = `SELECT DISTINCT ON (campaign_id) * FROM campaign_versions ORDER BY campaign_id, version DESC`;

  return {
    kind: 'postgres',
    addVersion: (v, audit) =>
      inTransaction(pool, async (c) => {
        await c.query('INSERT INTO campaigns (id, requested_by, created_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING', [v.campaignId, v.requestedBy, v.createdAt]);
        // Lock the campaign row so two submitters cannot both take the same next version number.
        await c.query('SELECT id FROM campaigns WHERE id = $1 FOR UPDATE', [v.campaignId]);
        const { rows } = await c.query('SELECT COALESCE(MAX(version), 0) + 1 AS next FROM campaign_versions WHERE campaign_id = $1', [v.campaignId]);
        const next = Number(rows[0].next);
        await c.query(`INSERT INTO campaign_versions (${VERSION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`, [
          v.campaignId, next, v.hash, JSON.stringify(v.content), v.decision, JSON.stringify(v.findings), v.state, v.requestedBy, v.createdAt, v.createdAt,
        ]);
        for (const a of audit) await appendAudit(c, a, next);
        return { ...v, version: next, updatedAt: v.createdAt };
      }),
    async latestVersion(campaignId) {
      const { rows } = await pool.query('SELECT * FROM campaign_versions WHERE campaign_id = $1 ORDER BY version DESC LIMIT 1', [campaignId]);
      return rows[0] ? toVersion(rows[0]) : null;
    },
    async getVersion(campaignId, version) {
      const { rows } = await pool.query('SELECT * FROM campaign_versions WHERE campaign_id = $1 AND version = $2', [campaignId, version]);
      return rows[0] ? toVersion(rows[0]) : null;
    },
    async listLatest(states) {
      const { rows } = await pool.query(`SELECT * FROM (${latestSql}) v ORDER BY created_at, campaign_id`);
      return rows.map(toVersion).filter((v) => !states || states.includes(v.state));
    },
    transition: (t) =>
      inTransaction(pool, async (c) => {
        const updated = await c.query('UPDATE campaign_versions SET state = $1, updated_at = $2 WHERE campaign_id = $3 AND version = $4 AND state = $5', [t.to, t.audit.at, t.campaignId, t.version, t.from]);
        if (updated.rowCount !== 1) return false;
        if (t.approval) {
          const a = t.approval;
          await c.query('INSERT INTO approvals (campaign_id, version, version_hash, user_id, verdict, reason, at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [t.campaignId, t.version, a.versionHash, a.userId, a.verdict, a.reason, a.at]);
        }
        await appendAudit(c, t.audit, t.version);
        return true;
      }),
    async approvals(campaignId, version) {
      const { rows } = await pool.query('SELECT * FROM approvals WHERE campaign_id = $1 AND version = $2 ORDER BY id', [campaignId, version]);
      return rows.map(toApproval);
    },
    async auditLog(campaignId) {
      const { rows } = campaignId === undefined ? await pool.query('SELECT * FROM audit_log ORDER BY seq') : await pool.query('SELECT * FROM audit_log WHERE campaign_id = $1 ORDER BY seq', [campaignId]);
      return rows.map(toAudit);
    },
    async saveRun(run) {
      await pool.query(
        'INSERT INTO runs (id, content_hash, path, as_of, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO UPDATE SET content_hash = EXCLUDED.content_hash, path = EXCLUDED.path, as_of = EXCLUDED.as_of, created_at = EXCLUDED.created_at',
        [run.id, run.contentHash, run.path, run.asOf, run.createdAt],
      );
    },
    async listRuns(limit = 100) {
      const { rows } = await pool.query('SELECT * FROM runs ORDER BY created_at DESC, id DESC LIMIT $1', [limit]);
      return rows.map(toRun);
    },
    async migrations() {
      const { rows } = await pool.query('SELECT version FROM schema_migrations ORDER BY version');
      return rows.map((r) => Number(r.version));
    },
    async close() {
      await pool.end();
    },
  };
}

async function inTransaction<T>(pool: pg.Pool, work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    const result = await work(c);
    await c.query('COMMIT');
    return result;
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    c.release();
  }
}

async function migrate(c: pg.PoolClient): Promise<void> {
  await c.query(SCHEMA_MIGRATIONS_DDL);
  const { rows } = await c.query('SELECT version FROM schema_migrations');
  const applied = new Set(rows.map((r) => Number(r.version)));
  assertNotNewer(applied);
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    await c.query(m.postgres);
    await c.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
  }
}

/** A database URL without its password, for messages. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
