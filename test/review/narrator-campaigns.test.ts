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
  it('are auto-approved on the narrative fixtures: a Segbot segment built from non-sensitive features (issue 24)', async () => {
    for (const result of [fixtureResult(), customerTableFixture()]) {
      const campaigns = campaignsForReview(await new OfflineNarrator().narrate(result)).map((c) => CampaignForReview.parse(c));
      expect(campaigns.length).toBeGreaterThan(0);
      const flagged = campaigns.map((c) => reviewCampaign(c)).filter((d) => d.decision !== 'ok');
      expect(flagged).toEqual([]);
    }
  });

  it('still count as behaviour-chosen when they start with "All customers of segment"', () => {
    const d = reviewCampaign({ id: 'S1-c1', segment_stats: { size: 400 }, campaign: { channel: 'email', audience: 'All customers of segment S1 (Frequent pharmacy buyers) as assigned by the latest segmentation run.', message: 'Hello', offer: 'Gift' } });
    expect(d.findings.map((f) => f.code)).toEqual(['SENSITIVE_INFERENCE_HEALTH']);
  });
});
