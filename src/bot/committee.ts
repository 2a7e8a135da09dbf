/** Committee membership through a Slack user group, read fresh (a short cache) so that a removed member loses the right quickly. */
import type { WebClient } from './deps.js';

export function usergroupMembership(client: WebClient, usergroup: string, ttlMs = 30_000, now = () => Date.now()): (userId: string) => Promise<boolean> {
  let cached: { at: number; users: Set<string> } | null = null;
  return async (userId) => {
    if (!cached || now() - cached.at > ttlMs) {
      const res = await client.usergroups.users.list({ usergroup });
      cached = { at: now(), users: new Set((res.users as string[] | undefined) ?? []) };
    }
    return cached.users.has(userId);
  };
}
