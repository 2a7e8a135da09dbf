/** Before launch: the holdout, the lift the test can detect from size, purchase rate and spend spread, and a plain warning below 15%. */
import { describe, expect, it } from 'vitest';
import { minimumDetectableLift, windowSalesMoments } from '../../src/analysis/index.js';
import { launchPower, plannedTestWeeks } from '../../src/measure/index.js';
import { buildNarrativePayload } from '../../src/narrative/index.js';
import { campaignBlocks } from '../../src/bot/views/index.js';
import type { SegmentProfile } from '../../src/result/index.js';
import type { CampaignSummary } from '../../src/runs/index.js';
import { fixtureResult } from '../narrative/fixtures.js';

const champions = () => fixtureResult().segments.find((s) => s.key === 'S1')!;
const resized = (p: SegmentProfile, size: number): SegmentProfile => ({ ...p, size });

describe('launch power', () => {
  it('computes the detectable lift over the window from the segment\'s own figures', () => {
    const p = champions();
    const stat = (f: string) => p.features.find((x) => x.feature === f)!;
    const launch = launchPower(p, { windowWeeks: 4 });
    expect(launch).toMatchObject({ holdoutShare: 0.1, holdout: Math.round(p.size * 0.1), treatment: p.size - Math.round(p.size * 0.1), windowWeeks: 4, statusQuo: 0.15, power: 0.8 });
    const moments = windowSalesMoments({ spendMean: stat('monetary').mean, spendSd: stat('monetary').std!, ordersMean: stat('frequency').mean, ordersSd: stat('frequency').std!, historyDays: stat('tenure_days').mean }, 28)!;
    expect(launch.minimumDetectableLift).toBeCloseTo(minimumDetectableLift(moments, launch.treatment, launch.holdout), 12);
    expect(launch.text).toMatch(/^Holdout 10% \(the export's default\): \d+ of 412 customers kept out/);
    expect(launch.text).toMatch(/Over a 4-week window it can detect a lift of about \d+% in sales per customer or more \(80% power/);
  });

  it('by default sizes the test the campaign card plans: its weeks, its holdout, the same detectable lift', () => {
    const result = fixtureResult();
    const payload = buildNarrativePayload(result);
    for (const p of result.segments) {
      const design = payload.segments.find((s) => s.key === p.key)?.experiment;
      if (!design || design.weeks === null) continue;
      const launch = launchPower(p, { holdoutShare: design.holdoutShare });
      expect(launch.windowWeeks).toBe(design.weeks);
      expect(plannedTestWeeks(p)).toBe(design.weeks);
      expect(Math.round(launch.minimumDetectableLift! * 100) / 100).toBe(design.minimumDetectableEffect);
      expect(launch.text).toMatch(new RegExp(`Over an? ${design.weeks}-week window`));
    }
  });

  it('reads "an 8-week window", "a 4-week window"', () => {
    expect(launchPower(champions(), { windowWeeks: 8 }).text).toContain('Over an 8-week window');
    expect(launchPower(champions(), { windowWeeks: 11 }).text).toContain('Over an 11-week window');
    expect(launchPower(champions(), { windowWeeks: 4 }).text).toContain('Over a 4-week window');
  });

  it('warns plainly when the campaign cannot show a 15% lift at 80% power, and says what would', () => {
    const small = launchPower(champions());
    expect(small.detectsStatusQuo).toBe(false);
    expect(small.warning).toMatch(/^Warning: this campaign cannot show a 15% lift at 80% power: /);
    expect(small.text).toContain(small.warning!);
    // A larger audience with the same habits: some larger holdout share can, or none can; never a share that fails.
    const mid = launchPower(resized(champions(), 20_000));
    if (mid.shareNeeded !== null) expect(launchPower(resized(champions(), 20_000), { holdoutShare: mid.shareNeeded }).detectsStatusQuo).toBe(true);
    const huge = launchPower(resized(champions(), 2_000_000));
    expect(huge).toMatchObject({ detectsStatusQuo: true, warning: null, shareNeeded: null });
    expect(huge.minimumDetectableLift!).toBeLessThan(0.15);
  });

  it('says it cannot size the test without a purchase history (a customer table)', () => {
    const p = champions();
    const launch = launchPower({ ...p, features: p.features.filter((f) => f.feature !== 'frequency') });
    expect(launch.minimumDetectableLift).toBeNull();
    expect(launch.warning).toMatch(/Cannot tell whether this campaign could show a 15% lift: this data has no purchase history/);
  });

  it('is on the campaign card in Slack: a warning section when it falls short', () => {
    const launch = launchPower(champions());
    const card: CampaignSummary = {
      campaignId: 'abc:S1-c1', segmentKey: 'S1', persona: 'P', channel: 'Email', audience: 'All champions', message: 'Hello there, a first look for you.', offer: 'Early access',
      decision: 'ok', state: 'auto_approved', version: 1, versionHash: 'h'.repeat(64), findings: [], launch,
    };
    const json = JSON.stringify(campaignBlocks(card));
    expect(json).toContain(':warning: Holdout 10%');
    expect(json).toContain('cannot show a 15% lift at 80% power');
    expect(JSON.stringify(campaignBlocks({ ...card, state: 'flagged', decision: 'review' }))).toContain('cannot show a 15% lift');
  });
});
