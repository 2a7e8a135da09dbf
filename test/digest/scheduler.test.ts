import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { DigestScheduler, type Digest, type DigestPoster } from '../../src/digest/index.js';

const MONDAY_9 = '2026-12-07T09:00:00.000Z';

function fakeDigest(late: { scheduledFor: string } | null): Digest {
  return { data: { late } as Digest['data'], text: { headline: 'h', lines: [], narrator: 'offline' }, blocks: [], markdown: '', chart: null };
}

describe('DigestScheduler', () => {
  let dir: string;
  let store: Store;
  let clock: Date;
  let posts: { channel: string; late: boolean }[];
  let reports: string[];
  let failNext = 0;
  const poster: DigestPoster = {
    async post(digest, channel) {
      if (failNext > 0) {
        failNext--;
        throw new Error('channel_not_found');
      }
      posts.push({ channel, late: digest.data.late !== null });
      return `ts-${posts.length}`;
    },
    async report(message) {
      reports.push(message);
    },
  };
  const scheduler = (owner: string, over: Partial<ConstructorParameters<typeof DigestScheduler>[0]> = {}) =>
    new DigestScheduler({ store, cron: '0 9 * * MON', timezone: 'UTC', channel: 'C0DIGEST', dataset: 'demo', owner, make: async (late) => fakeDigest(late), poster, now: () => clock, sleep: async () => undefined, ...over });

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'segbot-digest-'));
    store = await openStore({ dataDir: dir });
    posts = [];
    reports = [];
    failNext = 0;
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('posts at the scheduled time, once per period, however often it ticks', async () => {
    clock = new Date(MONDAY_9);
    const s = scheduler('a');
    expect(await s.tick()).toMatchObject({ kind: 'posted', period: MONDAY_9, late: false });
    clock = new Date('2026-12-07T09:00:30.000Z');
    expect(await s.tick()).toMatchObject({ kind: 'taken' });
    clock = new Date('2026-12-14T09:00:00.000Z');
    expect(await s.tick()).toMatchObject({ kind: 'posted', period: '2026-12-14T09:00:00.000Z' });
    expect(posts).toHaveLength(2);
  });

  it('catches up a period missed while it was down, once, and says it is late', async () => {
    clock = new Date('2026-12-08T15:00:00.000Z'); // the bot was down on Monday morning
    expect(await scheduler('a').tick()).toMatchObject({ kind: 'posted', period: MONDAY_9, late: true });
    expect(await scheduler('b').tick()).toMatchObject({ kind: 'taken' });
    expect(posts).toEqual([{ channel: 'C0DIGEST', late: true }]);
  });

  it('two instances on one store post once', async () => {
    clock = new Date(MONDAY_9);
    const other = await openStore({ dataDir: dir });
    try {
      const a = scheduler('a');
      const b = scheduler('b', { store: other });
      const [fromA, fromB] = await Promise.all([a.tick(), b.tick()]);
      expect([fromA.kind, fromB.kind].sort()).toEqual(['posted', 'taken']);
      expect([(await a.tick()).kind, (await b.tick()).kind]).toEqual(['taken', 'taken']);
      expect(posts).toHaveLength(1);
    } finally {
      await other.close();
    }
  });

  it('a restart in the middle of a digest posts it once, after the lease runs out', async () => {
    clock = new Date(MONDAY_9);
    // Instance a claims, then dies while making the digest.
    const dying = scheduler('a', { make: () => new Promise<Digest>(() => undefined) });
    void dying.tick();
    await new Promise((r) => setTimeout(r, 50));
    clock = new Date('2026-12-07T09:05:00.000Z');
    expect(await scheduler('b').tick()).toMatchObject({ kind: 'taken' }); // the lease still holds
    clock = new Date('2026-12-07T09:31:00.000Z');
    expect(await scheduler('b').tick()).toMatchObject({ kind: 'posted', late: true });
    clock = new Date('2026-12-07T10:31:00.000Z');
    expect(await scheduler('c').tick()).toMatchObject({ kind: 'taken' });
    expect(posts).toHaveLength(1);
  });

  it('a post that fails three times is reported to the review side and recorded, never retried silently', async () => {
    clock = new Date(MONDAY_9);
    failNext = 3;
    expect(await scheduler('a').tick()).toMatchObject({ kind: 'failed', error: 'channel_not_found' });
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatch(/could not be posted .* after 3 attempts: channel_not_found/);
    expect((await store.digestPosts())[0]).toMatchObject({ state: 'failed', detail: 'channel_not_found' });
    expect(await scheduler('b').tick()).toMatchObject({ kind: 'taken' });
  });

  it('a post that fails twice then works is posted once', async () => {
    clock = new Date(MONDAY_9);
    failNext = 2;
    expect(await scheduler('a').tick()).toMatchObject({ kind: 'posted' });
    expect(reports).toEqual([]);
    expect(posts).toHaveLength(1);
  });

  it('renews the lease while a long digest is made, so a second instance cannot take it over and post too', async () => {
    clock = new Date(MONDAY_9);
    let beat = () => undefined as void;
    let finish: (d: Digest) => void = () => undefined;
    const slow = scheduler('a', { every: (_ms, fn) => ((beat = fn), () => (beat = () => undefined)), make: () => new Promise<Digest>((r) => (finish = r)) });
    const running = slow.tick();
    await until(async () => (await store.digestPosts())[0]?.owner === 'a');
    // Twenty minutes in: the heartbeat renews the 30-minute lease to 09:50.
    clock = new Date('2026-12-07T09:20:00.000Z');
    beat();
    await until(async () => (await store.digestPosts())[0]?.leaseUntil === '2026-12-07T09:50:00.000Z');
    // Past the first lease's end, the claim still holds: another instance does not take it.
    clock = new Date('2026-12-07T09:35:00.000Z');
    expect(await scheduler('b').tick()).toMatchObject({ kind: 'taken' });
    finish(fakeDigest(null));
    expect(await running).toMatchObject({ kind: 'posted', period: MONDAY_9 });
    expect(await scheduler('b').tick()).toMatchObject({ kind: 'taken' });
    expect(posts).toHaveLength(1);
  });

  it('a claimer whose lease passed on (no heartbeat: a frozen process) does not post once it wakes up', async () => {
    clock = new Date(MONDAY_9);
    let finish: (d: Digest) => void = () => undefined;
    const frozen = scheduler('a', { every: () => () => undefined, make: () => new Promise<Digest>((r) => (finish = r)) });
    const running = frozen.tick();
    await until(async () => (await store.digestPosts())[0]?.owner === 'a');
    clock = new Date('2026-12-07T09:31:00.000Z');
    expect(await scheduler('b').tick()).toMatchObject({ kind: 'posted', late: true });
    finish(fakeDigest(null));
    expect(await running).toMatchObject({ kind: 'lost', period: MONDAY_9 });
    expect(posts).toHaveLength(1);
    expect((await store.digestPosts())[0]).toMatchObject({ state: 'posted', owner: 'b' });
  });
});

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('condition not met within 1 s');
}
