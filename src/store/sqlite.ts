/**
 * SQLite store: one file under the data directory, WAL so readers never block the writer,
 * synchronous=FULL so a committed approval survives a power cut, every write one IMMEDIATE
 * transaction (so a check and the write it guards cannot interleave with another process),
 * timestamps from SQLite's clock, and the audit log chained by hashes.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from '../errors.js';
import { auditEntryHash, keepsStoredVersion, type AuditEntry, type AuditInput, type CampaignVersion, type NewVersion, type SubmitResult, type Transition } from '../review/index.js';
import { MIGRATIONS, SCHEMA_MIGRATIONS_DDL, assertNotNewer } from './migrations.js';
import {
  AUDIT_COLUMNS, EXPORT_COLUMNS, MEASUREMENT_COLUMNS, VERSION_COLUMNS, exportValues, measurementValues,
  toApproval, toAudit, toDigestPost, toExport, toMeasurement, toPolicy, toAnswerEntry, toOrigin, toReviewPost, toRun, toSnapshot, toVersion,
} from './rows.js';
import type { DigestClaim, DigestPost, ExportRecord, Store } from './types.js';

export const SQLITE_FILE_NAME = 'segbot.sqlite';

type Row = Record<string, unknown>;

/** How long a writer waits for another process's transaction before giving up. */
const BUSY_TIMEOUT_MS = 15_000;

