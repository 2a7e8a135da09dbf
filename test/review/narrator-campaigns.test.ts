/**
 * The reviewer on what the offline narrator really writes: its playbook campaigns must not be
 * blocked, and its audience wording ("all customers of segment S1…") must count as chosen by
 * behaviour, so a sensitive trait added to it is still caught.
 */
import { describe, expect, it } from 'vitest';
import { OfflineNarrator, campaignsForReview } from '../../src/narrative/index.js';
import { CampaignForReview, reviewCampaign } from '../../src/review/index.js';
import { customerTableFixture, fixtureResult } from '../narrative/fixtures.js';

describe('offline narrator campaigns', () => {
  it('are auto-approved on a segment built from non-sensitive features (issue 24), read from the profile the narrator passes', async () => {
    const campaigns = campaignsForReview(await new OfflineNarrator().narrate(fixtureResult())).map((c) => CampaignForReview.parse(c));
    expect(campaigns.length).toBeGreaterThan(0);
    for (const c of campaigns) expect((c.segment_stats as { profile?: unknown[] }).profile?.length, c.id).toBeGreaterThan(0);
    const flagged = campaigns.map((c) => reviewCampaign(c)).filter((d) => d.decision !== 'ok');
    expect(flagged).toEqual([]);
  });

  it('go to the committee, never blocked, when the profile shows the segment was built from a sensitive column (income), naming it', async () => {
    // Before the profile was passed these were auto-approved: the review could not see that income defines every segment of this table.
    const campaigns = campaignsForReview(await new OfflineNarrator().narrate(customerTableFixture())).map((c) => CampaignForReview.parse(c));
    const decisions = campaigns.map((c) => reviewCampaign(c));
    expect(decisions.map((d) => d.decision)).toEqual(decisions.map(() => 'review'));
    for (const d of decisions) expect(d.findings.map((f) => f.evidence).join(' ')).toMatch(/segment condition "income".*finances/);
  });

  it('on the customer table, reads children at home as the household (not minors) and a low spend on wines as no habit', async () => {
    // Seen on marketing_campaign.tsv: "high teenagers at home" read as minors targeted, "low spend on wines" as addictive-product targeting.
    const campaigns = campaignsForReview(await new OfflineNarrator().narrate(customerTableFixture())).map((c) => CampaignForReview.parse(c));
    const families = campaigns.filter((c) => /families/i.test(c.persona ?? '') || /S3/.test(c.id));
    expect(families.length).toBeGreaterThan(0);
    for (const c of campaigns) {
      const codes = reviewCampaign(c).findings.map((f) => f.code);
      expect(codes, c.id).not.toContain('MINORS_TARGETED');
      expect(codes, c.id).not.toContain('SENSITIVE_CONDITION_MINORS');
      expect(codes, c.id).not.toContain('SENSITIVE_CONDITION_PREGNANCY');
      const wines = ((c.segment_stats as { profile?: { feature: string; z: number }[] }).profile ?? []).find((f) => f.feature === 'MntWines');
      if (!wines || wines.z < 0) expect(codes, c.id).not.toContain('SENSITIVE_CONDITION_ADDICTIVE');
    }
  });

  it('reads the profile: the same campaign is auto-approved with recency, frequency and spend features and sent to the committee with a sensitive category', () => {
    const campaign = (profile: unknown[]) => ({ id: 'S2-c1', persona: 'Frequent buyers', segment_stats: { size: 600, segment: 'S2', profile }, campaign: { channel: 'email', audience: 'All customers of segment S2 (Frequent buyers) as assigned by the latest segmentation run.', message: 'New arrivals are in.', offer: 'Early access' } });
    const rfm = [{ feature: 'frequency', label: 'Number of invoices', lift: 3.1, z: 1.8 }, { feature: 'recency_days', label: 'Days since last purchase', lift: 0.4, z: -0.9 }];
    expect(reviewCampaign(campaign(rfm)).decision).toBe('ok');
    const pharmacy = [...rfm, { feature: 'category=Pharmacy', label: 'Share of pharmacy purchases', lift: 4.2, z: 2.1 }];
    const d = reviewCampaign(campaign(pharmacy));
    expect(d.decision).toBe('review');
    expect(d.findings[0].evidence).toMatch(/pharmacy/);
  });

  it('still count as behaviour-chosen when they start with "All customers of segment"', () => {
    const d = reviewCampaign({ id: 'S1-c1', segment_stats: { size: 400 }, campaign: { channel: 'email', audience: 'All customers of segment S1 (Frequent pharmacy buyers) as assigned by the latest segmentation run.', message: 'Hello', offer: 'Gift' } });
    expect(d.findings.map((f) => f.code)).toEqual(['SENSITIVE_INFERENCE_HEALTH']);
  });
});
