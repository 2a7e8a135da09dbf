/**
 * Committee membership through a Slack user group, read fresh (a short cache) so that a removed member
 * loses the right quickly. Fails closed: an error or a malformed answer from Slack means "not a member"
 * (logged, never cached), so that a Slack outage can refuse a click but never grant one.
 */
import type { WebClient } from './deps.js';

export function usergroupMembership(
  client: WebClient,
  ttlMs = 30_000,
  now = () => Date.now(),
  warn: (message: string) => void = (m) => process.stderr.write(`segbot: warning: ${m}\n`),
): (usergroup: string, userId: string) => Promise<boolean> {
  const cache = new Map<string, { at: number; users: Set<string> }>();
  /** One request per group at a time: concurrent clicks share it. */
  const inFlight = new Map<string, Promise<Set<string> | null>>();

  const fetchGroup = async (usergroup: string): Promise<Set<string> | null> => {
    try {
      const res = (await client.usergroups.users.list({ usergroup })) as { ok?: unknown; users?: unknown } | null;
      if (!res || res.ok !== true || !Array.isArray(res.users) || !res.users.every((u) => typeof u === 'string')) {
        warn(`usergroups.users.list for ${usergroup} gave a malformed answer; treating everyone as not a committee member`);
        return null;
      }
      const users = new Set((res.users as string[]).filter((u) => u !== ''));
      cache.set(usergroup, { at: now(), users });
      return users;
    } catch (error) {
      const e = error as { data?: { error?: string }; code?: string };
      warn(`usergroups.users.list for ${usergroup} failed (${e?.data?.error ?? e?.code ?? (error instanceof Error ? error.message : 'error')}); treating everyone as not a committee member`);
      return null;
    }
  };

  return async (usergroup, userId) => {
    if (!usergroup || !userId) return false;
    const cached = cache.get(usergroup);
    if (cached && now() - cached.at <= ttlMs) return cached.users.has(userId);
    let pending = inFlight.get(usergroup);
    if (!pending) {
      pending = fetchGroup(usergroup).finally(() => inFlight.delete(usergroup));
      inFlight.set(usergroup, pending);
    }
    const users = await pending;
    return users !== null && users.has(userId);
  };
}
