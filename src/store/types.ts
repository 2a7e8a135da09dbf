/**
 * The repository interface behind SQLite and Postgres. It stores; it does not decide: the
 * approval service (src/review/approvals) owns the rules, the store guarantees that each step
 * is one transaction and that the audit log only grows.
 */
import type { Decision, Finding } from '../review/index.js';

export const APPROVAL_STATES = ['draft', 'flagged', 'approved', 'rejected', 'changes_requested', 'auto_approved', 'shared'] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];

export type Verdict = 'approved' | 'rejected' | 'changes_requested';

/** One exact text of a campaign and where it stands. */
export interface CampaignVersion {
  campaignId: string;
  /** 1, 2, 3… per campaign; any edit makes the next one. */
  version: number;
  /** sha256 of the canonical campaign text: what an approval covers. */
  hash: string;
  content: Record<string, unknown>;
  decision: Decision;
  findings: Finding[];
  state: ApprovalState;
  requestedBy: string;
  createdAt: string;
  updatedAt: string;
}

export type NewVersion = Omit<CampaignVersion, 'version' | 'updatedAt'>;

export interface ApprovalRecord {
  campaignId: string;
  version: number;
  versionHash: string;
  userId: string;
  verdict: Verdict;
  reason: string | null;
  at: string;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  /** submitted, reviewed, approved, rejected, changes_requested, shared… */
  action: string;
  campaignId: string;
  version: number;
  versionHash: string;
  fromState: ApprovalState | null;
  toState: ApprovalState;
  reason: string | null;
}

export type AuditInput = Omit<AuditEntry, 'seq' | 'version'>;

export interface Transition {
  campaignId: string;
  version: number;
  /** The state the caller saw; the transition fails (returns false) if another actor moved it meanwhile. */
  from: ApprovalState;
  to: ApprovalState;
  approval?: Omit<ApprovalRecord, 'campaignId' | 'version'>;
  audit: AuditInput;
}

/** An analysis snapshot, for the weekly digest and segment migration. */
export interface RunRecord {
  id: string;
  /** contentHash of result.json. */
  contentHash: string;
  path: string;
  asOf: string | null;
  createdAt: string;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Stores the next version of a campaign (creating the campaign if new) and its audit entries, atomically. */
  addVersion(version: NewVersion, audit: AuditInput[]): Promise<CampaignVersion>;
  latestVersion(campaignId: string): Promise<CampaignVersion | null>;
  getVersion(campaignId: string, version: number): Promise<CampaignVersion | null>;
  /** The latest version of every campaign, optionally only those in the given states, oldest first. */
  listLatest(states?: readonly ApprovalState[]): Promise<CampaignVersion[]>;
  /** Compare-and-set of the state with its approval record and audit entry, atomically; false if the state was not `from`. */
  transition(t: Transition): Promise<boolean>;
  approvals(campaignId: string, version: number): Promise<ApprovalRecord[]>;
  /** The audit log in order of appending, optionally for one campaign. */
  auditLog(campaignId?: string): Promise<AuditEntry[]>;
  saveRun(run: RunRecord): Promise<void>;
  listRuns(limit?: number): Promise<RunRecord[]>;
  /** Applied migration versions, ascending. */
  migrations(): Promise<number[]>;
  close(): Promise<void>;
}
