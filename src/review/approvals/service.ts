/**
 * The approval service: the one place that decides whether a campaign version may be shared.
 * The bot and the CLI both call it; every action is checked here, on the server, whatever the
 * client showed. Each step is one store transaction, so a crash loses no pending approval.
 */
import { ReviewError } from '../../errors.js';
import type { ApprovalState, AuditInput, CampaignVersion, Store, Verdict } from '../../store/index.js';
import { reviewCampaign } from '../reviewer.js';
import type { CampaignForReview, ReviewDecision } from '../types.js';
import type { Committee } from './committee.js';
import { SHAREABLE, canMove } from './transitions.js';
import { versionHash } from './version-hash.js';

export const REVIEWER_ACTOR = 'segbot-reviewer';

export interface ApprovalServiceOptions {
  store: Store;
  committee: Committee;
  /** The requester may not approve their own campaign (Config.committee.fourEyes). Default true. */
  fourEyes?: boolean;
  /** Reviews a new version; default: the deterministic reviewer. Inject one that adds the LLM reviewer's findings. */
  review?: (c: CampaignForReview) => ReviewDecision | Promise<ReviewDecision>;
  minSegmentSize?: number;
  now?: () => Date;
}

export interface ActionOptions {
  /** The version hash (or a prefix of 8+ characters) the actor saw; refused if the text changed since. */
  versionHash?: string;
  reason?: string;
}

export interface SubmitOutcome {
  version: CampaignVersion;
  /** False when the same text was already submitted: nothing changed. */
  created: boolean;
}

export class ApprovalService {
  private readonly store: Store;
  private readonly committee: Committee;
  private readonly fourEyes: boolean;
  private readonly review: (c: CampaignForReview) => ReviewDecision | Promise<ReviewDecision>;
  private readonly now: () => Date;

  constructor(options: ApprovalServiceOptions) {
    this.store = options.store;
    this.committee = options.committee;
    this.fourEyes = options.fourEyes ?? true;
    this.review = options.review ?? ((c) => reviewCampaign(c, { minSegmentSize: options.minSegmentSize }));
    this.now = options.now ?? (() => new Date());
  }

  /** Reviews a campaign text and stores it as a new version: auto-approved when nothing is flagged, flagged otherwise. */
  async submit(campaign: CampaignForReview, requestedBy: string): Promise<SubmitOutcome> {
    const actor = requireActor(requestedBy);
    const hash = versionHash(campaign);
    const latest = await this.store.latestVersion(campaign.id);
    if (latest?.hash === hash) return { version: latest, created: false };
    const decision = await this.review(campaign);
    const state: ApprovalState = decision.decision === 'ok' ? 'auto_approved' : 'flagged';
    const at = this.now().toISOString();
    const codes = decision.findings.map((f) => `${f.code} (${f.severity})`).join(', ');
    const audit: AuditInput[] = [
      { at, actor, action: 'submitted', campaignId: campaign.id, versionHash: hash, fromState: null, toState: 'draft', reason: latest ? `edit of version ${latest.version}` : null },
      { at, actor: REVIEWER_ACTOR, action: 'reviewed', campaignId: campaign.id, versionHash: hash, fromState: 'draft', toState: state, reason: `decision ${decision.decision}${codes ? `: ${codes}` : ''}` },
    ];
    const version = await this.store.addVersion(
      { campaignId: campaign.id, hash, content: campaign as unknown as Record<string, unknown>, decision: decision.decision, findings: decision.findings, state, requestedBy: actor, createdAt: at },
      audit,
    );
    return { version, created: true };
  }

  approve(campaignId: string, actor: string, options: ActionOptions = {}): Promise<CampaignVersion> {
    return this.decide(campaignId, actor, 'approved', options);
  }

  reject(campaignId: string, actor: string, options: ActionOptions): Promise<CampaignVersion> {
    return this.decide(campaignId, actor, 'rejected', options);
  }

  requestChanges(campaignId: string, actor: string, options: ActionOptions): Promise<CampaignVersion> {
    return this.decide(campaignId, actor, 'changes_requested', options);
  }

  /** Records that an approved text went out. Refused for anything not approved, and always for `block`. */
  async markShared(campaignId: string, actor: string, options: ActionOptions = {}): Promise<CampaignVersion> {
    const who = requireActor(actor);
    const v = await this.current(campaignId, options.versionHash);
    if (v.decision === 'block') throw new ReviewError('BLOCKED', `campaign ${campaignId} version ${v.version} was blocked by the review (${codesOf(v)}); it can never be shared. Change the campaign and submit it again.`);
    if (!SHAREABLE.includes(v.state)) throw new ReviewError('NOT_APPROVED', `campaign ${campaignId} version ${v.version} is ${v.state}, not approved; a committee member must approve it first.`);
    return this.move(v, v.state, 'shared', { at: this.now().toISOString(), actor: who, action: 'shared', campaignId, versionHash: v.hash, fromState: v.state, toState: 'shared', reason: options.reason ?? null });
  }

