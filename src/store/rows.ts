/** Database rows to domain records, shared by both stores (SQLite hands JSON back as text, Postgres as objects). */
import type { ApprovalPolicy, ApprovalRecord, ApprovalState, AuditEntry, CampaignVersion, StoredPolicy, Verdict } from '../review/index.js';
import type { AnswerFeedback, CampaignOrigin, DigestPost, ExportRecord, MeasurementRecord, ReviewPost, RunRecord, SnapshotRecord, StoredAnswer } from './types.js';

type Row = Record<string, unknown>;

const json = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);
const str = (v: unknown): string => String(v);
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function toVersion(r: Row): CampaignVersion {
  return {
    campaignId: str(r.campaign_id),
    version: Number(r.version),
    hash: str(r.hash),
    contentHash: r.content_hash === null || r.content_hash === undefined ? str(r.hash) : str(r.content_hash),
    content: json(r.content) as Record<string, unknown>,
    decision: str(r.decision) as CampaignVersion['decision'],
    findings: json(r.findings) as CampaignVersion['findings'],
    state: str(r.state) as ApprovalState,
    requestedBy: str(r.requested_by),
    createdAt: str(r.created_at),
    updatedAt: str(r.updated_at),
  };
}

export function toApproval(r: Row): ApprovalRecord {
  return {
    campaignId: str(r.campaign_id),
    version: Number(r.version),
    versionHash: str(r.version_hash),
    userId: str(r.user_id),
    verdict: str(r.verdict) as Verdict,
    reason: strOrNull(r.reason),
    at: str(r.at),
  };
}

export function toAudit(r: Row): AuditEntry {
  return {
    seq: Number(r.seq),
    at: str(r.at),
    actor: str(r.actor),
    action: str(r.action),
    campaignId: str(r.campaign_id),
    version: Number(r.version),
    versionHash: str(r.version_hash),
    fromState: strOrNull(r.from_state) as ApprovalState | null,
    toState: str(r.to_state) as AuditEntry['toState'],
    reason: strOrNull(r.reason),
    detail: r.detail === null || r.detail === undefined ? null : (json(r.detail) as Record<string, unknown>),
    prevHash: strOrNull(r.prev_hash),
    entryHash: strOrNull(r.entry_hash),
  };
}

export function toRun(r: Row): RunRecord {
  return { id: str(r.id), contentHash: str(r.content_hash), path: str(r.path), asOf: strOrNull(r.as_of), createdAt: str(r.created_at) };
}

export function toPolicy(r: Row): StoredPolicy {
  return { revision: Number(r.revision), policy: json(r.policy) as ApprovalPolicy, updatedBy: str(r.updated_by), updatedAt: str(r.updated_at) };
}

/** Column order of INSERTs, so both stores write the same thing. */
export const VERSION_COLUMNS = 'campaign_id, version, hash, content_hash, content, decision, findings, state, requested_by, created_at, updated_at';
export const AUDIT_COLUMNS = 'at, actor, action, campaign_id, version, version_hash, from_state, to_state, reason, detail, prev_hash, entry_hash';

export function toSnapshot(r: Row): SnapshotRecord {
  return { id: str(r.id), dataset: str(r.dataset), asOf: str(r.as_of), runId: strOrNull(r.run_id), customers: Number(r.customers), meta: json(r.meta), createdAt: str(r.created_at) };
}

export function toDigestPost(r: Row): DigestPost {
  return {
    period: str(r.period), dataset: str(r.dataset), channel: str(r.channel), state: str(r.state) as DigestPost['state'], owner: str(r.owner),
    leaseUntil: str(r.lease_until), attempts: Number(r.attempts), messageTs: strOrNull(r.message_ts), detail: strOrNull(r.detail), updatedAt: str(r.updated_at),
  };
}

const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Column order of the export and measurement INSERTs (both stores). */
export const EXPORT_COLUMNS = 'campaign_id, version, version_hash, target_kind, target, customers, treatment, holdout, holdout_share, segment_key, run_dir, content_hash, window_from, window_to, actor, at';
export const MEASUREMENT_COLUMNS = 'campaign_id, window_from, window_to, data_source, treatment_customers, holdout_customers, lift, ci_low, ci_high, p_value, status_quo, verdict, verdict_text, detail, actor, at';

export function exportValues(e: Omit<ExportRecord, 'id' | 'at'>, at: string): unknown[] {
  return [e.campaignId, e.version, e.versionHash, e.targetKind, e.target, e.customers, e.treatment, e.holdout, e.holdoutShare, e.segmentKey, e.runDir, e.contentHash, e.windowFrom, e.windowTo, e.actor, at];
}

export function measurementValues(m: Omit<MeasurementRecord, 'id' | 'at'>, at: string): unknown[] {
  return [m.campaignId, m.windowFrom, m.windowTo, m.dataSource, m.treatmentCustomers, m.holdoutCustomers, m.lift, m.ciLow, m.ciHigh, m.pValue, m.statusQuo, m.verdict, m.verdictText, JSON.stringify(m.detail), m.actor, at];
}

export function toReviewPost(r: Row): ReviewPost {
  return { campaignId: str(r.campaign_id), versionHash: str(r.version_hash), channel: str(r.channel), ts: str(r.ts), at: str(r.at) };
}

export function toExport(r: Row): ExportRecord {
  return {
    id: Number(r.id), campaignId: str(r.campaign_id), version: Number(r.version), versionHash: str(r.version_hash), targetKind: str(r.target_kind) as ExportRecord['targetKind'],
    target: str(r.target), customers: Number(r.customers), treatment: Number(r.treatment), holdout: Number(r.holdout), holdoutShare: Number(r.holdout_share),
    segmentKey: str(r.segment_key), runDir: str(r.run_dir), contentHash: str(r.content_hash), windowFrom: str(r.window_from), windowTo: str(r.window_to), actor: str(r.actor), at: str(r.at),
  };
}

export function toMeasurement(r: Row): MeasurementRecord {
  return {
    id: Number(r.id), campaignId: str(r.campaign_id), windowFrom: str(r.window_from), windowTo: str(r.window_to), dataSource: str(r.data_source),
    treatmentCustomers: Number(r.treatment_customers), holdoutCustomers: Number(r.holdout_customers), lift: numOrNull(r.lift), ciLow: numOrNull(r.ci_low), ciHigh: numOrNull(r.ci_high),
    pValue: Number(r.p_value), statusQuo: Number(r.status_quo), verdict: str(r.verdict), verdictText: str(r.verdict_text), detail: json(r.detail) as Record<string, unknown>, actor: str(r.actor), at: str(r.at),
  };
}

export function toOrigin(r: Row): CampaignOrigin {
  return { channel: str(r.channel), ...(r.thread_ts ? { threadTs: str(r.thread_ts) } : {}) };
}

/** An answers-log row: the entry as recorded, or null when it is not one (skipped, never thrown). */
export function toAnswerEntry(r: Row): StoredAnswer | AnswerFeedback | null {
  try {
    const entry = JSON.parse(str(r.entry)) as unknown;
    return typeof entry === 'object' && entry !== null && typeof (entry as { answerId?: unknown }).answerId === 'string' ? (entry as StoredAnswer | AnswerFeedback) : null;
  } catch {
    return null;
  }
}
