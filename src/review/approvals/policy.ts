/**
 * The approval policy lives in the store: committee members, the Slack user group, four-eyes,
 * and the map of local users to Slack ids. It is seeded once from start-up configuration when the
 * store has none, and changed only here, by a committee member (or, while the committee is
 * empty, by whoever adds themselves first), each change audited with who changed what.
 */
import { ReviewError } from '../../errors.js';
import { committeeOf } from './committee.js';
import { assertSlackId } from './identity.js';
import { POLICY_SUBJECT, type ApprovalPolicy, type AutoApprove, type ApprovalRepository, type AuditInput, type StoredPolicy } from './vocabulary.js';

export const EMPTY_POLICY: ApprovalPolicy = { members: [], usergroup: null, fourEyes: true, autoApprove: 'earned', userMap: {} };

/** The auto-approval rule in force (policies stored before it existed earn auto-approval). */
export const autoApproveOf = (p: ApprovalPolicy): AutoApprove => p.autoApprove ?? 'earned';

export const CONFIG_ACTOR = 'segbot-config';

export interface PolicyChange {
  addMembers?: string[];
  removeMembers?: string[];
  /** A Slack user group id (S…), or null to remove it. */
  usergroup?: string | null;
  fourEyes?: boolean;
  autoApprove?: AutoApprove;
  /** local user name → Slack id. */
  mapUsers?: Record<string, string>;
  unmapUsers?: string[];
}

/** The policy as an audit entry's detail: what was in force at a decision. */
export function policyDetail(p: StoredPolicy): Record<string, unknown> {
  return { policyRevision: p.revision, members: p.policy.members, usergroup: p.policy.usergroup, fourEyes: p.policy.fourEyes, autoApprove: autoApproveOf(p.policy) };
}

export function applyChange(p: ApprovalPolicy, change: PolicyChange): ApprovalPolicy {
  const members = new Set(p.members);
  for (const m of change.addMembers ?? []) members.add(assertSlackId(m, '--add-member'));
  for (const m of change.removeMembers ?? []) members.delete(m);
  const userMap = { ...p.userMap };
  for (const [local, id] of Object.entries(change.mapUsers ?? {})) {
    if (!/^[\w.@-]+$/.test(local)) throw new ReviewError('BAD_USER_ID', `local user name "${local}" must be letters, digits, ., @, _ or -.`);
    userMap[local] = assertSlackId(id, `--map-user ${local}=`);
  }
  for (const local of change.unmapUsers ?? []) delete userMap[local];
  if (change.usergroup && !/^S[A-Z0-9_]{2,}$/.test(change.usergroup)) throw new ReviewError('BAD_USER_ID', `usergroup "${change.usergroup}" is not a Slack user group id (S0123ABCD).`);
  return {
    members: [...members].sort(),
    usergroup: change.usergroup === undefined ? p.usergroup : change.usergroup,
    fourEyes: change.fourEyes ?? p.fourEyes,
    autoApprove: change.autoApprove ?? autoApproveOf(p),
    userMap: Object.fromEntries(Object.entries(userMap).sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** One line per change, for the audit log's reason: who changed what. */
export function describeChange(before: ApprovalPolicy, after: ApprovalPolicy): string {
  const parts: string[] = [];
  const added = after.members.filter((m) => !before.members.includes(m));
  const removed = before.members.filter((m) => !after.members.includes(m));
  if (added.length) parts.push(`added members ${added.join(', ')}`);
  if (removed.length) parts.push(`removed members ${removed.join(', ')}`);
  if (before.usergroup !== after.usergroup) parts.push(`usergroup ${before.usergroup ?? 'none'} → ${after.usergroup ?? 'none'}`);
  if (autoApproveOf(before) !== autoApproveOf(after)) parts.push(`auto-approve ${autoApproveOf(before)} → ${autoApproveOf(after)}`);
  if (before.fourEyes !== after.fourEyes) parts.push(`four-eyes ${before.fourEyes ? 'on' : 'off'} → ${after.fourEyes ? 'on' : 'off'}`);
  for (const [local, id] of Object.entries(after.userMap)) if (before.userMap[local] !== id) parts.push(`mapped local user ${local} to ${id}`);
  for (const local of Object.keys(before.userMap)) if (!(local in after.userMap)) parts.push(`unmapped local user ${local}`);
  return parts.join('; ') || 'no change';
}

function auditFor(action: 'policy_seeded' | 'policy_changed', actor: string, before: ApprovalPolicy, after: ApprovalPolicy, revision: number): AuditInput {
  return {
    actor,
    action,
    campaignId: POLICY_SUBJECT,
    versionHash: '',
    fromState: null,
    toState: 'policy',
    reason: describeChange(before, after),
    detail: { revision, before, after },
  };
}

export class PolicyService {
  constructor(
    private readonly store: ApprovalRepository,
    private readonly isUsergroupMember?: (usergroup: string, userId: string) => Promise<boolean>,
  ) {}

  /** The policy in force (an empty committee with four-eyes on before anything was seeded). */
  async current(): Promise<StoredPolicy> {
    return (await this.store.policy()) ?? { revision: 0, policy: EMPTY_POLICY, updatedBy: '', updatedAt: '' };
  }

  /** Writes the start-up policy if the store has none yet; a stored policy always wins. True if it seeded. */
  async seed(policy: ApprovalPolicy): Promise<boolean> {
    if (await this.store.policy()) return false;
    const seeded = applyChange(EMPTY_POLICY, { addMembers: policy.members, usergroup: policy.usergroup, fourEyes: policy.fourEyes, autoApprove: autoApproveOf(policy), mapUsers: policy.userMap });
    return this.store.setPolicy(0, seeded, auditFor('policy_seeded', CONFIG_ACTOR, EMPTY_POLICY, seeded, 1));
  }

  /**
   * Changes the policy on behalf of `actor` (a Slack id). Refused unless the actor is on the
   * committee; while the committee is empty, only a change that makes the actor a member is allowed.
   */
  async change(actor: string, change: PolicyChange): Promise<StoredPolicy> {
    const current = await this.current();
    const next = applyChange(current.policy, change);
    const bootstrap = current.policy.members.length === 0 && !current.policy.usergroup;
    if (bootstrap) {
      if (!next.members.includes(actor)) throw new ReviewError('NOT_COMMITTEE_MEMBER', `the approval committee is empty: the first policy change must add yourself (--add-member ${actor}).`);
    } else if (!(await committeeOf(current.policy, this.isUsergroupMember).isMember(actor))) {
      throw new ReviewError('NOT_COMMITTEE_MEMBER', `${actor} is not on the approval committee, so cannot change the approval policy.`);
    }
    if (!bootstrap && next.members.length === 0 && !next.usergroup) throw new ReviewError('EMPTY_COMMITTEE', 'this change would leave the approval committee empty; add another member first.');
    const audit = auditFor('policy_changed', actor, current.policy, next, current.revision + 1);
    if (!(await this.store.setPolicy(current.revision, next, audit))) {
      throw new ReviewError('CONCURRENT_CHANGE', 'the approval policy was changed by someone else just now; run `segbot approvals policy` to see it and try again.');
    }
    return { revision: current.revision + 1, policy: next, updatedBy: actor, updatedAt: '' };
  }
}
