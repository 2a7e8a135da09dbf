import { StoreError } from '../errors.js';

/**
 * Versioned schema migrations, one entry per change, never edited once shipped: a new need is a
 * new entry. Each runs in a transaction and is recorded in
 * `schema_migrations`. The audit log refuses UPDATE and DELETE at the database level.
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'campaigns, versions, approvals, append-only audit log',
    sqlite: `
      CREATE TABLE campaigns (id TEXT PRIMARY KEY, requested_by TEXT NOT NULL, created_at TEXT NOT NULL);
      CREATE TABLE campaign_versions (
        campaign_id TEXT NOT NULL REFERENCES campaigns(id), version INTEGER NOT NULL, hash TEXT NOT NULL,
        content TEXT NOT NULL, decision TEXT NOT NULL CHECK (decision IN ('block','review','ok')), findings TEXT NOT NULL,
        state TEXT NOT NULL, requested_by TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        PRIMARY KEY (campaign_id, version));
      CREATE INDEX campaign_versions_state ON campaign_versions(state);
      CREATE TABLE approvals (
        id INTEGER PRIMARY KEY AUTOINCREMENT, campaign_id TEXT NOT NULL, version INTEGER NOT NULL, version_hash TEXT NOT NULL,
        user_id TEXT NOT NULL, verdict TEXT NOT NULL, reason TEXT, at TEXT NOT NULL,
        UNIQUE (campaign_id, version, user_id), FOREIGN KEY (campaign_id, version) REFERENCES campaign_versions(campaign_id, version));
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
        campaign_id TEXT NOT NULL, version INTEGER NOT NULL, version_hash TEXT NOT NULL,
        from_state TEXT, to_state TEXT NOT NULL, reason TEXT);
      CREATE INDEX audit_log_campaign ON audit_log(campaign_id, seq);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;`,
    postgres: `
      CREATE TABLE campaigns (id TEXT PRIMARY KEY, requested_by TEXT NOT NULL, created_at TEXT NOT NULL);
      CREATE TABLE campaign_versions (
        campaign_id TEXT NOT NULL REFERENCES campaigns(id), version INTEGER NOT NULL, hash TEXT NOT NULL,
        content JSONB NOT NULL, decision TEXT NOT NULL CHECK (decision IN ('block','review','ok')), findings JSONB NOT NULL,
        state TEXT NOT NULL, requested_by TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        PRIMARY KEY (campaign_id, version));
      CREATE INDEX campaign_versions_state ON campaign_versions(state);
      CREATE TABLE approvals (
        id BIGSERIAL PRIMARY KEY, campaign_id TEXT NOT NULL, version INTEGER NOT NULL, version_hash TEXT NOT NULL,
        user_id TEXT NOT NULL, verdict TEXT NOT NULL, reason TEXT, at TEXT NOT NULL,
        UNIQUE (campaign_id, version, user_id), FOREIGN KEY (campaign_id, version) REFERENCES campaign_versions(campaign_id, version));
      CREATE TABLE audit_log (
        seq BIGSERIAL PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
        campaign_id TEXT NOT NULL, version INTEGER NOT NULL, version_hash TEXT NOT NULL,
        from_state TEXT, to_state TEXT NOT NULL, reason TEXT);
      CREATE INDEX audit_log_campaign ON audit_log(campaign_id, seq);
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$;
      CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();`,
  },
  {
    version: 2,
    name: 'runs: analysis snapshots for the digest and segment migration',
    sqlite: `CREATE TABLE runs (id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, path TEXT NOT NULL, as_of TEXT, created_at TEXT NOT NULL);
      CREATE INDEX runs_created ON runs(created_at);`,
    postgres: `CREATE TABLE runs (id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, path TEXT NOT NULL, as_of TEXT, created_at TEXT NOT NULL);
      CREATE INDEX runs_created ON runs(created_at);`,
  },
  {
    version: 3,
    name: 'content hash per version, policy table, audit detail and hash chain',
    sqlite: `
      ALTER TABLE campaign_versions ADD COLUMN content_hash TEXT;
      ALTER TABLE audit_log ADD COLUMN detail TEXT;
      ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
      ALTER TABLE audit_log ADD COLUMN entry_hash TEXT;
      CREATE TABLE approval_policy (id INTEGER PRIMARY KEY CHECK (id = 1), revision INTEGER NOT NULL, policy TEXT NOT NULL, updated_by TEXT NOT NULL, updated_at TEXT NOT NULL);`,
    postgres: `
      ALTER TABLE campaign_versions ADD COLUMN content_hash TEXT;
      ALTER TABLE audit_log ADD COLUMN detail JSONB;
      ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
      ALTER TABLE audit_log ADD COLUMN entry_hash TEXT;
      CREATE TABLE approval_policy (id INTEGER PRIMARY KEY CHECK (id = 1), revision INTEGER NOT NULL, policy JSONB NOT NULL, updated_by TEXT NOT NULL, updated_at TEXT NOT NULL);`,
  },
  {
    version: 4,
    name: 'snapshots of each run per dataset; digest posts, one per period, claimed with a lease',
    sqlite: `
      CREATE TABLE snapshots (id TEXT PRIMARY KEY, dataset TEXT NOT NULL, as_of TEXT NOT NULL, run_id TEXT, customers INTEGER NOT NULL, meta TEXT NOT NULL, created_at TEXT NOT NULL);
      CREATE INDEX snapshots_dataset ON snapshots(dataset, as_of, created_at);
      CREATE TABLE digest_posts (period TEXT PRIMARY KEY, dataset TEXT NOT NULL, channel TEXT NOT NULL, state TEXT NOT NULL CHECK (state IN ('claimed','posted','failed')),
        owner TEXT NOT NULL, lease_until TEXT NOT NULL, attempts INTEGER NOT NULL, message_ts TEXT, detail TEXT, updated_at TEXT NOT NULL);`,
    postgres: `
      CREATE TABLE snapshots (id TEXT PRIMARY KEY, dataset TEXT NOT NULL, as_of TEXT NOT NULL, run_id TEXT, customers INTEGER NOT NULL, meta JSONB NOT NULL, created_at TEXT NOT NULL);
      CREATE INDEX snapshots_dataset ON snapshots(dataset, as_of, created_at);
      CREATE TABLE digest_posts (period TEXT PRIMARY KEY, dataset TEXT NOT NULL, channel TEXT NOT NULL, state TEXT NOT NULL CHECK (state IN ('claimed','posted','failed')),
        owner TEXT NOT NULL, lease_until TEXT NOT NULL, attempts INTEGER NOT NULL, message_ts TEXT, detail TEXT, updated_at TEXT NOT NULL);`,
  },
  {
    version: 5,
    name: 'exports of campaign audiences and measurements of their lift',
    sqlite: `
      CREATE TABLE exports (id INTEGER PRIMARY KEY AUTOINCREMENT, campaign_id TEXT NOT NULL, version INTEGER NOT NULL, version_hash TEXT NOT NULL,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('csv','postgres','slack')), target TEXT NOT NULL, customers INTEGER NOT NULL, treatment INTEGER NOT NULL, holdout INTEGER NOT NULL,
        holdout_share REAL NOT NULL, segment_key TEXT NOT NULL, run_dir TEXT NOT NULL, content_hash TEXT NOT NULL, window_from TEXT NOT NULL, window_to TEXT NOT NULL,
        actor TEXT NOT NULL, at TEXT NOT NULL);
      CREATE INDEX exports_campaign ON exports(campaign_id, id);
      CREATE INDEX exports_window ON exports(window_to);
      CREATE TABLE measurements (id INTEGER PRIMARY KEY AUTOINCREMENT, campaign_id TEXT NOT NULL, window_from TEXT NOT NULL, window_to TEXT NOT NULL, data_source TEXT NOT NULL,
        treatment_customers INTEGER NOT NULL, holdout_customers INTEGER NOT NULL, lift REAL, ci_low REAL, ci_high REAL, p_value REAL NOT NULL, status_quo REAL NOT NULL,
        verdict TEXT NOT NULL, verdict_text TEXT NOT NULL, detail TEXT NOT NULL, actor TEXT NOT NULL, at TEXT NOT NULL);
      CREATE INDEX measurements_campaign ON measurements(campaign_id, id);
      CREATE INDEX measurements_window ON measurements(window_to);`,
    postgres: `
      CREATE TABLE exports (id BIGSERIAL PRIMARY KEY, campaign_id TEXT NOT NULL, version INTEGER NOT NULL, version_hash TEXT NOT NULL,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('csv','postgres','slack')), target TEXT NOT NULL, customers INTEGER NOT NULL, treatment INTEGER NOT NULL, holdout INTEGER NOT NULL,
        holdout_share DOUBLE PRECISION NOT NULL, segment_key TEXT NOT NULL, run_dir TEXT NOT NULL, content_hash TEXT NOT NULL, window_from TEXT NOT NULL, window_to TEXT NOT NULL,
        actor TEXT NOT NULL, at TEXT NOT NULL);
      CREATE INDEX exports_campaign ON exports(campaign_id, id);
      CREATE INDEX exports_window ON exports(window_to);
      CREATE TABLE measurements (id BIGSERIAL PRIMARY KEY, campaign_id TEXT NOT NULL, window_from TEXT NOT NULL, window_to TEXT NOT NULL, data_source TEXT NOT NULL,
        treatment_customers INTEGER NOT NULL, holdout_customers INTEGER NOT NULL, lift DOUBLE PRECISION, ci_low DOUBLE PRECISION, ci_high DOUBLE PRECISION, p_value DOUBLE PRECISION NOT NULL,
        status_quo DOUBLE PRECISION NOT NULL, verdict TEXT NOT NULL, verdict_text TEXT NOT NULL, detail JSONB NOT NULL, actor TEXT NOT NULL, at TEXT NOT NULL);
      CREATE INDEX measurements_campaign ON measurements(campaign_id, id);
      CREATE INDEX measurements_window ON measurements(window_to);`,
  },
  {
    version: 6,
    name: 'audit log: no TRUNCATE either (Postgres; a role that owns the table could otherwise empty it in one statement)',
    // SQLite has no TRUNCATE: its DELETE trigger (migration 1) already stops "DELETE FROM audit_log".
    sqlite: `SELECT 1;`,
    postgres: `
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();`,
  },
  {
    version: 7,
    name: 'review posts: where each flagged version was posted for the committee, whichever process posted it',
    sqlite: `CREATE TABLE review_posts (campaign_id TEXT NOT NULL, version_hash TEXT NOT NULL, channel TEXT NOT NULL, ts TEXT NOT NULL, at TEXT NOT NULL,
        PRIMARY KEY (campaign_id, version_hash));`,
    postgres: `CREATE TABLE review_posts (campaign_id TEXT NOT NULL, version_hash TEXT NOT NULL, channel TEXT NOT NULL, ts TEXT NOT NULL, at TEXT NOT NULL,
        PRIMARY KEY (campaign_id, version_hash));`,
  },
  {
    version: 8,
    name: 'Slack memory shared by every bot process: thread to run links, campaign origins, the answers log',
    sqlite: `CREATE TABLE slack_threads (channel TEXT NOT NULL, thread_ts TEXT NOT NULL, run_id TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (channel, thread_ts));
      CREATE INDEX slack_threads_run ON slack_threads(run_id, at);
      CREATE TABLE campaign_origins (campaign_id TEXT PRIMARY KEY, channel TEXT NOT NULL, thread_ts TEXT, at TEXT NOT NULL);
      CREATE TABLE answers_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, answer_id TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('answer','feedback')), entry TEXT NOT NULL, at TEXT NOT NULL);
      CREATE INDEX answers_log_answer ON answers_log(answer_id);`,
    postgres: `CREATE TABLE slack_threads (channel TEXT NOT NULL, thread_ts TEXT NOT NULL, run_id TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (channel, thread_ts));
      CREATE INDEX slack_threads_run ON slack_threads(run_id, at);
      CREATE TABLE campaign_origins (campaign_id TEXT PRIMARY KEY, channel TEXT NOT NULL, thread_ts TEXT, at TEXT NOT NULL);
      CREATE TABLE answers_log (seq BIGSERIAL PRIMARY KEY, answer_id TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('answer','feedback')), entry TEXT NOT NULL, at TEXT NOT NULL);
      CREATE INDEX answers_log_answer ON answers_log(answer_id);`,
  },
];

export const SCHEMA_MIGRATIONS_DDL = 'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)';

/** A database migrated by a newer segbot must not be written by this one. */
export function assertNotNewer(applied: Set<number>): void {
  const known = Math.max(...MIGRATIONS.map((m) => m.version));
  const newest = Math.max(0, ...applied);
  if (newest > known) throw new StoreError('SCHEMA_TOO_NEW', `the database is at schema version ${newest} but this segbot knows only up to ${known}. Upgrade segbot.`);
}
