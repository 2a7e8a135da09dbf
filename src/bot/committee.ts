/** Committee membership through a Slack user group, read fresh (a short cache) so that a removed member loses the right quickly. */
import type { WebClient } from './deps.js';

export function usergroupMembership(client: WebClient, ttlMs = 30_000, now = () => Date.now()): (usergroup: string, userId: string) => Promise<boolean> {
  const cache = new Map<string, { at: number; users: Set<string> }>();
  return async (usergroup, userId) => {
    let cached = cache.get(usergroup);
    if (!cached || now() - cached.at > ttlMs) {
      const res = await client.usergroups.users.list({ usergroup });
      cached = { at: now(), users: new Set((res.users as string[] | undefined) ?? []) };
      cache.set(usergroup, cached);
    }
    return cached.users.has(userId);
  };
}
