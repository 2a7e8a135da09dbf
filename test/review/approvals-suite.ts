/** State-machine tests of the approval service, run on every store. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ApprovalService, type ApprovalPolicy, type CampaignForReview } from '../../src/review/index.js';
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
  // An audience the review understands (recency): auto-approved. A product-chosen audience goes to the committee (issue 24).
  campaign: { channel: 'email', audience: 'Customers who have not purchased in the last 180 days', message: 'Our camping range is back.', offer: '20% off sleeping bags' },
};

export const COMMITTEE: ApprovalPolicy = { members: [MEMBER_A, MEMBER_B, REQUESTER], usergroup: null, fourEyes: true, userMap: {} };

/** A service on `store` with the committee policy seeded (a stored policy wins over the seed). */
export async function serviceOn(store: Store, policy: ApprovalPolicy = COMMITTEE, isUsergroupMember?: (g: string, u: string) => Promise<boolean>): Promise<ApprovalService> {
  const s = new ApprovalService({ store, isUsergroupMember });
  await s.policy.seed(policy);
  return s;
}

/** The latest version's hash: what an approver who just read the campaign names. */
export async function seen(s: ApprovalService, campaignId: string): Promise<string> {
  return (await s.get(campaignId)).hash;
}

export function approvalSuite(harness: StoreHarness): void {
  let store: Store;

  beforeEach(async () => {
    store = await harness.open();
  });
  afterEach(async () => {
    await store.close();
    await harness.cleanup();
  });

  const decide = async (s: ApprovalService, verb: 'approve' | 'reject' | 'requestChanges' | 'markShared', campaignId: string, actor: string, reason?: string) =>
    s[verb]({ campaignId, versionHash: await seen(s, campaignId), actor, reason });

  it('auto-approves a clean campaign and lets a committee member record it as shared', async () => {
    const s = await serviceOn(store);
    const { version } = await s.submit(cleanCampaign, REQUESTER);
    expect(version.state).toBe('auto_approved');
    expect(await s.canShare(cleanCampaign.id, version.hash)).toBe(true);
    expect((await decide(s, 'markShared', cleanCampaign.id, MEMBER_A)).state).toBe('shared');
  });

  it('flags a risky campaign and approves it on a committee member’s word', async () => {
    const s = await serviceOn(store);
    const { version } = await s.submit(flaggedCampaign, REQUESTER);
    expect(version.state).toBe('flagged');
    expect(await s.canShare(flaggedCampaign.id, version.hash)).toBe(false);
    await expect(decide(s, 'markShared', flaggedCampaign.id, MEMBER_A)).rejects.toMatchObject({ code: 'NOT_APPROVED' });
    const approved = await s.approve({ campaignId: flaggedCampaign.id, versionHash: version.hash.slice(0, 12), actor: MEMBER_A, reason: 'tone is mild' });
    expect(approved.state).toBe('approved');
    expect(await s.canShare(flaggedCampaign.id, version.hash)).toBe(true);
  });

  it('refuses an approval by someone not on the committee', async () => {
    const s = await serviceOn(store);
    await s.submit(flaggedCampaign, REQUESTER);
    await expect(decide(s, 'approve', flaggedCampaign.id, 'U_MALLORY')).rejects.toMatchObject({ code: 'NOT_COMMITTEE_MEMBER', message: expect.stringMatching(/U_MALLORY is not on the approval committee/) });
    expect((await store.latestVersion(flaggedCampaign.id))?.state).toBe('flagged');
  });

  it('asks a Slack user group through the injected membership check on every action', async () => {
    const asked: string[] = [];
    const s = await serviceOn(store, { members: [], usergroup: 'S_COMMITTEE', fourEyes: true, userMap: {} }, async (g, u) => (asked.push(`${g}:${u}`), u === MEMBER_B));
    await s.submit(flaggedCampaign, REQUESTER);
    await expect(decide(s, 'approve', flaggedCampaign.id, MEMBER_A)).rejects.toMatchObject({ code: 'NOT_COMMITTEE_MEMBER' });
    await decide(s, 'approve', flaggedCampaign.id, MEMBER_B);
    expect(asked).toEqual([`S_COMMITTEE:${MEMBER_A}`, `S_COMMITTEE:${MEMBER_B}`]);
  });

  it('refuses a second approval of the same version, naming who decided', async () => {
    const s = await serviceOn(store);
    await s.submit(flaggedCampaign, REQUESTER);
    await decide(s, 'approve', flaggedCampaign.id, MEMBER_A);
    await expect(decide(s, 'approve', flaggedCampaign.id, MEMBER_B)).rejects.toMatchObject({ code: 'NOT_PENDING', message: expect.stringMatching(/is approved by U_ALICE/) });
    await expect(decide(s, 'approve', flaggedCampaign.id, MEMBER_A)).rejects.toMatchObject({ code: 'NOT_PENDING' });
    expect(await store.approvals(flaggedCampaign.id, 1)).toHaveLength(1);
  });

  it('lets exactly one of two simultaneous decisions win', async () => {
    const s = await serviceOn(store);
    const { version } = await s.submit(flaggedCampaign, REQUESTER);
    const versionHash = version.hash;
    const outcomes = await Promise.allSettled([
      s.approve({ campaignId: flaggedCampaign.id, versionHash, actor: MEMBER_A }),
      s.reject({ campaignId: flaggedCampaign.id, versionHash, actor: MEMBER_B, reason: 'too pushy' }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const loser = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(['CONCURRENT_CHANGE', 'NOT_PENDING']).toContain(loser.reason.code);
    const decided = (await s.history(flaggedCampaign.id)).filter((e) => e.fromState === 'flagged');
    expect(decided).toHaveLength(1);
  });

  it('refuses an approval of a stale version after an edit, naming the latest, and reviews the edit again', async () => {
    const s = await serviceOn(store);
    const v1 = (await s.submit(flaggedCampaign, REQUESTER)).version;
    const edited = { ...flaggedCampaign, campaign: { ...flaggedCampaign.campaign, message: 'We noticed you like our coffee. Try the new roast today!' } };
    const v2 = (await s.submit(edited, REQUESTER)).version;
    expect(v2.version).toBe(2);
    expect(v2.state).toBe('flagged');
    await expect(s.approve({ campaignId: flaggedCampaign.id, versionHash: v1.hash, actor: MEMBER_A })).rejects.toMatchObject({
      code: 'STALE_VERSION',
      message: expect.stringMatching(new RegExp(`you read version 1, but its current text is version 2 \\(${v2.hash.slice(0, 12)}\\)`)),
    });
    await s.approve({ campaignId: flaggedCampaign.id, versionHash: v2.hash, actor: MEMBER_A });
    expect(await s.canShare(flaggedCampaign.id, v1.hash)).toBe(false);
    expect(await s.canShare(flaggedCampaign.id, v2.hash)).toBe(true);
  });

  it('keeps an approval when the same text is submitted again', async () => {
    const s = await serviceOn(store);
    await s.submit(flaggedCampaign, REQUESTER);
    await decide(s, 'approve', flaggedCampaign.id, MEMBER_A);
    const again = await s.submit({ ...flaggedCampaign }, REQUESTER);
    expect(again).toMatchObject({ created: false, version: { version: 1, state: 'approved' } });
  });

  it('reviews an auto-approved text again when it is resubmitted: after the policy changes to "never" it goes to the committee as a new version', async () => {
    const s = await serviceOn(store);
    expect((await s.submit(cleanCampaign, REQUESTER)).version).toMatchObject({ version: 1, state: 'auto_approved' });
    expect(await s.submit({ ...cleanCampaign }, REQUESTER)).toMatchObject({ created: false, version: { version: 1 } });
    await s.policy.change(MEMBER_A, { autoApprove: 'never' });
    const again = await s.submit({ ...cleanCampaign }, REQUESTER);
    expect(again).toMatchObject({ created: true, version: { version: 2, state: 'flagged', findings: [{ code: 'POLICY_COMMITTEE_FOR_ALL' }] } });
    expect(await s.canShare(cleanCampaign.id, again.version.hash)).toBe(false);
    // The store applies the same rule inside its transaction (two submissions racing past the fast path).
    const raced = await store.addVersion({ ...again.version, state: 'flagged' }, []);
    expect(raced).toMatchObject({ created: false, version: { version: 2 } });
  });

  it('keeps a committee approval when the same text is submitted after the policy changed', async () => {
    const s = await serviceOn(store);
    await s.submit(flaggedCampaign, REQUESTER);
    await decide(s, 'approve', flaggedCampaign.id, MEMBER_A);
    await s.policy.change(MEMBER_A, { autoApprove: 'never' });
    expect(await s.submit({ ...flaggedCampaign }, REQUESTER)).toMatchObject({ created: false, version: { version: 1, state: 'approved' } });
  });

  it('refuses the requester approving their own campaign under four-eyes; four-eyes off is a stored policy change', async () => {
    const s = await serviceOn(store);
    await s.submit(flaggedCampaign, REQUESTER);
    await expect(decide(s, 'approve', flaggedCampaign.id, REQUESTER)).rejects.toMatchObject({ code: 'FOUR_EYES' });
    await s.policy.change(MEMBER_A, { fourEyes: false });
    expect((await decide(s, 'approve', flaggedCampaign.id, REQUESTER)).state).toBe('approved');
    const approved = (await s.history(flaggedCampaign.id)).find((e) => e.action === 'approved');
    expect(approved?.detail).toMatchObject({ fourEyes: false, policyRevision: 2 });
  });

  it('never approves or shares a blocked campaign, but lets the committee reject it', async () => {
    const s = await serviceOn(store);
    const { version } = await s.submit(blockedCampaign, REQUESTER);
    expect(version).toMatchObject({ state: 'flagged', decision: 'block' });
    await expect(decide(s, 'approve', blockedCampaign.id, MEMBER_A)).rejects.toMatchObject({ code: 'BLOCKED', message: expect.stringMatching(/SENSITIVE_INFERENCE_PREGNANCY/) });
    await expect(decide(s, 'markShared', blockedCampaign.id, MEMBER_A)).rejects.toMatchObject({ code: 'BLOCKED' });
    expect(await s.canShare(blockedCampaign.id, version.hash)).toBe(false);
    expect((await decide(s, 'reject', blockedCampaign.id, MEMBER_A, 'infers pregnancy')).state).toBe('rejected');
  });

  it('needs a reason to reject or request changes', async () => {
    const s = await serviceOn(store);
    await s.submit(flaggedCampaign, REQUESTER);
    await expect(decide(s, 'reject', flaggedCampaign.id, MEMBER_A)).rejects.toMatchObject({ code: 'REASON_REQUIRED' });
    await expect(decide(s, 'requestChanges', flaggedCampaign.id, MEMBER_A, '  ')).rejects.toMatchObject({ code: 'REASON_REQUIRED' });
    expect((await decide(s, 'requestChanges', flaggedCampaign.id, MEMBER_A, 'drop "we noticed"')).state).toBe('changes_requested');
  });

  it('refuses an unknown campaign, a missing or too-short version hash, and no actor', async () => {
    const s = await serviceOn(store);
    await expect(s.approve({ campaignId: 'nope', versionHash: 'deadbeef', actor: MEMBER_A })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const { version } = await s.submit(flaggedCampaign, REQUESTER);
    await expect(s.approve({ campaignId: flaggedCampaign.id, versionHash: '', actor: MEMBER_A })).rejects.toMatchObject({ code: 'VERSION_HASH_REQUIRED', message: expect.stringContaining(version.hash.slice(0, 12)) });
    await expect(s.approve({ campaignId: flaggedCampaign.id, versionHash: 'abc', actor: MEMBER_A })).rejects.toMatchObject({ code: 'BAD_VERSION_HASH' });
    await expect(s.approve({ campaignId: flaggedCampaign.id, versionHash: 'deadbeef00', actor: MEMBER_A })).rejects.toMatchObject({ code: 'UNKNOWN_VERSION' });
    await expect(s.approve({ campaignId: flaggedCampaign.id, versionHash: version.hash, actor: ' ' })).rejects.toMatchObject({ code: 'NO_ACTOR' });
  });

  it('keeps a pending approval across a restart in the middle of a review', async () => {
    const v = (await (await serviceOn(store)).submit(flaggedCampaign, REQUESTER)).version;
    store = await harness.reopen(store);
    const s = await serviceOn(store);
    expect((await s.pending()).map((p) => p.campaignId)).toEqual([flaggedCampaign.id]);
    await s.approve({ campaignId: flaggedCampaign.id, versionHash: v.hash, actor: MEMBER_A });
    store = await harness.reopen(store);
    expect((await store.latestVersion(flaggedCampaign.id))?.state).toBe('approved');
  });

  it('writes every transition to the audit log: who, when, what, which version, the policy in force, why', async () => {
    const s = await serviceOn(store);
    const v1 = (await s.submit(flaggedCampaign, REQUESTER)).version;
    await decide(s, 'requestChanges', flaggedCampaign.id, MEMBER_A, 'drop "we noticed"');
    // The edit also widens the audience to one the review understands (recency): a product-chosen audience would go to the committee (issue 24).
    const edited = { ...flaggedCampaign, campaign: { ...flaggedCampaign.campaign, audience: 'Customers who have purchased in the last 90 days', message: 'Try the new roast!' } };
    const v2 = (await s.submit(edited, REQUESTER)).version;
    await decide(s, 'markShared', flaggedCampaign.id, MEMBER_B);
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
    expect(log[2].detail).toEqual({ policyRevision: 1, members: [MEMBER_A, MEMBER_B, REQUESTER].sort(), usergroup: null, fourEyes: true, autoApprove: 'earned' });
    expect(log.map((e) => e.at)).toEqual([...log.map((e) => e.at)].sort());
    expect(log.map((e) => e.seq)).toEqual([...log.map((e) => e.seq)].sort((a, b) => a - b));
    expect((await s.verify()).ok).toBe(true);
  });
}
