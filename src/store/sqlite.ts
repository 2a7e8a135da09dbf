/**
 * SQLite store: one file under SEGBOT_DATA_DIR, WAL so readers never block the writer,
 * synchronous=FULL so a committed approval survives a power cut, every step one transaction.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from '../errors.js';
import { MIGRATIONS, SCHEMA_MIGRATIONS_DDL, assertNotNewer } from './migrations.js';
import { AUDIT_COLUMNS, VERSION_COLUMNS, toApproval, toAudit, toRun, toVersion } from './rows.js';
import type { AuditInput, CampaignVersion, NewVersion, Store } from './types.js';

export const SQLITE_FILE_NAME = 'segbot.sqlite';

type Row = Record<string, unknown>;

export function openSqliteStore(dataDir: string): Store {
  const file = path.join(dataDir, SQLITE_FILE_NAME);
  let db!: Database.Database;
  try {
    mkdirSync(dataDir, { recursive: true });
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
  } catch (e) {
    if (e instanceof StoreError) throw e;
    throw new StoreError('SQLITE_OPEN', `cannot open ${file} (${e instanceof Error ? e.message : String(e)}). Check that SEGBOT_DATA_DIR points to a writable folder holding a segbot database.`);
  }

  const appendAudit = (a: AuditInput, version: number) =>
    db.prepare(`INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(a.at, a.actor, a.action, a.campaignId, version, a.versionHash, a.fromState, a.toState, a.reason);

  const addVersion = db.transaction((v: NewVersion, audit: AuditInput[]): CampaignVersion => {
    db.prepare('INSERT OR IGNORE INTO campaigns (id, requested_by, created_at) VALUES (?, ?, ?)').run(v.campaignId, v.requestedBy, v.createdAt);
    const { next } = db.prepare('SELECT COALESCE(MAX(version), 0) + 1 AS next FROM campaign_versions WHERE campaign_id = ?').get(v.campaignId) as { next: number };
    db.prepare(`INSERT INTO campaign_versions (${VERSION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      v.campaignId, next, v.hash, JSON.stringify(v.content), v.decision, JSON.stringify(v.findings), v.state, v.requestedBy, v.createdAt, v.createdAt,
    );
    for (const a of audit) appendAudit(a, next);
    return { ...v, version: next, updatedAt: v.createdAt };
  });

  const transition = db.transaction((t: Parameters<Store['transition']>[0]): boolean => {
    const changed = db
      .prepare('UPDATE campaign_versions SET state = ?, updated_at = ? WHERE campaign_id = ? AND version = ? AND state = ?')
      .run(t.to, t.audit.at, t.campaignId, t.version, t.from).changes;
    if (changed !== 1) return false;
    if (t.approval) {
      const a = t.approval;
      db.prepare('INSERT INTO approvals (campaign_id, version, version_hash, user_id, verdict, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(t.campaignId, t.version, a.versionHash, a.userId, a.verdict, a.reason, a.at);
    }
    appendAudit(t.audit, t.version);
    return true;
  });

  const latestSql = `SELECT v.* FROM campaign_versions v
    JOIN (SELECT campaign_id, MAX(version) AS version FROM campaign_versions GROUP BY campaign_id) m
    ON m.campaign_id = v.campaign_id AND m.version = v.version`;

  return {
    kind: 'sqlite',
    async addVersion(v, audit) {
      return addVersion(v, audit);
    },
    async latestVersion(campaignId) {
      const r = db.prepare('SELECT * FROM campaign_versions WHERE campaign_id = ? ORDER BY version DESC LIMIT 1').get(campaignId) as Row | undefined;
      return r ? toVersion(r) : null;
    },
    async getVersion(campaignId, version) {
      const r = db.prepare('SELECT * FROM campaign_versions WHERE campaign_id = ? AND version = ?').get(campaignId, version) as Row | undefined;
      return r ? toVersion(r) : null;
    },
    async listLatest(states) {
      const rows = db.prepare(`${latestSql} ORDER BY v.created_at, v.campaign_id`).all() as Row[];
      return rows.map(toVersion).filter((v) => !states || states.includes(v.state));
    },
    async transition(t) {
      return transition(t);
    },
    async approvals(campaignId, version) {
      return (db.prepare('SELECT * FROM approvals WHERE campaign_id = ? AND version = ? ORDER BY id').all(campaignId, version) as Row[]).map(toApproval);
    },
    async auditLog(campaignId) {
      const rows = campaignId === undefined ? db.prepare('SELECT * FROM audit_log ORDER BY seq').all() : db.prepare('SELECT * FROM audit_log WHERE campaign_id = ? ORDER BY seq').all(campaignId);
      return (rows as Row[]).map(toAudit);
    },
    async saveRun(run) {
      db.prepare('INSERT OR REPLACE INTO runs (id, content_hash, path, as_of, created_at) VALUES (?, ?, ?, ?, ?)').run(run.id, run.contentHash, run.path, run.asOf, run.createdAt);
    },
    async listRuns(limit = 100) {
      return (db.prepare('SELECT * FROM runs ORDER BY created_at DESC, id DESC LIMIT ?').all(limit) as Row[]).map(toRun);
    },
    async migrations() {
      return (db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version);
    },
    async close() {
      db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  db.exec(SCHEMA_MIGRATIONS_DDL);
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  assertNotNewer(applied);
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sqlite);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    })();
  }
}
