/** State-machine tests of the approval service, run on every store. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ApprovalService, createCommittee, type CampaignForReview } from '../../src/review/index.js';
import type { Store } from '../../src/store/index.js';
import type { StoreHarness } from '../store/contract.js';

export const REQUESTER = 'U_REQUESTER';
export const MEMBER_A = 'U_ALICE';
export const MEMBER_B = 'U_BOB';

/** Flagged for review (watching tone), never blocked. */
export const flaggedCampaign: CampaignForReview = {
  id: 'S1-c1',
  segment_stats: { size: 420 },
  campaign: { channel: 'email', audience: 'Customers who bought coffee in the last 90 days', message: 'We noticed you like our coffee. Try the new roast!', offer: '15% off the new roast' },
};
export const blockedCampaign: CampaignForReview = {
  id: 'S2-c1',
  segment_stats: { size: 300 },
  campaign: { channel: 'email', audience: 'Customers predicted to be pregnant from their purchases', message: 'Big changes ahead!', offer: '15% off baby care' },
};
export const cleanCampaign: CampaignForReview = {
  id: 'S3-c1',
  segment_stats: { size: 500 },
  campaign: { channel: 'email', audience: 'Customers who bought a tent last year', message: 'Complete your camping kit.', offer: '20% off sleeping bags' },
};

