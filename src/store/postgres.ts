/**
 * Postgres store (DATABASE_URL). Same tables and guarantees as SQLite: each step one
 * transaction, state changes as compare-and-set, timestamps from the server's clock. Every
 * transaction that appends to the audit log takes one advisory lock first, so submits are
 * checked and written one at a time and the hash chain never forks.
 *
 * With an owner URL (SEGBOT_DATABASE_OWNER_URL), the owner creates the schema and runs the
 * migrations, and the application's role (DATABASE_URL) gets only what it needs: SELECT and
 * INSERT on the audit log, never UPDATE, DELETE or TRUNCATE.
 */
import pg from 'pg';
import { StoreError } from '../errors.js';
import { auditEntryHash, keepsStoredVersion, type AuditInput, type NewVersion, type SubmitResult, type Transition } from '../review/index.js';
import { MIGRATIONS, SCHEMA_MIGRATIONS_DDL, assertNotNewer } from './migrations.js';
import {
  AUDIT_COLUMNS, EXPORT_COLUMNS, MEASUREMENT_COLUMNS, VERSION_COLUMNS, exportValues, measurementValues,
  toApproval, toAudit, toDigestPost, toExport, toMeasurement, toPolicy, toAnswerEntry, toOrigin, toReviewPost, toRun, toSnapshot, toVersion,
} from './rows.js';
import type { ExportRecord, Store } from './types.js';

const MIGRATION_LOCK = 0x5e9b07; // arbitrary, constant: segbot's advisory lock ids
const WRITE_LOCK = 0x5e9b08;
const DIGEST_LOCK = 0x5e9b09;

