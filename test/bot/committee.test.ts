/** Committee membership through a Slack user group: cached briefly, and an error from Slack is never a yes. */
import { describe, expect, it } from 'vitest';
import { usergroupMembership } from '../../src/bot/committee.js';
import type { WebClient } from '../../src/bot/deps.js';

function fakeClient(answers: (() => unknown)[]) {
  const calls: string[] = [];
  const client = {
    usergroups: {
      users: {
        list: async ({ usergroup }: { usergroup: string }) => {
          calls.push(usergroup);
          const next = answers.length > 1 ? answers.shift()! : answers[0]!;
          return next();
        },
      },
    },
  } as unknown as WebClient;
  return { client, calls };
}

describe('usergroupMembership', () => {
  it('answers from the group list and caches it for the TTL', async () => {
    let now = 1000;
    const { client, calls } = fakeClient([() => ({ ok: true, users: ['U1', 'U2'] })]);
    const isMember = usergroupMembership(client, 30_000, () => now);
    expect(await isMember('S1', 'U1')).toBe(true);
    expect(await isMember('S1', 'U3')).toBe(false);
    now += 29_000;
    expect(await isMember('S1', 'U2')).toBe(true);
    expect(calls).toEqual(['S1']);
    now += 2_000;
    await isMember('S1', 'U2');
    expect(calls).toEqual(['S1', 'S1']);
  });

  it('a removed member loses the right once the cache expires', async () => {
    let now = 0;
    const { client } = fakeClient([() => ({ ok: true, users: ['U1'] }), () => ({ ok: true, users: [] })]);
    const isMember = usergroupMembership(client, 1000, () => now);
    expect(await isMember('S1', 'U1')).toBe(true);
    now = 1001;
    expect(await isMember('S1', 'U1')).toBe(false);
  });

  it('caches each group on its own', async () => {
    const { client, calls } = fakeClient([() => ({ ok: true, users: ['U1'] })]);
    const isMember = usergroupMembership(client, 30_000, () => 0);
    await isMember('S1', 'U1');
    await isMember('S2', 'U1');
    expect(calls).toEqual(['S1', 'S2']);
  });

  it('an error from Slack means not a member (no throw), is logged, and is not cached', async () => {
    const warnings: string[] = [];
    const { client, calls } = fakeClient([
      () => {
        throw Object.assign(new Error('An API error occurred: no_such_subteam'), { data: { ok: false, error: 'no_such_subteam' } });
      },
      () => ({ ok: true, users: ['U1'] }),
    ]);
    const isMember = usergroupMembership(client, 30_000, () => 0, (m) => warnings.push(m));
    expect(await isMember('S1', 'U1')).toBe(false);
    expect(warnings.join('\n')).toContain('no_such_subteam');
    expect(await isMember('S1', 'U1')).toBe(true);
    expect(calls).toHaveLength(2);
  });

  it('a malformed answer (no list, not strings, ok:false) is never a yes and is not cached', async () => {
    for (const bad of [{ ok: true }, { ok: true, users: 'U1' }, { ok: true, users: [1, null, { id: 'U1' }] }, { ok: false, users: ['U1'] }, null]) {
      const { client, calls } = fakeClient([() => bad, () => ({ ok: true, users: ['U1'] })]);
      const isMember = usergroupMembership(client, 30_000, () => 0, () => {});
      expect(await isMember('S1', 'U1'), JSON.stringify(bad)).toBe(false);
      expect(await isMember('S1', 'U1')).toBe(true);
      expect(calls).toHaveLength(2);
    }
  });

  it('concurrent checks of one group share one request', async () => {
    const { client, calls } = fakeClient([() => new Promise((r) => setTimeout(() => r({ ok: true, users: ['U1'] }), 20))]);
    const isMember = usergroupMembership(client, 30_000, () => 0);
    const answers = await Promise.all(Array.from({ length: 10 }, () => isMember('S1', 'U1')));
    expect(answers.every(Boolean)).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it('an empty user id or group is never a member', async () => {
    const { client } = fakeClient([() => ({ ok: true, users: ['', 'U1'] })]);
    const isMember = usergroupMembership(client, 30_000, () => 0);
    expect(await isMember('S1', '')).toBe(false);
    expect(await isMember('', 'U1')).toBe(false);
  });
});