  /** True only for the exact approved text: the guard a channel post must pass. */
  async canShare(campaignId: string, hash: string): Promise<boolean> {
    const v = await this.store.latestVersion(campaignId);
    return v !== null && v.hash === hash && v.decision !== 'block' && SHAREABLE.includes(v.state);
  }

  /** The current version of a campaign; NOT_FOUND if it was never submitted. */
  get(campaignId: string): Promise<CampaignVersion> {
    return this.current(campaignId, undefined);
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

  private async decide(campaignId: string, actor: string, verdict: Verdict, options: ActionOptions): Promise<CampaignVersion> {
    const who = requireActor(actor);
    const reason = options.reason?.trim() || null;
    if (verdict !== 'approved' && !reason) throw new ReviewError('REASON_REQUIRED', `${verdict === 'rejected' ? 'rejecting' : 'requesting changes to'} campaign ${campaignId} needs a reason (--reason "…"), so the requester knows what to fix.`);
    if (!(await this.committee.isMember(who))) throw new ReviewError('NOT_COMMITTEE_MEMBER', `${who} is not on the approval committee, so cannot ${verdictVerb(verdict)} campaign ${campaignId}. Committee: ${this.committee.describe()}.`);
    const v = await this.current(campaignId, options.versionHash);
    if (verdict === 'approved' && v.decision === 'block') throw new ReviewError('BLOCKED', `campaign ${campaignId} version ${v.version} was blocked by the review (${codesOf(v)}); it can never be approved. Reject it or request changes.`);
    if (v.state !== 'flagged') throw new ReviewError('NOT_PENDING', await this.notPendingMessage(v));
    if (verdict === 'approved' && this.fourEyes && who === v.requestedBy) throw new ReviewError('FOUR_EYES', `${who} requested campaign ${campaignId} and cannot also approve it (four-eyes rule); another committee member must approve.`);
    const at = this.now().toISOString();
    return this.move(v, 'flagged', verdict, { at, actor: who, action: verdict, campaignId, versionHash: v.hash, fromState: 'flagged', toState: verdict, reason }, { versionHash: v.hash, userId: who, verdict, reason, at });
  }

  /** The latest version, checked against the hash the actor saw. */
  private async current(campaignId: string, seenHash: string | undefined): Promise<CampaignVersion> {
    const v = await this.store.latestVersion(campaignId);
    if (!v) throw new ReviewError('NOT_FOUND', `no campaign "${campaignId}" has been submitted. Run \`segbot approvals list\` to see the ids.`);
    if (seenHash === undefined) return v;
    if (seenHash.length < 8) throw new ReviewError('BAD_VERSION_HASH', `version hash "${seenHash}" is too short; give at least 8 characters as shown by \`segbot approvals list\`.`);
    if (v.hash.startsWith(seenHash)) return v;
    for (let n = v.version - 1; n >= 1; n--) {
      const old = await this.store.getVersion(campaignId, n);
      if (old?.hash.startsWith(seenHash)) {
        throw new ReviewError('STALE_VERSION', `campaign ${campaignId} changed: you read version ${n}, but its current text is version ${v.version} (${v.hash.slice(0, 12)}). Read the new version and decide on that.`);
      }
    }
    throw new ReviewError('UNKNOWN_VERSION', `campaign ${campaignId} has no version with hash "${seenHash}"; its current text is version ${v.version} (${v.hash.slice(0, 12)}).`);
  }

  private async move(v: CampaignVersion, from: ApprovalState, to: ApprovalState, audit: AuditInput, approval?: Parameters<Store['transition']>[0]['approval']): Promise<CampaignVersion> {
    if (!canMove(from, to)) throw new ReviewError('BAD_TRANSITION', `campaign ${v.campaignId} cannot go from ${from} to ${to}.`);
    const moved = await this.store.transition({ campaignId: v.campaignId, version: v.version, from, to, approval, audit });
    // Someone else acted between our read and our write; their decision stands.
    if (!moved) throw new ReviewError('CONCURRENT_CHANGE', `campaign ${v.campaignId} was changed by someone else just now; run \`segbot approvals list\` and try again.`);
    return { ...v, state: to, updatedAt: audit.at };
  }

  private async notPendingMessage(v: CampaignVersion): Promise<string> {
    const last = (await this.store.approvals(v.campaignId, v.version)).at(-1);
    const by = last ? ` by ${last.userId} at ${last.at}` : '';
    return `campaign ${v.campaignId} version ${v.version} is not awaiting a decision: it is ${v.state}${by}.`;
  }
}

function requireActor(actor: string): string {
  const who = actor.trim();
  if (!who) throw new ReviewError('NO_ACTOR', 'every action needs the acting user id (--as U123 on the command line).');
  return who;
}

function verdictVerb(v: Verdict): string {
  return v === 'approved' ? 'approve' : v === 'rejected' ? 'reject' : 'request changes to';
}

function codesOf(v: CampaignVersion): string {
  return v.findings.filter((f) => f.severity === 'block').map((f) => f.code).join(', ');
}
