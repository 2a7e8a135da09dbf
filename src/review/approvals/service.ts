/**
 * The approval service: the one place that decides whether a campaign version may be shared.
 * The bot and the CLI both call it with a Slack user id as the actor (the bot: the signed id of
 * the request; the CLI: the local user's mapped id). Every action is checked here against the
 * policy stored in the database, names the version hash the actor saw, and is one store
 * transaction, audited with the policy in force.
 */
import { ReviewError } from '../../errors.js';
import { normalizeCampaign, reviewCampaign } from '../reviewer.js';
import type { CampaignForReview, Finding, ReviewDecision } from '../types.js';
import { unchainedPrefixLength, verifyAuditChain, type ChainProblem } from './audit-chain.js';
import { committeeOf } from './committee.js';
import { identitiesOf } from './identity.js';
import { PolicyService, autoApproveOf, policyDetail } from './policy.js';
import { SHAREABLE, canMove } from './transitions.js';
import { contentHash, versionHash } from './version-hash.js';
import { keepsStoredVersion } from './resubmission.js';
import { POLICY_SUBJECT, type ApprovalRepository, type AutoApprove, type ApprovalState, type AuditInput, type CampaignVersion, type StoredPolicy, type SubmitResult, type Transition, type Verdict } from './vocabulary.js';

export const REVIEWER_ACTOR = 'segbot-reviewer';

/** States whose audience may be exported (the text may reach, or has reached, customers). */
const EXPORTABLE: readonly ApprovalState[] = [...SHAREABLE, 'shared'];

/** States reached only by an audited action after the review. */
const DECIDED: readonly ApprovalState[] = ['approved', 'rejected', 'changes_requested', 'shared'];

export interface ApprovalServiceOptions {
  store: ApprovalRepository;
  /** Resolves membership of the policy's Slack user group (the bot passes Slack's usergroups.users.list; the CLI none). */
  isUsergroupMember?: (usergroup: string, userId: string) => Promise<boolean>;
  /** Reviews a new version; default: the deterministic reviewer. Inject one that adds the LLM reviewer's findings. */
  review?: (c: CampaignForReview) => ReviewDecision | Promise<ReviewDecision>;
  minSegmentSize?: number;
}

/** A committee action: who (a Slack user id), on which campaign, on which version they read. */
export interface DecisionRequest {
  campaignId: string;
  /** The version hash (or a prefix of 8+ characters) the actor read; required, refused if it is not the latest. */
  versionHash: string;
  actor: string;
  reason?: string;
}

export type SubmitOutcome = SubmitResult;

export interface VerifyReport {
  ok: boolean;
  entries: number;
  /** Entries from before the hash chain existed (an upgraded store): present, but not covered by it. */
  unchained: number;
  problems: ChainProblem[];
}

export class ApprovalService {
  readonly policy: PolicyService;
  private readonly store: ApprovalRepository;
  private readonly isUsergroupMember?: (usergroup: string, userId: string) => Promise<boolean>;
  private readonly review: (c: CampaignForReview) => ReviewDecision | Promise<ReviewDecision>;

  constructor(options: ApprovalServiceOptions) {
    this.store = options.store;
    this.isUsergroupMember = options.isUsergroupMember;
    this.policy = new PolicyService(options.store, options.isUsergroupMember);
    this.review = options.review ?? ((c) => reviewCampaign(c, { minSegmentSize: options.minSegmentSize }));
  }

