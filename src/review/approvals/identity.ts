/**
 * One identity scheme: Slack user ids. In Slack the id is the signed user id of the request; on
 * the command line it is the local (OS) user mapped to a Slack id by the stored policy. A local
 * user without a mapping may submit (recorded as `local:<name>`) but not act for the committee.
 */
import { ReviewError } from '../../errors.js';
import type { ApprovalPolicy } from './vocabulary.js';

export const LOCAL_PREFIX = 'local:';

/** The Slack id a local user acts as, or null when the policy does not map them. */
export function slackIdOfLocalUser(policy: ApprovalPolicy, localUser: string): string | null {
  return Object.hasOwn(policy.userMap, localUser) ? policy.userMap[localUser] : null;
}

/** The Slack id for a committee action from the command line; refused without a mapping. */
export function requireCliIdentity(policy: ApprovalPolicy, localUser: string): string {
  const id = slackIdOfLocalUser(policy, localUser);
  if (id) return id;
  throw new ReviewError(
    'NO_IDENTITY',
    `local user "${localUser}" has no Slack id in the approval policy, so cannot act for the committee from the command line. A committee member must map it: \`segbot approvals policy --map-user ${localUser}=U123\` (or seed SEGBOT_IDENTITIES=${localUser}:U123 before the first start).`,
  );
}

/** The requester id for a CLI submit: the mapped Slack id, or `local:<name>` when unmapped. */
export function cliRequester(policy: ApprovalPolicy, localUser: string): string {
  return slackIdOfLocalUser(policy, localUser) ?? `${LOCAL_PREFIX}${localUser}`;
}

/** Every id a requester is known by now (a `local:` requester who was mapped later is also their Slack id). */
export function identitiesOf(policy: ApprovalPolicy, requester: string): Set<string> {
  const ids = new Set([requester]);
  if (requester.startsWith(LOCAL_PREFIX)) {
    const mapped = slackIdOfLocalUser(policy, requester.slice(LOCAL_PREFIX.length));
    if (mapped) ids.add(mapped);
  }
  // Legacy CLI requesters were recorded as cli:<user>.
  if (requester.startsWith('cli:')) {
    const mapped = slackIdOfLocalUser(policy, requester.slice(4));
    if (mapped) ids.add(mapped);
  }
  return ids;
}

const SLACK_ID = /^[UW][A-Z0-9_]{2,}$/;

/** Slack user ids look like U0123ABCD (or W… on Enterprise Grid). */
export function assertSlackId(id: string, what: string): string {
  if (!SLACK_ID.test(id)) throw new ReviewError('BAD_USER_ID', `${what} "${id}" is not a Slack user id (U0123ABCD or W0123ABCD).`);
  return id;
}