export function openSqliteStore(dataDir: string): Store {
  const file = path.join(dataDir, SQLITE_FILE_NAME);
  let db!: Database.Database;
  try {
    mkdirSync(dataDir, { recursive: true });
    db = openWithRetry(file);
  } catch (e) {
    db?.close();
    if (e instanceof StoreError) throw e;
    throw new StoreError('SQLITE_OPEN', `cannot open ${file} (${e instanceof Error ? e.message : String(e)}). Check that SEGBOT_DATA_DIR points to a writable folder holding a segbot database.`);
  }

  const nowSql = "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS now";
  const dbNow = () => (db.prepare(nowSql).get() as { now: string }).now;

  const appendAudit = (a: AuditInput, version: number, at: string) => {
    const last = db.prepare('SELECT entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { entry_hash: string | null } | undefined;
    const prevHash = last?.entry_hash ?? null;
    const entry: Omit<AuditEntry, 'seq' | 'prevHash' | 'entryHash'> = { ...a, version, at };
    const entryHash = auditEntryHash(prevHash, entry);
    db.prepare(`INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      at, a.actor, a.action, a.campaignId, version, a.versionHash, a.fromState, a.toState, a.reason, a.detail === null ? null : JSON.stringify(a.detail), prevHash, entryHash,
    );
  };

  const latest = (campaignId: string) => {
    const r = db.prepare('SELECT * FROM campaign_versions WHERE campaign_id = ? ORDER BY version DESC LIMIT 1').get(campaignId) as Row | undefined;
    return r ? toVersion(r) : null;
  };

  const addVersion = db.transaction((v: NewVersion, audit: AuditInput[]): SubmitResult => {
    const current = latest(v.campaignId);
    if (keepsStoredVersion(current, v)) return { version: current!, created: false };
    const at = dbNow();
    db.prepare('INSERT OR IGNORE INTO campaigns (id, requested_by, created_at) VALUES (?, ?, ?)').run(v.campaignId, v.requestedBy, at);
    const next = (current?.version ?? 0) + 1;
    db.prepare(`INSERT INTO campaign_versions (${VERSION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      v.campaignId, next, v.hash, v.contentHash, JSON.stringify(v.content), v.decision, JSON.stringify(v.findings), v.state, v.requestedBy, at, at,
    );
    for (const a of audit) appendAudit(a, next, at);
    return { version: { ...v, version: next, createdAt: at, updatedAt: at }, created: true };
  });

  const transition = db.transaction((t: Transition): boolean => {
    const at = dbNow();
    const changed = db.prepare('UPDATE campaign_versions SET state = ?, updated_at = ? WHERE campaign_id = ? AND version = ? AND state = ?').run(t.to, at, t.campaignId, t.version, t.from).changes;
    if (changed !== 1) return false;
    if (t.approval) {
      const a = t.approval;
      db.prepare('INSERT INTO approvals (campaign_id, version, version_hash, user_id, verdict, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(t.campaignId, t.version, a.versionHash, a.userId, a.verdict, a.reason, at);
    }
    appendAudit(t.audit, t.version, at);
    return true;
  });

  const setPolicy = db.transaction((expected: number, policy: unknown, audit: AuditInput): boolean => {
    const row = db.prepare('SELECT revision FROM approval_policy WHERE id = 1').get() as { revision: number } | undefined;
    if ((row?.revision ?? 0) !== expected) return false;
    const at = dbNow();
    db.prepare('INSERT INTO approval_policy (id, revision, policy, updated_by, updated_at) VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, policy = excluded.policy, updated_by = excluded.updated_by, updated_at = excluded.updated_at').run(
      expected + 1, JSON.stringify(policy), audit.actor, at,
    );
    appendAudit(audit, expected + 1, at);
    return true;
  });

  const claimDigest = db.transaction((c: DigestClaim): DigestPost | null => {
    const row = db.prepare('SELECT * FROM digest_posts WHERE period = ?').get(c.period) as Row | undefined;
    if (!row) {
      db.prepare('INSERT INTO digest_posts (period, dataset, channel, state, owner, lease_until, attempts, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)').run(c.period, c.dataset, c.channel, 'claimed', c.owner, c.leaseUntil, c.now);
    } else {
      const held = toDigestPost(row);
      if (held.state !== 'claimed' || held.leaseUntil > c.now) return null;
      db.prepare('UPDATE digest_posts SET owner = ?, lease_until = ?, attempts = attempts + 1, updated_at = ? WHERE period = ?').run(c.owner, c.leaseUntil, c.now, c.period);
    }
    return toDigestPost(db.prepare('SELECT * FROM digest_posts WHERE period = ?').get(c.period) as Row);
  });

  /** One row of a campaign record table (exports, measurements); the row as stored. */
  const insertRecord = (table: 'exports' | 'measurements', columns: string, params: unknown[]) => {
    const { lastInsertRowid } = db.prepare(`INSERT INTO ${table} (${columns}) VALUES (${params.map(() => '?').join(', ')})`).run(...params);
    return db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(lastInsertRowid) as Row;
  };
  /** The export's audit entry and its row, both or neither (the inner transition nests as a savepoint). */
  const recordExport = db.transaction((t: Transition, e: Omit<ExportRecord, 'id' | 'at'>): ExportRecord | null =>
    transition(t) ? toExport(insertRecord('exports', EXPORT_COLUMNS, exportValues(e, dbNow()))) : null,
  );
  /** A campaign record table's newest rows, of one campaign or of all. */
  const listRecords = (table: 'exports' | 'measurements', campaignId: string | undefined, limit: number) =>
    (campaignId === undefined
      ? db.prepare(`SELECT * FROM ${table} ORDER BY id DESC LIMIT ?`).all(limit)
      : db.prepare(`SELECT * FROM ${table} WHERE campaign_id = ? ORDER BY id DESC LIMIT ?`).all(campaignId, limit)) as Row[];

  const latestSql = `SELECT v.* FROM campaign_versions v
    JOIN (SELECT campaign_id, MAX(version) AS version FROM campaign_versions GROUP BY campaign_id) m
    ON m.campaign_id = v.campaign_id AND m.version = v.version`;

  return {
    kind: 'sqlite',
    location: file,
    async addVersion(v, audit) {
      return addVersion.immediate(v, audit);
    },
    async latestVersion(campaignId) {
      return latest(campaignId);
    },
    async getVersion(campaignId, version) {
      const r = db.prepare('SELECT * FROM campaign_versions WHERE campaign_id = ? AND version = ?').get(campaignId, version) as Row | undefined;
      return r ? toVersion(r) : null;
    },
    async listLatest(states) {
      const rows = db.prepare(`${latestSql} ORDER BY v.created_at, v.campaign_id`).all() as Row[];
      return rows.map(toVersion).filter((v: CampaignVersion) => !states || states.includes(v.state));
    },
    async transition(t) {
      return transition.immediate(t);
    },
    async approvals(campaignId, version) {
      return (db.prepare('SELECT * FROM approvals WHERE campaign_id = ? AND version = ? ORDER BY id').all(campaignId, version) as Row[]).map(toApproval);
    },
    async auditLog(campaignId) {
      const rows = campaignId === undefined ? db.prepare('SELECT * FROM audit_log ORDER BY seq').all() : db.prepare('SELECT * FROM audit_log WHERE campaign_id = ? ORDER BY seq').all(campaignId);
      return (rows as Row[]).map(toAudit);
    },
    async policy() {
      const r = db.prepare('SELECT * FROM approval_policy WHERE id = 1').get() as Row | undefined;
      return r ? toPolicy(r) : null;
    },
    async setPolicy(expected, policy, audit) {
      return setPolicy.immediate(expected, policy, audit);
    },
    async saveRun(run) {
      db.prepare('INSERT OR REPLACE INTO runs (id, content_hash, path, as_of, created_at) VALUES (?, ?, ?, ?, ?)').run(run.id, run.contentHash, run.path, run.asOf, run.createdAt);
    },
    async listRuns(limit = 100) {
      return (db.prepare('SELECT * FROM runs ORDER BY created_at DESC, id DESC LIMIT ?').all(limit) as Row[]).map(toRun);
    },
    async saveSnapshot(r) {
      db.prepare('INSERT INTO snapshots (id, dataset, as_of, run_id, customers, meta, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(r.id, r.dataset, r.asOf, r.runId, r.customers, JSON.stringify(r.meta), dbNow());
    },
    async listSnapshots(dataset, limit = 100) {
      const order = 'ORDER BY as_of DESC, created_at DESC, id DESC LIMIT ?';
      const rows = dataset === undefined ? db.prepare(`SELECT * FROM snapshots ${order}`).all(limit) : db.prepare(`SELECT * FROM snapshots WHERE dataset = ? ${order}`).all(dataset, limit);
      return (rows as Row[]).map(toSnapshot);
    },
    async deleteSnapshot(id) {
      db.prepare('DELETE FROM snapshots WHERE id = ?').run(id);
    },
    async claimDigest(c) {
      return claimDigest.immediate(c);
    },
    async renewDigest(period, owner, lease) {
      return db.prepare("UPDATE digest_posts SET lease_until = ?, updated_at = ? WHERE period = ? AND owner = ? AND state = 'claimed'").run(lease.leaseUntil, lease.now, period, owner).changes === 1;
    },
    async finishDigest(period, owner, outcome) {
      return (
        db.prepare("UPDATE digest_posts SET state = ?, message_ts = ?, detail = ?, updated_at = ? WHERE period = ? AND owner = ? AND state = 'claimed'").run(outcome.state, outcome.messageTs, outcome.detail, outcome.now, period, owner).changes === 1
      );
    },
    async digestPosts(limit = 100) {
      return (db.prepare('SELECT * FROM digest_posts ORDER BY period DESC LIMIT ?').all(limit) as Row[]).map(toDigestPost);
    },
    async saveExport(e) {
      return toExport(insertRecord('exports', EXPORT_COLUMNS, exportValues(e, dbNow())));
    },
    async recordExport(t, e) {
      return recordExport.immediate(t, e);
    },
    async listExports(campaignId, limit = 100) {
      return listRecords('exports', campaignId, limit).map(toExport);
    },
    async saveMeasurement(m) {
      return toMeasurement(insertRecord('measurements', MEASUREMENT_COLUMNS, measurementValues(m, dbNow())));
    },
    async listMeasurements(campaignId, limit = 100) {
      return listRecords('measurements', campaignId, limit).map(toMeasurement);
    },
    async saveReviewPost(p) {
      db.prepare('INSERT INTO review_posts (campaign_id, version_hash, channel, ts, at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (campaign_id, version_hash) DO UPDATE SET channel = excluded.channel, ts = excluded.ts, at = excluded.at').run(
        p.campaignId, p.versionHash, p.channel, p.ts, dbNow(),
      );
    },
    async reviewPost(campaignId, versionHash) {
      const r = db.prepare('SELECT * FROM review_posts WHERE campaign_id = ? AND version_hash = ?').get(campaignId, versionHash) as Row | undefined;
      return r ? toReviewPost(r) : null;
    },
    async linkThread(runId, thread) {
      db.prepare(
        'INSERT INTO slack_threads (channel, thread_ts, run_id, at) VALUES (?, ?, ?, ?) ON CONFLICT (channel, thread_ts) DO UPDATE SET run_id = excluded.run_id, at = excluded.at WHERE slack_threads.run_id <> excluded.run_id',
      ).run(thread.channel, thread.ts, runId, dbNow());
    },
    async runForThread(channel, threadTs) {
      const r = db.prepare('SELECT run_id FROM slack_threads WHERE channel = ? AND thread_ts = ?').get(channel, threadTs) as Row | undefined;
      return r ? String(r.run_id) : null;
    },
    async threadsOf(runId) {
      return (db.prepare('SELECT channel, thread_ts FROM slack_threads WHERE run_id = ? ORDER BY at, rowid').all(runId) as Row[]).map((r) => ({ channel: String(r.channel), ts: String(r.thread_ts) }));
    },
    async setOrigin(campaignId, origin, options = {}) {
      db.prepare(`INSERT INTO campaign_origins (campaign_id, channel, thread_ts, at) VALUES (?, ?, ?, ?) ON CONFLICT (campaign_id) DO ${options.onlyIfNew ? 'NOTHING' : 'UPDATE SET channel = excluded.channel, thread_ts = excluded.thread_ts, at = excluded.at'}`).run(
        campaignId, origin.channel, origin.threadTs ?? null, dbNow(),
      );
    },
    async originOf(campaignId) {
      const r = db.prepare('SELECT * FROM campaign_origins WHERE campaign_id = ?').get(campaignId) as Row | undefined;
      return r ? toOrigin(r) : null;
    },
    async recordAnswer(a) {
      db.prepare("INSERT INTO answers_log (answer_id, kind, entry, at) VALUES (?, 'answer', ?, ?)").run(a.answerId, JSON.stringify(a), dbNow());
    },
    async recordFeedback(f) {
      db.prepare("INSERT INTO answers_log (answer_id, kind, entry, at) VALUES (?, 'feedback', ?, ?)").run(f.answerId, JSON.stringify(f), dbNow());
    },
    async answers(limit = 1000) {
      const rows = db.prepare('SELECT entry FROM (SELECT seq, entry FROM answers_log ORDER BY seq DESC LIMIT ?) ORDER BY seq').all(limit) as Row[];
      return rows.map(toAnswerEntry).filter((e) => e !== null);
    },
    async migrations() {
      return (db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version);
    },
    async close() {
      db.close();
    },
  };
}

/**
 * Opens the file, switches it to WAL and migrates it. SQLite does not call its busy handler in
 * every case (switching a new file to WAL, WAL recovery), so two processes creating the same new
 * store can see SQLITE_BUSY at once: the whole step is retried with growing pauses until the
 * busy timeout is spent.
 */
function openWithRetry(file: string): Database.Database {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (let attempt = 0; ; attempt++) {
    let db: Database.Database | undefined;
    try {
      db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      migrate(db);
      return db;
    } catch (e) {
      db?.close();
      if (!isBusy(e) || Date.now() >= deadline) throw e;
      sleepSync(Math.min(25 * 2 ** Math.min(attempt, 5), 500));
    }
  }
}

function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Every migration in one IMMEDIATE transaction that re-reads what is applied: a second process
 * creating the same new store waits (busy_timeout), then finds the work done.
 */
function migrate(db: Database.Database): void {
  db.transaction(() => {
    db.exec(SCHEMA_MIGRATIONS_DDL);
    const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
    assertNotNewer(applied);
    for (const m of MIGRATIONS) {
      if (applied.has(m.version)) continue;
      db.exec(m.sqlite);
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))").run(m.version, m.name);
    }
  }).immediate();
}