  /**
   * Reviews a campaign and stores it as a new version: auto-approved when nothing is flagged,
   * flagged otherwise. The same content (text, audience, segment statistics) submitted again is
   * the same version whatever happened to it since: checked and written in one transaction.
   */
  async submit(campaign: CampaignForReview, requestedBy: string): Promise<SubmitOutcome> {
    const actor = requireActor(requestedBy);
    const content = contentHash(campaign);
    const latest = await this.store.latestVersion(campaign.id);
    // Fast path only: the store checks again inside its transaction. An auto-approval is reviewed
    // again under today's policy and rules (keepsStoredVersion).
    if (latest?.contentHash === content && latest.state !== 'auto_approved') return { version: latest, created: false };
    const stored = await this.policy.current();
    const decision = withPolicy(await this.review(campaign), autoApproveOf(stored.policy));
    const hash = versionHash(campaign, decision.findings);
    const state: ApprovalState = decision.decision === 'ok' ? 'auto_approved' : 'flagged';
    if (latest && keepsStoredVersion(latest, { contentHash: content, state })) return { version: latest, created: false };
    const codes = decision.findings.map((f) => `${f.code} (${f.severity})`).join(', ');
    const policy = policyDetail(stored);
    const audit: AuditInput[] = [
      { actor, action: 'submitted', campaignId: campaign.id, versionHash: hash, fromState: null, toState: 'draft', reason: latest ? `edit of version ${latest.version}` : null, detail: { contentHash: content, ...policy } },
      { actor: REVIEWER_ACTOR, action: 'reviewed', campaignId: campaign.id, versionHash: hash, fromState: 'draft', toState: state, reason: `decision ${decision.decision}${codes ? `: ${codes}` : ''}`, detail: null },
    ];
    return this.store.addVersion(
      { campaignId: campaign.id, hash, contentHash: content, content: campaign as unknown as Record<string, unknown>, decision: decision.decision, findings: decision.findings, state, requestedBy: actor },
      audit,
    );
  }

  approve(request: DecisionRequest): Promise<CampaignVersion> {
    return this.decide(request, 'approved');
  }

  reject(request: DecisionRequest): Promise<CampaignVersion> {
    return this.decide(request, 'rejected');
  }

  requestChanges(request: DecisionRequest): Promise<CampaignVersion> {
    return this.decide(request, 'changes_requested');
  }

  /**
   * Records that an approved text went out. The same rules as a decision: a committee member,
   * naming the version they read, which must be the latest; refused for anything not approved,
   * and always for `block`.
   */
  async markShared(request: DecisionRequest): Promise<CampaignVersion> {
    const { campaignId } = request;
    const who = requireActor(request.actor);
    const policy = await this.policy.current();
    await this.requireMember(policy, who, `mark campaign ${campaignId} as shared`);
    const v = await this.current(campaignId, request.versionHash);
    if (v.decision === 'block') throw new ReviewError('BLOCKED', `campaign ${campaignId} version ${v.version} was blocked by the review (${codesOf(v)}); it can never be shared. Change the campaign and submit it again.`);
    if (!SHAREABLE.includes(v.state)) throw new ReviewError('NOT_APPROVED', `campaign ${campaignId} version ${v.version} is ${v.state}, not approved; a committee member must approve it first.`);
    return this.move(v, v.state, 'shared', { actor: who, action: 'shared', campaignId, versionHash: v.hash, fromState: v.state, toState: 'shared', reason: request.reason?.trim() || null, detail: policyDetail(policy) });
  }

  /** True only for the exact approved version: the guard a channel post must pass. */
  async canShare(campaignId: string, hash: string): Promise<boolean> {
    const v = await this.store.latestVersion(campaignId);
    return v !== null && v.hash === hash && v.decision !== 'block' && SHAREABLE.includes(v.state);
  }

  /**
   * The version whose audience `actor` may export: approved (by the committee or, with nothing
   * flagged, by the review) or already shared, never blocked; only by a committee member or the requester.
   */
  async exportable(campaignId: string, actor: string): Promise<CampaignVersion> {
    const who = requireActor(actor);
    const v = await this.get(campaignId);
    if (v.decision === 'block') throw new ReviewError('BLOCKED', `campaign ${campaignId} version ${v.version} was blocked by the review (${codesOf(v)}); its audience can never be exported. Change the campaign and submit it again.`);
    if (!EXPORTABLE.includes(v.state)) throw new ReviewError('NOT_APPROVED', `campaign ${campaignId} version ${v.version} is ${v.state}, not approved, so its audience cannot be exported${v.state === 'flagged' ? '; a committee member must approve it first' : ''}.`);
    const policy = await this.policy.current();
    if (!identitiesOf(policy.policy, v.requestedBy).has(who)) await this.requireMember(policy, who, `export the audience of campaign ${campaignId} (only the committee and the requester may)`);
    return v;
  }

  /**
   * Audits an export of `v`'s audience, in the state it was checked in (refused if it moved meanwhile).
   * `write` applies the audit transition; a caller that records the export elsewhere too passes one
   * that writes both in one transaction (the store's `recordExport`).
   */
  async recordExport(v: CampaignVersion, actor: string, detail: Record<string, unknown>, write: (t: Transition) => Promise<boolean> = (t) => this.store.transition(t)): Promise<void> {
    const audit: AuditInput = { actor: requireActor(actor), action: 'exported', campaignId: v.campaignId, versionHash: v.hash, fromState: v.state, toState: v.state, reason: null, detail };
    const written = await write({ campaignId: v.campaignId, version: v.version, from: v.state, to: v.state, audit });
    if (!written) throw new ReviewError('CONCURRENT_CHANGE', `campaign ${v.campaignId} was changed by someone else during the export; nothing was exported. Try again.`);
  }

