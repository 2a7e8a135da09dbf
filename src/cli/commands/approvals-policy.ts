/**
 * `segbot approvals policy`: the only way to change who may approve, four-eyes and the local
 * user → Slack id map after the first start. Only a committee member may change it (while the
 * committee is empty, the first change must add yourself); every change is in the audit log.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { ReviewError } from '../../errors.js';
import { requireCliIdentity, slackIdOfLocalUser, type PolicyChange } from '../../review/index.js';
import { safeJsonLine } from '../output.js';
import { describePolicy } from './approvals-format.js';
import type { WithServices } from './approvals.js';

interface PolicyFlags {
  addMember: string[];
  removeMember: string[];
  usergroup?: string;
  fourEyes?: 'on' | 'off';
  autoApprove?: 'earned' | 'never';
  mapUser: string[];
  unmapUser: string[];
  json?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

function onOff(value: string): 'on' | 'off' {
  if (value !== 'on' && value !== 'off') throw new InvalidArgumentError('--four-eyes takes on or off.');
  return value;
}

function earnedNever(value: string): 'earned' | 'never' {
  if (value !== 'earned' && value !== 'never') throw new InvalidArgumentError('--auto-approve takes earned or never.');
  return value;
}

function toChange(f: PolicyFlags): PolicyChange | null {
  const mapUsers: Record<string, string> = {};
  for (const pair of f.mapUser) {
    const [local, id, ...rest] = pair.split('=');
    if (!local || !id || rest.length) throw new ReviewError('BAD_USER_ID', `--map-user takes local=SlackId, e.g. --map-user alice=U0123ABCD; got "${pair}".`);
    mapUsers[local] = id;
  }
  const change: PolicyChange = {
    ...(f.addMember.length ? { addMembers: f.addMember } : {}),
    ...(f.removeMember.length ? { removeMembers: f.removeMember } : {}),
    ...(f.usergroup !== undefined ? { usergroup: f.usergroup === 'none' ? null : f.usergroup } : {}),
    ...(f.fourEyes ? { fourEyes: f.fourEyes === 'on' } : {}),
    ...(f.autoApprove ? { autoApprove: f.autoApprove } : {}),
    ...(Object.keys(mapUsers).length ? { mapUsers } : {}),
    ...(f.unmapUser.length ? { unmapUsers: f.unmapUser } : {}),
  };
  return Object.keys(change).length ? change : null;
}

export function registerPolicyCommands(approvals: Command, withServices: WithServices): void {
  approvals
    .command('policy')
    .description('Show the approval policy, or change it (committee members only; audited): members, Slack user group, four-eyes, auto-approval, local user → Slack id map')
    .option('--add-member <ids>', 'add Slack user ids to the committee (repeat or comma-separate)', collect, [])
    .option('--remove-member <ids>', 'remove Slack user ids from the committee', collect, [])
    .option('--usergroup <id>', 'the Slack user group whose members may approve (S0123ABCD), or none')
    .option('--four-eyes <on|off>', 'whether a requester may not approve their own campaign', onOff)
    .option('--auto-approve <earned|never>', 'earned: campaigns the review passes skip the committee; never: every campaign goes to the committee', earnedNever)
    .option('--map-user <local=id>', 'map a local (OS) user to their Slack id, e.g. alice=U0123ABCD', collect, [])
    .option('--unmap-user <local>', 'remove a local user\'s mapping', collect, [])
    .option('--json', 'print the policy as JSON')
    .action(async (flags: PolicyFlags) => {
      const change = toChange(flags);
      await withServices(async (s) => {
        let stored = await s.policy.current();
        if (change) {
          const me = s.localUser();
          // While the committee is empty, a local user may map themselves in the same change that adds them.
          const bootstrap = stored.policy.members.length === 0 && !stored.policy.usergroup;
          const actor = bootstrap && !slackIdOfLocalUser(stored.policy, me) && change.mapUsers?.[me] ? change.mapUsers[me] : requireCliIdentity(stored.policy, me);
          await s.policy.change(actor, change);
          stored = await s.policy.current();
          process.stderr.write(`segbot: policy revision ${stored.revision} by ${actor}\n`);
        }
        process.stdout.write(flags.json ? safeJsonLine(stored) : describePolicy(stored));
      }, { writes: change !== null });
    });
}
