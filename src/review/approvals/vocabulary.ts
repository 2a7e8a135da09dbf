/**
 * The approval vocabulary: states, verdicts, versions, audit entries, the policy, and the
 * repository interface the stores implement. review/ owns these words; store/ persists them and
 * imports them from here (never the other way round).
 */
import type { Decision, Finding } from '../types.js';

export const APPROVAL_STATES = ['draft', 'flagged', 'approved', 'rejected', 'changes_requested', 'auto_approved', 'shared'] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];

export type Verdict = 'approved' | 'rejected' | 'changes_requested';

/** One exact text of a campaign, for one audience and segment, and where it stands. */
export interface CampaignVersion {
  campaignId: string;
  /** 1, 2, 3… per campaign; any change to what the decision depends on makes the next one. */
  version: number;
  /** sha256 over the content hash and the findings: what an approval names. */
  hash: string;
  /** sha256 of the normalised campaign (text, audience, segment statistics): what a submit compares. */
  contentHash: string;
  content: Record<string, unknown>;
  decision: Decision;
  findings: Finding[];
  state: ApprovalState;
  requestedBy: string;
  /** Database clock. */
  createdAt: string;
  updatedAt: string;
}

export type NewVersion = Omit<CampaignVersion, 'version' | 'createdAt' | 'updatedAt'>;

export interface ApprovalRecord {
  campaignId: string;
  version: number;
  versionHash: string;
  userId: string;
  verdict: Verdict;
  reason: string | null;
  at: string;
}

/** Who may decide: Slack user ids, a Slack user group, four-eyes, and the CLI's local users mapped to Slack ids. */
/**
 * When a campaign may skip the committee: `earned` (the default) auto-approves only what the
 * review passed with no finding (an audience it understands and knows to be safe); `never` sends
 * every campaign to the committee.
 */
export type AutoApprove = 'earned' | 'never';

export interface ApprovalPolicy {
  members: string[];
  usergroup: string | null;
  fourEyes: boolean;
  /** Absent in policies stored before issue 24: read as `earned`. */
  autoApprove?: AutoApprove;
  /** Local (OS) user name → Slack user id: how a CLI user acts under the one identity scheme. */
  userMap: Record<string, string>;
}

export interface StoredPolicy {
  /** 1 for the seeded policy, +1 per change. */
  revision: number;
  policy: ApprovalPolicy;
  updatedBy: string;
  updatedAt: string;
}

/** Audit actions on the policy itself (campaignId POLICY_SUBJECT). */
export const POLICY_SUBJECT = '(policy)';

export interface AuditEntry {
  seq: number;
  /** Database clock, never the client's. */
  at: string;
  actor: string;
  /** submitted, reviewed, approved, rejected, changes_requested, shared, policy_seeded, policy_changed */
  action: string;
  campaignId: string;
  version: number;
  versionHash: string;
  fromState: ApprovalState | null;
  /** A campaign state, or `policy` for policy entries. */
  toState: ApprovalState | 'policy';
  reason: string | null;
  /** The policy in force at a decision, or the change made to it. */
  detail: Record<string, unknown> | null;
  /** Hash chain: the previous entry's hash, and sha256(prevHash + canonical entry). */
  prevHash: string | null;
  entryHash: string | null;
}

export type AuditInput = Omit<AuditEntry, 'seq' | 'version' | 'at' | 'prevHash' | 'entryHash'>;

export interface Transition {
  campaignId: string;
  version: number;
  /** The state the caller saw; the transition fails (returns false) if another actor moved it meanwhile. */
  from: ApprovalState;
  to: ApprovalState;
  approval?: Omit<ApprovalRecord, 'campaignId' | 'version' | 'at'>;
  audit: AuditInput;
}

export interface SubmitResult {
  version: CampaignVersion;
  /** False when the latest version already had this content: nothing was written. */
  created: boolean;
}

/** What the approval service needs from a store: each method is one transaction. */
export interface ApprovalRepository {
  /**
   * Stores the next version of a campaign with its audit entries, unless the latest version has
   * the same contentHash (then returns it, created false): check and write in one transaction.
   */
  addVersion(version: NewVersion, audit: AuditInput[]): Promise<SubmitResult>;
  latestVersion(campaignId: string): Promise<CampaignVersion | null>;
  getVersion(campaignId: string, version: number): Promise<CampaignVersion | null>;
  /** The latest version of every campaign, optionally only those in the given states, oldest first. */
  listLatest(states?: readonly ApprovalState[]): Promise<CampaignVersion[]>;
  /** Compare-and-set of the state with its approval record and audit entry, atomically; false if the state was not `from`. */
  transition(t: Transition): Promise<boolean>;
  approvals(campaignId: string, version: number): Promise<ApprovalRecord[]>;
  /** The audit log in order of appending, optionally for one campaign. */
  auditLog(campaignId?: string): Promise<AuditEntry[]>;
  /** The policy in force; null before it was seeded. */
  policy(): Promise<StoredPolicy | null>;
  /**
   * Writes a policy with its audit entry if the stored revision is still `expectedRevision`
   * (0: none stored yet); false if someone changed it meanwhile.
   */
  setPolicy(expectedRevision: number, policy: ApprovalPolicy, audit: AuditInput): Promise<boolean>;
}