  /** The current version of a campaign; NOT_FOUND if it was never submitted. */
  async get(campaignId: string): Promise<CampaignVersion> {
    const v = await this.store.latestVersion(campaignId);
    if (!v) throw notFound(campaignId);
    return v;
  }

  /** The committee's decisions on one version. */
  decisions(campaignId: string, version: number) {
    return this.store.approvals(campaignId, version);
  }

  /** Latest versions waiting for the committee. */
  pending(): Promise<CampaignVersion[]> {
    return this.store.listLatest(['flagged']);
  }

  list(states?: readonly ApprovalState[]): Promise<CampaignVersion[]> {
    return this.store.listLatest(states);
  }

  history(campaignId?: string) {
    return this.store.auditLog(campaignId);
  }

  /**
   * Checks the audit log: the hash chain (an edited, removed or inserted entry), and that every
   * stored version has its submit entry (a log emptied wholesale leaves versions without one).
   */
  async verify(): Promise<VerifyReport> {
    const log = await this.store.auditLog();
    const problems = verifyAuditChain(log);
    // The chain cannot see entries cut from its end; every stored version must still have its own entries.
    const seenEntries = new Set(log.map((e) => `${e.campaignId}@${e.version}:${e.action}`));
    for (const latest of await this.store.listLatest()) {
      for (let n = 1; n <= latest.version; n++) {
        const v = n === latest.version ? latest : await this.store.getVersion(latest.campaignId, n);
        const needed = ['submitted', 'reviewed', ...(v && DECIDED.includes(v.state) ? [v.state === 'shared' ? 'shared' : v.state] : [])];
        for (const action of needed) {
          if (!seenEntries.has(`${latest.campaignId}@${n}:${action}`)) problems.push({ seq: 0, problem: 'broken-link', message: `campaign ${latest.campaignId} version ${n} has no "${action}" entry in the audit log: entries were removed` });
        }
      }
    }
    const policy = await this.store.policy();
    if (policy && !log.some((e) => e.campaignId === POLICY_SUBJECT && e.version === policy.revision)) {
      problems.push({ seq: 0, problem: 'broken-link', message: `the approval policy is at revision ${policy.revision} but the audit log has no entry for it: it was changed outside segbot or entries were removed` });
    }
    return { ok: problems.length === 0, entries: log.length, unchained: unchainedPrefixLength(log), problems };
  }

  private async requireMember(policy: StoredPolicy, who: string, what: string): Promise<void> {
    const committee = committeeOf(policy.policy, this.isUsergroupMember);
    if (!(await committee.isMember(who))) throw new ReviewError('NOT_COMMITTEE_MEMBER', `${who} is not on the approval committee, so cannot ${what}. Committee: ${committee.describe()}.`);
  }

  private async decide(request: DecisionRequest, verdict: Verdict): Promise<CampaignVersion> {
    const { campaignId } = request;
    const who = requireActor(request.actor);
    const reason = request.reason?.trim() || null;
    if (verdict !== 'approved' && !reason) throw new ReviewError('REASON_REQUIRED', `${verdict === 'rejected' ? 'rejecting' : 'requesting changes to'} campaign ${campaignId} needs a reason (--reason "…"), so the requester knows what to fix.`);
    const policy = await this.policy.current();
    await this.requireMember(policy, who, `${verdictVerb(verdict)} campaign ${campaignId}`);
    const v = await this.current(campaignId, request.versionHash);
    if (verdict === 'approved' && v.decision === 'block') throw new ReviewError('BLOCKED', `campaign ${campaignId} version ${v.version} was blocked by the review (${codesOf(v)}); it can never be approved. Reject it or request changes.`);
    if (v.state !== 'flagged') throw new ReviewError('NOT_PENDING', await this.notPendingMessage(v));
    if (verdict === 'approved' && policy.policy.fourEyes && identitiesOf(policy.policy, v.requestedBy).has(who)) {
      throw new ReviewError('FOUR_EYES', `${who} requested campaign ${campaignId} and cannot also approve it (four-eyes rule); another committee member must approve.`);
    }
    return this.move(
      v,
      'flagged',
      verdict,
      { actor: who, action: verdict, campaignId, versionHash: v.hash, fromState: 'flagged', toState: verdict, reason, detail: policyDetail(policy) },
      { versionHash: v.hash, userId: who, verdict, reason },
    );
  }

