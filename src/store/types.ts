/**
 * The store behind SQLite and Postgres. It stores; it does not decide: the approval vocabulary
 * and rules live in src/review (ApprovalRepository), the store guarantees that each step is one
 * transaction, that timestamps come from the database clock, and that the audit log only grows,
 * chained by hashes.
 */
import type { ApprovalRepository, Transition } from '../review/index.js';

/** An analysis snapshot, for the weekly digest and segment migration. */
export interface RunRecord {
  id: string;
  /** contentHash of result.json. */
  contentHash: string;
  path: string;
  asOf: string | null;
  createdAt: string;
}

/** A dataset's snapshot: its files are in the artifact store under `id`; `meta` is the snapshot's JSON description. */
export interface SnapshotRecord {
  id: string;
  dataset: string;
  asOf: string;
  runId: string | null;
  customers: number;
  meta: unknown;
  createdAt: string;
}

/** One digest per period: claimed under a lease by one process, then posted or failed (reported). */
export interface DigestPost {
  period: string;
  dataset: string;
  channel: string;
  state: 'claimed' | 'posted' | 'failed';
  owner: string;
  leaseUntil: string;
  attempts: number;
  messageTs: string | null;
  detail: string | null;
  updatedAt: string;
}

export interface DigestClaim {
  period: string;
  dataset: string;
  channel: string;
  owner: string;
  /** The caller's clock (a test's controllable one), ISO. */
  now: string;
  leaseUntil: string;
}

/** One export of a campaign's audience (the audit log has the matching `exported` entry). */
/** Where a flagged version was posted for the committee (the review channel), so any process can update that message after a decision. */
export interface ReviewPost {
  campaignId: string;
  versionHash: string;
  channel: string;
  ts: string;
  at: string;
}

/** A Slack message or thread: its channel and ts. */
export interface ThreadRef {
  channel: string;
  ts: string;
}

/** Where a campaign was asked for: the requester is told there after the committee decides. */
export interface CampaignOrigin {
  channel: string;
  threadTs?: string;
}

/** An answer the bot gave to a question in Slack (the answers log: what was asked, which tool answered). */
export interface StoredAnswer {
  answerId: string;
  at: string;
  user: string;
  channel: string;
  threadTs: string | null;
  question: string;
  runId: string;
  tool: string;
  args: unknown;
  text: string;
}

/** A thumbs up or down on an answer. */
export interface AnswerFeedback {
  answerId: string;
  feedback: 'up' | 'down';
  user: string;
  at: string;
}

export interface ExportRecord {
  id: number;
  campaignId: string;
  version: number;
  versionHash: string;
  targetKind: 'csv' | 'postgres' | 'slack';
  /** The file's absolute path, `<schema>.<table>` in the Postgres database written to, or the Slack user the file was sent to. */
  target: string;
  customers: number;
  treatment: number;
  holdout: number;
  holdoutShare: number;
  segmentKey: string;
  runDir: string;
  /** sha256 of the rows as a `customer_id,group` CSV, whatever the target. */
  contentHash: string;
  /** The planned measurement window, [from, to) as YYYY-MM-DD: when it closes the digest says so. */
  windowFrom: string;
  windowTo: string;
  actor: string;
  at: string;
}

/** One `segbot measure` result. `detail` is the whole measurement (prior periods, power, seed). */
export interface MeasurementRecord {
  id: number;
  campaignId: string;
  windowFrom: string;
  windowTo: string;
  /** The transaction log's base name or redacted URL. */
  dataSource: string;
  treatmentCustomers: number;
  holdoutCustomers: number;
  lift: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  pValue: number;
  statusQuo: number;
  verdict: string;
  verdictText: string;
  detail: Record<string, unknown>;
  actor: string;
  at: string;
}

export interface Store extends ApprovalRepository {
  readonly kind: 'sqlite' | 'postgres';
  /** Where the data lives, for messages: the SQLite file, or the Postgres URL without its password. */
  readonly location: string;
  saveRun(run: RunRecord): Promise<void>;
  listRuns(limit?: number): Promise<RunRecord[]>;
  saveSnapshot(s: Omit<SnapshotRecord, 'createdAt'>): Promise<void>;
  /** Newest first (as-of date, then creation). */
  listSnapshots(dataset?: string, limit?: number): Promise<SnapshotRecord[]>;
  deleteSnapshot(id: string): Promise<void>;
  /**
   * Claims the period's digest: granted when nobody has it, or when the holder's lease ran out before
   * it posted (a crash); refused once posted or failed, or while another holder's lease runs.
   */
  claimDigest(claim: DigestClaim): Promise<DigestPost | null>;
  /**
   * Extends the holder's lease while it still makes or posts the digest (a heartbeat); false when the
   * claim is no longer this owner's (another process took it over) or the period is finished.
   */
  renewDigest(period: string, owner: string, lease: { now: string; leaseUntil: string }): Promise<boolean>;
  /** Records the outcome; only the holder of the claim can (compare-and-set on owner and state). */
  finishDigest(period: string, owner: string, outcome: { state: 'posted' | 'failed'; messageTs: string | null; detail: string | null; now: string }): Promise<boolean>;
  digestPosts(limit?: number): Promise<DigestPost[]>;
  /** Records an export (id and time from the database). */
  saveExport(e: Omit<ExportRecord, 'id' | 'at'>): Promise<ExportRecord>;
  /**
   * Audits an export (`t`, a same-state transition carrying its audit entry) and records its row in
   * one transaction: both or neither. Null, with nothing written, if the version moved meanwhile.
   */
  recordExport(t: Transition, e: Omit<ExportRecord, 'id' | 'at'>): Promise<ExportRecord | null>;
  /** Newest first, optionally of one campaign. */
  listExports(campaignId?: string, limit?: number): Promise<ExportRecord[]>;
  saveMeasurement(m: Omit<MeasurementRecord, 'id' | 'at'>): Promise<MeasurementRecord>;
  /** Newest first, optionally of one campaign. */
  listMeasurements(campaignId?: string, limit?: number): Promise<MeasurementRecord[]>;
  /** Records (or moves) the review message of a version. */
  saveReviewPost(p: Omit<ReviewPost, 'at'>): Promise<void>;
  reviewPost(campaignId: string, versionHash: string): Promise<ReviewPost | null>;
  /** Records that a Slack thread shows a run (follow-up questions, App Home and digest links); a thread moves to a newer run. */
  linkThread(runId: string, thread: ThreadRef): Promise<void>;
  runForThread(channel: string, threadTs: string): Promise<string | null>;
  /** The threads that show a run, first linked first. */
  threadsOf(runId: string): Promise<ThreadRef[]>;
  /** Records where a campaign was asked for; `onlyIfNew` keeps an existing origin. */
  setOrigin(campaignId: string, origin: CampaignOrigin, options?: { onlyIfNew?: boolean }): Promise<void>;
  originOf(campaignId: string): Promise<CampaignOrigin | null>;
  recordAnswer(answer: StoredAnswer): Promise<void>;
  recordFeedback(feedback: AnswerFeedback): Promise<void>;
  /** The answers log (answers and feedback), oldest first; the newest `limit` entries. */
  answers(limit?: number): Promise<(StoredAnswer | AnswerFeedback)[]>;
  /** Applied migration versions, ascending. */
  migrations(): Promise<number[]>;
  close(): Promise<void>;
}
