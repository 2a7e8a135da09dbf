/**
 * Who may approve, as the stored policy says: its member ids, and/or a Slack user group whose
 * membership is resolved by an injected function (the bot passes one calling
 * `usergroups.users.list`; the CLI has none, so only the member list counts there).
 */
import type { ApprovalPolicy } from './vocabulary.js';

export interface Committee {
  isMember(userId: string): Promise<boolean>;
  /** For error messages: how membership is decided. */
  describe(): string;
}

export interface CommitteeOptions {
  userIds: readonly string[];
  usergroup?: string | null;
  /** Resolves membership of `usergroup`; called on every action, so a removed member loses the right at once. */
  isMember?: (userId: string) => Promise<boolean>;
}

export function createCommittee(options: CommitteeOptions): Committee {
  const ids = new Set(options.userIds);
  const group = options.usergroup && options.isMember ? { name: options.usergroup, isMember: options.isMember } : null;
  return {
    async isMember(userId) {
      if (ids.has(userId)) return true;
      return group ? group.isMember(userId) : false;
    },
    describe() {
      const parts = [];
      if (ids.size > 0) parts.push(`the members in the approval policy (${[...ids].join(', ')})`);
      if (group) parts.push(`members of the Slack user group ${group.name}`);
      else if (options.usergroup) parts.push(`not the Slack user group ${options.usergroup}, which cannot be checked without Slack (add its members with \`segbot approvals policy --add-member U123\` to act from the command line)`);
      return ids.size > 0 || group ? parts.join(' and ') : `nobody${parts.length ? `, ${parts[0]}` : ': the approval policy has no committee (seed it with SEGBOT_COMMITTEE=U123,U456 on first start, or run `segbot approvals policy --add-member U123`)'}`;
    },
  };
}

export function committeeOf(policy: ApprovalPolicy, isUsergroupMember?: (usergroup: string, userId: string) => Promise<boolean>): Committee {
  const group = policy.usergroup;
  return createCommittee({ userIds: policy.members, usergroup: group, isMember: group && isUsergroupMember ? (u) => isUsergroupMember(group, u) : undefined });
}