  /** The latest version, checked against the hash the actor saw. */
  private async current(campaignId: string, seenHash: string): Promise<CampaignVersion> {
    const v = await this.store.latestVersion(campaignId);
    if (!v) throw notFound(campaignId);
    const seen = (seenHash ?? '').trim().toLowerCase();
    if (!seen) throw new ReviewError('VERSION_HASH_REQUIRED', `name the version you read: --hash ${v.hash.slice(0, 12)} for campaign ${campaignId} version ${v.version} (read it first with \`segbot approvals show ${campaignId}\`).`);
    if (seen.length < 8) throw new ReviewError('BAD_VERSION_HASH', `version hash "${seen}" is too short; give at least 8 characters as shown by \`segbot approvals list\`.`);
    if (v.hash.startsWith(seen)) return v;
    for (let n = v.version - 1; n >= 1; n--) {
      const old = await this.store.getVersion(campaignId, n);
      if (old?.hash.startsWith(seen)) {
        throw new ReviewError('STALE_VERSION', `campaign ${campaignId} changed: you read version ${n}, but its current text is version ${v.version} (${v.hash.slice(0, 12)}). Read the new version and decide on that.`);
      }
    }
    throw new ReviewError('UNKNOWN_VERSION', `campaign ${campaignId} has no version with hash "${seen}"; its current text is version ${v.version} (${v.hash.slice(0, 12)}).`);
  }

  private async move(v: CampaignVersion, from: ApprovalState, to: ApprovalState, audit: AuditInput, approval?: Transition['approval']): Promise<CampaignVersion> {
    if (!canMove(from, to)) throw new ReviewError('BAD_TRANSITION', `campaign ${v.campaignId} cannot go from ${from} to ${to}.`);
    const moved = await this.store.transition({ campaignId: v.campaignId, version: v.version, from, to, approval, audit });
    // Someone else acted between our read and our write; their decision stands.
    if (!moved) throw new ReviewError('CONCURRENT_CHANGE', `campaign ${v.campaignId} was changed by someone else just now; run \`segbot approvals list\` and try again.`);
    return (await this.store.getVersion(v.campaignId, v.version)) ?? { ...v, state: to };
  }

  private async notPendingMessage(v: CampaignVersion): Promise<string> {
    const last = (await this.store.approvals(v.campaignId, v.version)).at(-1);
    const by = last ? ` by ${last.userId} at ${last.at}` : '';
    return `campaign ${v.campaignId} version ${v.version} is not awaiting a decision: it is ${v.state}${by}.`;
  }
}

/** The text the reviewer read, for callers that show or post it: the stored content as normalised. */
export function reviewedText(v: CampaignVersion): CampaignForReview {
  return normalizeCampaign(v.content as unknown as CampaignForReview);
}

function notFound(campaignId: string): ReviewError {
  return new ReviewError('NOT_FOUND', `no campaign "${campaignId}" has been submitted. Run \`segbot approvals list\` to see the ids.`);
}

function requireActor(actor: string): string {
  const who = (actor ?? '').trim();
  if (!who) throw new ReviewError('NO_ACTOR', 'every action needs the acting user id (a Slack user id).');
  return who;
}

function verdictVerb(v: Verdict): string {
  return v === 'approved' ? 'approve' : v === 'rejected' ? 'reject' : 'request changes to';
}

function codesOf(v: CampaignVersion): string {
  return v.findings.filter((f) => f.severity === 'block').map((f) => f.code).join(', ');
}

/** Under the `never` policy a campaign the review passed still goes to the committee, saying why. */
function withPolicy(d: ReviewDecision, autoApprove: AutoApprove): ReviewDecision {
  if (autoApprove === 'earned' || d.decision !== 'ok') return d;
  const finding: Finding = { code: 'POLICY_COMMITTEE_FOR_ALL', severity: 'review', category: 'policy', rule: 'policy', evidence: 'the approval policy sends every campaign to the committee (auto-approve: never)' };
  return { ...d, decision: 'review', findings: [...d.findings, finding] };
}