export function approvalSuite(harness: StoreHarness): void {
  let store: Store;
  let clock: number;
  const service = (s: Store, fourEyes = true) =>
    new ApprovalService({
      store: s,
      committee: createCommittee({ userIds: [MEMBER_A, MEMBER_B, REQUESTER] }),
      fourEyes,
      now: () => new Date(Date.UTC(2026, 0, 5, 9, 0, clock++)),
    });

  beforeEach(async () => {
    clock = 0;
    store = await harness.open();
  });
  afterEach(async () => {
    await store.close();
    await harness.cleanup();
  });

  it('auto-approves a clean campaign and lets it be shared', async () => {
    const s = service(store);
    const { version } = await s.submit(cleanCampaign, REQUESTER);
    expect(version.state).toBe('auto_approved');
    expect(await s.canShare(cleanCampaign.id, version.hash)).toBe(true);
    expect((await s.markShared(cleanCampaign.id, REQUESTER)).state).toBe('shared');
  });

  it('flags a risky campaign and approves it on a committee member’s word', async () => {
    const s = service(store);
    const { version } = await s.submit(flaggedCampaign, REQUESTER);
    expect(version.state).toBe('flagged');
    expect(await s.canShare(flaggedCampaign.id, version.hash)).toBe(false);
    await expect(s.markShared(flaggedCampaign.id, REQUESTER)).rejects.toMatchObject({ code: 'NOT_APPROVED' });
    const approved = await s.approve(flaggedCampaign.id, MEMBER_A, { versionHash: version.hash.slice(0, 12), reason: 'tone is mild' });
    expect(approved.state).toBe('approved');
    expect(await s.canShare(flaggedCampaign.id, version.hash)).toBe(true);
  });

  it('refuses an approval by someone not on the committee', async () => {
    const s = service(store);
    await s.submit(flaggedCampaign, REQUESTER);
    await expect(s.approve(flaggedCampaign.id, 'U_MALLORY')).rejects.toMatchObject({ code: 'NOT_COMMITTEE_MEMBER', message: expect.stringMatching(/U_MALLORY is not on the approval committee/) });
    expect((await store.latestVersion(flaggedCampaign.id))?.state).toBe('flagged');
  });

  it('asks a Slack user group through the injected membership check on every action', async () => {
    const asked: string[] = [];
    const s = new ApprovalService({ store, committee: createCommittee({ userIds: [], usergroup: 'S_COMMITTEE', isMember: async (u) => (asked.push(u), u === MEMBER_B) }) });
    await s.submit(flaggedCampaign, REQUESTER);
    await expect(s.approve(flaggedCampaign.id, MEMBER_A)).rejects.toMatchObject({ code: 'NOT_COMMITTEE_MEMBER' });
    await s.approve(flaggedCampaign.id, MEMBER_B);
    expect(asked).toEqual([MEMBER_A, MEMBER_B]);
  });

  it('refuses a second approval of the same version, naming who decided', async () => {
    const s = service(store);
    await s.submit(flaggedCampaign, REQUESTER);
    await s.approve(flaggedCampaign.id, MEMBER_A);
    await expect(s.approve(flaggedCampaign.id, MEMBER_B)).rejects.toMatchObject({ code: 'NOT_PENDING', message: expect.stringMatching(/is approved by U_ALICE/) });
    await expect(s.approve(flaggedCampaign.id, MEMBER_A)).rejects.toMatchObject({ code: 'NOT_PENDING' });
    expect(await store.approvals(flaggedCampaign.id, 1)).toHaveLength(1);
  });

  it('lets exactly one of two simultaneous decisions win', async () => {
    const s = service(store);
    await s.submit(flaggedCampaign, REQUESTER);
    const outcomes = await Promise.allSettled([s.approve(flaggedCampaign.id, MEMBER_A), s.reject(flaggedCampaign.id, MEMBER_B, { reason: 'too pushy' })]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const loser = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(['CONCURRENT_CHANGE', 'NOT_PENDING']).toContain(loser.reason.code);
    const decided = (await s.history(flaggedCampaign.id)).filter((e) => e.fromState === 'flagged');
    expect(decided).toHaveLength(1);
  });

  it('refuses an approval of a stale version after an edit, and reviews the edit again', async () => {
    const s = service(store);
    const v1 = (await s.submit(flaggedCampaign, REQUESTER)).version;
    const edited = { ...flaggedCampaign, campaign: { ...flaggedCampaign.campaign, message: 'We noticed you like our coffee. Try the new roast today!' } };
    const v2 = (await s.submit(edited, REQUESTER)).version;
    expect(v2.version).toBe(2);
    expect(v2.state).toBe('flagged');
    await expect(s.approve(flaggedCampaign.id, MEMBER_A, { versionHash: v1.hash })).rejects.toMatchObject({ code: 'STALE_VERSION', message: expect.stringMatching(/you read version 1, but its current text is version 2/) });
    await s.approve(flaggedCampaign.id, MEMBER_A, { versionHash: v2.hash });
    expect(await s.canShare(flaggedCampaign.id, v1.hash)).toBe(false);
    expect(await s.canShare(flaggedCampaign.id, v2.hash)).toBe(true);
  });

  it('keeps an approval when the same text is submitted again', async () => {
    const s = service(store);
    await s.submit(flaggedCampaign, REQUESTER);
    await s.approve(flaggedCampaign.id, MEMBER_A);
    const again = await s.submit({ ...flaggedCampaign }, REQUESTER);
    expect(again).toMatchObject({ created: false, version: { version: 1, state: 'approved' } });
  });

  it('refuses the requester approving their own campaign under four-eyes, allows it when four-eyes is off', async () => {
    await service(store).submit(flaggedCampaign, REQUESTER);
    await expect(service(store).approve(flaggedCampaign.id, REQUESTER)).rejects.toMatchObject({ code: 'FOUR_EYES' });
    expect((await service(store, false).approve(flaggedCampaign.id, REQUESTER)).state).toBe('approved');
  });

  it('never approves or shares a blocked campaign, but lets the committee reject it', async () => {
    const s = service(store);
    const { version } = await s.submit(blockedCampaign, REQUESTER);
    expect(version).toMatchObject({ state: 'flagged', decision: 'block' });
    await expect(s.approve(blockedCampaign.id, MEMBER_A)).rejects.toMatchObject({ code: 'BLOCKED', message: expect.stringMatching(/SENSITIVE_INFERENCE_PREGNANCY/) });
    await expect(s.markShared(blockedCampaign.id, MEMBER_A)).rejects.toMatchObject({ code: 'BLOCKED' });
    expect(await s.canShare(blockedCampaign.id, version.hash)).toBe(false);
    expect((await s.reject(blockedCampaign.id, MEMBER_A, { reason: 'infers pregnancy' })).state).toBe('rejected');
  });

  it('needs a reason to reject or request changes', async () => {
    const s = service(store);
    await s.submit(flaggedCampaign, REQUESTER);
    await expect(s.reject(flaggedCampaign.id, MEMBER_A, {})).rejects.toMatchObject({ code: 'REASON_REQUIRED' });
    await expect(s.requestChanges(flaggedCampaign.id, MEMBER_A, { reason: '  ' })).rejects.toMatchObject({ code: 'REASON_REQUIRED' });
    expect((await s.requestChanges(flaggedCampaign.id, MEMBER_A, { reason: 'drop "we noticed"' })).state).toBe('changes_requested');
  });

  it('refuses an unknown campaign and a too-short version hash', async () => {
    const s = service(store);
    await expect(s.approve('nope', MEMBER_A)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await s.submit(flaggedCampaign, REQUESTER);
    await expect(s.approve(flaggedCampaign.id, MEMBER_A, { versionHash: 'abc' })).rejects.toMatchObject({ code: 'BAD_VERSION_HASH' });
    await expect(s.approve(flaggedCampaign.id, MEMBER_A, { versionHash: 'deadbeef00' })).rejects.toMatchObject({ code: 'UNKNOWN_VERSION' });
    await expect(s.approve(flaggedCampaign.id, ' ')).rejects.toMatchObject({ code: 'NO_ACTOR' });
  });

  it('keeps a pending approval across a restart in the middle of a review', async () => {
    const v = (await service(store).submit(flaggedCampaign, REQUESTER)).version;
    store = await harness.reopen(store);
    const s = service(store);
    expect((await s.pending()).map((p) => p.campaignId)).toEqual([flaggedCampaign.id]);
    await s.approve(flaggedCampaign.id, MEMBER_A, { versionHash: v.hash });
    store = await harness.reopen(store);
    expect((await store.latestVersion(flaggedCampaign.id))?.state).toBe('approved');
  });

  it('writes every transition to the audit log: who, when, what, which version, why', async () => {
    const s = service(store);
    const v1 = (await s.submit(flaggedCampaign, REQUESTER)).version;
    await s.requestChanges(flaggedCampaign.id, MEMBER_A, { reason: 'drop "we noticed"' });
    const edited = { ...flaggedCampaign, campaign: { ...flaggedCampaign.campaign, message: 'Try the new roast!' } };
    const v2 = (await s.submit(edited, REQUESTER)).version;
    await s.markShared(flaggedCampaign.id, MEMBER_B);
    const log = await s.history(flaggedCampaign.id);
    expect(log.map((e) => [e.actor, e.action, e.fromState, e.toState, e.version, e.versionHash])).toEqual([
      [REQUESTER, 'submitted', null, 'draft', 1, v1.hash],
      ['segbot-reviewer', 'reviewed', 'draft', 'flagged', 1, v1.hash],
      [MEMBER_A, 'changes_requested', 'flagged', 'changes_requested', 1, v1.hash],
      [REQUESTER, 'submitted', null, 'draft', 2, v2.hash],
      ['segbot-reviewer', 'reviewed', 'draft', 'auto_approved', 2, v2.hash],
      [MEMBER_B, 'shared', 'auto_approved', 'shared', 2, v2.hash],
    ]);
    expect(log[1].reason).toMatch(/decision review: SURVEILLANCE_TONE \(review\)/);
    expect(log[2].reason).toBe('drop "we noticed"');
    expect(log.map((e) => e.at)).toEqual([...log.map((e) => e.at)].sort());
    expect(log.map((e) => e.seq)).toEqual([...log.map((e) => e.seq)].sort((a, b) => a - b));
  });
}