/** The database clock as ISO 8601 UTC with milliseconds, the format every `at` column holds. */
const NOW_EXPR = `to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const NOW_SQL = `SELECT ${NOW_EXPR} AS now`;

export interface PostgresStoreOptions {
  /** Schema for all tables; created if missing. Default `public`. */
  schema?: string;
  /** A role that owns the tables and runs migrations; the DATABASE_URL role is then granted only what the app needs. */
  ownerUrl?: string;
}

export async function openPostgresStore(databaseUrl: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const schema = options.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new StoreError('BAD_SCHEMA', `Postgres schema name "${schema}" must be lower-case letters, digits and _.`);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4, options: `-c search_path=${schema}` });
  pool.on('error', () => {}); // an idle client dropped by the server is replaced on next use
  try {
    if (options.ownerUrl) await migrateAsOwner(options.ownerUrl, schema, pool);
    else if (!(await upToDate(pool))) {
      // Only when there is something to do: an app role without CREATE rights opens a store its owner migrated.
      await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await inTransaction(pool, async (c) => {
        await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
        await migrate(c);
      });
    }
  } catch (e) {
    await pool.end();
    if (e instanceof StoreError) throw e;
    throw new StoreError('POSTGRES_OPEN', `cannot open the Postgres store at ${redact(databaseUrl)} (${e instanceof Error ? e.message : String(e)}). Check DATABASE_URL${options.ownerUrl ? ' and SEGBOT_DATABASE_OWNER_URL' : ''} and that the server is running.`);
  }

  /** One writing transaction: the write lock, then the server's clock. */
  const write = <T>(work: (c: pg.PoolClient, at: string) => Promise<T>) =>
    inTransaction(pool, async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
      const { rows } = await c.query(NOW_SQL);
      return work(c, String(rows[0].now));
    });

  const appendAudit = async (c: pg.PoolClient, a: AuditInput, version: number, at: string) => {
    const { rows } = await c.query('SELECT entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1');
    const prevHash: string | null = rows[0]?.entry_hash ?? null;
    const entryHash = auditEntryHash(prevHash, { ...a, version, at });
    await c.query(`INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`, [
      at, a.actor, a.action, a.campaignId, version, a.versionHash, a.fromState, a.toState, a.reason, a.detail === null ? null : JSON.stringify(a.detail), prevHash, entryHash,
    ]);
  };

  const latestOf = async (c: pg.Pool | pg.PoolClient, campaignId: string) => {
    const { rows } = await c.query('SELECT * FROM campaign_versions WHERE campaign_id = $1 ORDER BY version DESC LIMIT 1', [campaignId]);
    return rows[0] ? toVersion(rows[0]) : null;
  };

  const latestSql = `SELECT DISTINCT ON (campaign_id) * FROM campaign_versions ORDER BY campaign_id, version DESC`;

  /** One row of a campaign record table (exports, measurements), stamped with the database's clock; the row as stored. */
  /** Moves a version (if it is still in `t.from`) with its approval and audit entry, inside the caller's transaction. */
  const transitionIn = async (c: pg.PoolClient, t: Transition, at: string): Promise<boolean> => {
    const updated = await c.query('UPDATE campaign_versions SET state = $1, updated_at = $2 WHERE campaign_id = $3 AND version = $4 AND state = $5', [t.to, at, t.campaignId, t.version, t.from]);
    if (updated.rowCount !== 1) return false;
    if (t.approval) {
      const a = t.approval;
      await c.query('INSERT INTO approvals (campaign_id, version, version_hash, user_id, verdict, reason, at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [t.campaignId, t.version, a.versionHash, a.userId, a.verdict, a.reason, at]);
    }
    await appendAudit(c, t.audit, t.version, at);
    return true;
  };
  const insertRecord = async (table: 'exports' | 'measurements', columns: string, values: (now: string) => unknown[], client: pg.Pool | pg.PoolClient = pool) => {
    const { rows: now } = await client.query(NOW_SQL);
    const params = values(String(now[0].now));
    const { rows } = await client.query(`INSERT INTO ${table} (${columns}) VALUES (${params.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING *`, params);
    return rows[0];
  };
  /** A campaign record table's newest rows, of one campaign or of all. */
  const listRecords = async (table: 'exports' | 'measurements', campaignId: string | undefined, limit: number) =>
    (campaignId === undefined
      ? await pool.query(`SELECT * FROM ${table} ORDER BY id DESC LIMIT $1`, [limit])
      : await pool.query(`SELECT * FROM ${table} WHERE campaign_id = $1 ORDER BY id DESC LIMIT $2`, [campaignId, limit])
    ).rows;

  return {
    kind: 'postgres',
    location: `${redact(databaseUrl)} (schema ${schema})`,
    addVersion: (v: NewVersion, audit: AuditInput[]) =>
      write(async (c, at): Promise<SubmitResult> => {
        const current = await latestOf(c, v.campaignId);
        if (keepsStoredVersion(current, v)) return { version: current!, created: false };
        await c.query('INSERT INTO campaigns (id, requested_by, created_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING', [v.campaignId, v.requestedBy, at]);
        const next = (current?.version ?? 0) + 1;
        await c.query(`INSERT INTO campaign_versions (${VERSION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`, [
          v.campaignId, next, v.hash, v.contentHash, JSON.stringify(v.content), v.decision, JSON.stringify(v.findings), v.state, v.requestedBy, at, at,
        ]);
        for (const a of audit) await appendAudit(c, a, next, at);
        return { version: { ...v, version: next, createdAt: at, updatedAt: at }, created: true };
      }),
    latestVersion: (campaignId) => latestOf(pool, campaignId),
    async getVersion(campaignId, version) {
      const { rows } = await pool.query('SELECT * FROM campaign_versions WHERE campaign_id = $1 AND version = $2', [campaignId, version]);
      return rows[0] ? toVersion(rows[0]) : null;
    },
    async listLatest(states) {
      const { rows } = await pool.query(`SELECT * FROM (${latestSql}) v ORDER BY created_at, campaign_id`);
      return rows.map(toVersion).filter((v) => !states || states.includes(v.state));
    },
    transition: (t: Transition) => write((c, at) => transitionIn(c, t, at)),
    async approvals(campaignId, version) {
      const { rows } = await pool.query('SELECT * FROM approvals WHERE campaign_id = $1 AND version = $2 ORDER BY id', [campaignId, version]);
      return rows.map(toApproval);
    },
    async auditLog(campaignId) {
      const { rows } = campaignId === undefined ? await pool.query('SELECT * FROM audit_log ORDER BY seq') : await pool.query('SELECT * FROM audit_log WHERE campaign_id = $1 ORDER BY seq', [campaignId]);
      return rows.map(toAudit);
    },
    async policy() {
      const { rows } = await pool.query('SELECT * FROM approval_policy WHERE id = 1');
      return rows[0] ? toPolicy(rows[0]) : null;
    },
    setPolicy: (expected, policy, audit) =>
      write(async (c, at) => {
        const { rows } = await c.query('SELECT revision FROM approval_policy WHERE id = 1');
        if (Number(rows[0]?.revision ?? 0) !== expected) return false;
        await c.query(
          'INSERT INTO approval_policy (id, revision, policy, updated_by, updated_at) VALUES (1, $1, $2, $3, $4) ON CONFLICT (id) DO UPDATE SET revision = EXCLUDED.revision, policy = EXCLUDED.policy, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at',
          [expected + 1, JSON.stringify(policy), audit.actor, at],
        );
        await appendAudit(c, audit, expected + 1, at);
        return true;
      }),
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
    async saveSnapshot(r) {
      const { rows } = await pool.query(NOW_SQL);
      await pool.query('INSERT INTO snapshots (id, dataset, as_of, run_id, customers, meta, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [r.id, r.dataset, r.asOf, r.runId, r.customers, JSON.stringify(r.meta), rows[0].now]);
    },
    async listSnapshots(dataset, limit = 100) {
      const order = 'ORDER BY as_of DESC, created_at DESC, id DESC';
      const { rows } = dataset === undefined ? await pool.query(`SELECT * FROM snapshots ${order} LIMIT $1`, [limit]) : await pool.query(`SELECT * FROM snapshots WHERE dataset = $1 ${order} LIMIT $2`, [dataset, limit]);
      return rows.map(toSnapshot);
    },
    async deleteSnapshot(id) {
      await pool.query('DELETE FROM snapshots WHERE id = $1', [id]);
    },
    async claimDigest(c) {
      return inTransaction(pool, async (t) => {
        // The row may not exist yet: lock the period by an advisory lock on its hash, so two claimers queue.
        await t.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [DIGEST_LOCK, c.period]);
        const { rows } = await t.query('SELECT * FROM digest_posts WHERE period = $1', [c.period]);
        if (rows.length === 0) {
          await t.query("INSERT INTO digest_posts (period, dataset, channel, state, owner, lease_until, attempts, updated_at) VALUES ($1, $2, $3, 'claimed', $4, $5, 1, $6)", [c.period, c.dataset, c.channel, c.owner, c.leaseUntil, c.now]);
        } else {
          const held = toDigestPost(rows[0]);
          if (held.state !== 'claimed' || held.leaseUntil > c.now) return null;
          await t.query('UPDATE digest_posts SET owner = $1, lease_until = $2, attempts = attempts + 1, updated_at = $3 WHERE period = $4', [c.owner, c.leaseUntil, c.now, c.period]);
        }
        return toDigestPost((await t.query('SELECT * FROM digest_posts WHERE period = $1', [c.period])).rows[0]);
      });
    },
    async renewDigest(period, owner, lease) {
      const r = await pool.query("UPDATE digest_posts SET lease_until = $1, updated_at = $2 WHERE period = $3 AND owner = $4 AND state = 'claimed'", [lease.leaseUntil, lease.now, period, owner]);
      return r.rowCount === 1;
    },
    async finishDigest(period, owner, outcome) {
      const r = await pool.query("UPDATE digest_posts SET state = $1, message_ts = $2, detail = $3, updated_at = $4 WHERE period = $5 AND owner = $6 AND state = 'claimed'", [outcome.state, outcome.messageTs, outcome.detail, outcome.now, period, owner]);
      return r.rowCount === 1;
    },
    async digestPosts(limit = 100) {
      const { rows } = await pool.query('SELECT * FROM digest_posts ORDER BY period DESC LIMIT $1', [limit]);
      return rows.map(toDigestPost);
    },
    async saveExport(e) {
      return toExport(await insertRecord('exports', EXPORT_COLUMNS, (now) => exportValues(e, now)));
    },
    recordExport: (t: Transition, e: Omit<ExportRecord, 'id' | 'at'>) =>
      write(async (c, at) => ((await transitionIn(c, t, at)) ? toExport(await insertRecord('exports', EXPORT_COLUMNS, (now) => exportValues(e, now), c)) : null)),
    async listExports(campaignId, limit = 100) {
      return (await listRecords('exports', campaignId, limit)).map(toExport);
    },
    async saveMeasurement(m) {
      return toMeasurement(await insertRecord('measurements', MEASUREMENT_COLUMNS, (now) => measurementValues(m, now)));
    },
    async listMeasurements(campaignId, limit = 100) {
      return (await listRecords('measurements', campaignId, limit)).map(toMeasurement);
    },
    async saveReviewPost(p) {
      await pool.query(
        `INSERT INTO review_posts (campaign_id, version_hash, channel, ts, at) VALUES ($1, $2, $3, $4, ${NOW_EXPR})
         ON CONFLICT (campaign_id, version_hash) DO UPDATE SET channel = excluded.channel, ts = excluded.ts, at = excluded.at`,
        [p.campaignId, p.versionHash, p.channel, p.ts],
      );
    },
    async reviewPost(campaignId, versionHash) {
      const { rows } = await pool.query('SELECT * FROM review_posts WHERE campaign_id = $1 AND version_hash = $2', [campaignId, versionHash]);
      return rows[0] ? toReviewPost(rows[0]) : null;
    },
    async linkThread(runId, thread) {
      await pool.query(
        `INSERT INTO slack_threads (channel, thread_ts, run_id, at) VALUES ($1, $2, $3, ${NOW_EXPR})
         ON CONFLICT (channel, thread_ts) DO UPDATE SET run_id = excluded.run_id, at = excluded.at WHERE slack_threads.run_id <> excluded.run_id`,
        [thread.channel, thread.ts, runId],
      );
    },
    async runForThread(channel, threadTs) {
      const { rows } = await pool.query('SELECT run_id FROM slack_threads WHERE channel = $1 AND thread_ts = $2', [channel, threadTs]);
      return rows[0] ? String(rows[0].run_id) : null;
    },
    async threadsOf(runId) {
      const { rows } = await pool.query('SELECT channel, thread_ts FROM slack_threads WHERE run_id = $1 ORDER BY at, channel, thread_ts', [runId]);
      return rows.map((r) => ({ channel: String(r.channel), ts: String(r.thread_ts) }));
    },
    async setOrigin(campaignId, origin, options = {}) {
      await pool.query(
        `INSERT INTO campaign_origins (campaign_id, channel, thread_ts, at) VALUES ($1, $2, $3, ${NOW_EXPR})
         ON CONFLICT (campaign_id) DO ${options.onlyIfNew ? 'NOTHING' : 'UPDATE SET channel = excluded.channel, thread_ts = excluded.thread_ts, at = excluded.at'}`,
        [campaignId, origin.channel, origin.threadTs ?? null],
      );
    },
    async originOf(campaignId) {
      const { rows } = await pool.query('SELECT * FROM campaign_origins WHERE campaign_id = $1', [campaignId]);
      return rows[0] ? toOrigin(rows[0]) : null;
    },
    async recordAnswer(a) {
      await pool.query(`INSERT INTO answers_log (answer_id, kind, entry, at) VALUES ($1, 'answer', $2, ${NOW_EXPR})`, [a.answerId, JSON.stringify(a)]);
    },
    async recordFeedback(f) {
      await pool.query(`INSERT INTO answers_log (answer_id, kind, entry, at) VALUES ($1, 'feedback', $2, ${NOW_EXPR})`, [f.answerId, JSON.stringify(f)]);
    },
    async answers(limit = 1000) {
      const { rows } = await pool.query('SELECT entry FROM (SELECT seq, entry FROM answers_log ORDER BY seq DESC LIMIT $1) newest ORDER BY seq', [limit]);
      return rows.map(toAnswerEntry).filter((e) => e !== null);
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

/** The owner migrates, then grants the app role what it needs, and on the audit log only SELECT and INSERT. */
async function migrateAsOwner(ownerUrl: string, schema: string, appPool: pg.Pool): Promise<void> {
  const { rows } = await appPool.query('SELECT current_user AS role');
  const appRole = String(rows[0].role);
  const owner = new pg.Pool({ connectionString: ownerUrl, max: 1, options: `-c search_path=${schema}` });
  owner.on('error', () => {});
  try {
    const { rows: who } = await owner.query('SELECT current_user AS role');
    if (String(who[0].role) === appRole) {
      throw new StoreError('OWNER_IS_APP', `SEGBOT_DATABASE_OWNER_URL and DATABASE_URL use the same role (${appRole}); the owner must be a different role, or the application could alter its own audit log.`);
    }
    await owner.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await inTransaction(owner, async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await migrate(c);
      const role = pg.escapeIdentifier(appRole);
      await c.query(`GRANT USAGE ON SCHEMA ${schema} TO ${role}`);
      await c.query(`REVOKE ALL ON ALL TABLES IN SCHEMA ${schema} FROM ${role}`);
      await c.query(`GRANT SELECT, INSERT, UPDATE ON campaigns, campaign_versions, approvals, runs, approval_policy, digest_posts, review_posts, slack_threads, campaign_origins TO ${role}`);
      await c.query(`GRANT SELECT, INSERT, DELETE ON snapshots TO ${role}`);
      await c.query(`GRANT SELECT, INSERT ON exports, measurements, answers_log TO ${role}`);
      await c.query(`GRANT SELECT, INSERT ON audit_log TO ${role}`);
      await c.query(`GRANT SELECT ON schema_migrations TO ${role}`);
      await c.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${schema} TO ${role}`);
    });
  } finally {
    await owner.end();
  }
}

/** True when every known migration is applied (read without any write, so a role without DDL rights can check). */
async function upToDate(pool: pg.Pool): Promise<boolean> {
  const { rows } = await pool.query("SELECT to_regclass('schema_migrations') AS t");
  if (!rows[0].t) return false;
  const applied = new Set((await pool.query('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version)));
  assertNotNewer(applied);
  return MIGRATIONS.every((m) => applied.has(m.version));
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
