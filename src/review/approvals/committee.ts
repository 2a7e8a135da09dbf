/**
 * Who may approve: a configured list of user ids, and/or a Slack user group whose membership is
 * resolved by an injected function (the bot passes one calling `usergroups.users.list`; the CLI
 * has none, so only the list counts there).
 */
export interface Committee {
  isMember(userId: string): Promise<boolean>;
  /** For error messages: how membership is decided. */
  describe(): string;
}

export interface CommitteeOptions {
  userIds: readonly string[];
  usergroup?: string;
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
      if (ids.size > 0) parts.push(`the users listed in SEGBOT_COMMITTEE (${[...ids].join(', ')})`);
      if (group) parts.push(`members of the Slack user group ${group.name}`);
      else if (options.usergroup) parts.push(`not the Slack user group ${options.usergroup}, which cannot be checked without Slack (list its members in SEGBOT_COMMITTEE to act from the command line)`);
      return ids.size > 0 || group ? parts.join(' and ') : `nobody${parts.length ? `, ${parts[0]}` : ': no committee is configured (set SEGBOT_COMMITTEE=U123,U456 or, with Slack, SEGBOT_COMMITTEE_USERGROUP)'}`;
    },
  };
}
