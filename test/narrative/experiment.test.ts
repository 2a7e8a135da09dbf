/** Issue 23: the A/B design is computed from the segment, never a constant. */
import { describe, expect, it } from 'vitest';
import { minimumDetectableLift, windowSalesMoments } from '../../src/analysis/index.js';
import { describeExperiment, designExperiment, minimumDetectableEffect } from '../../src/narrative/experiment.js';
import { buildNarrativePayload, checkGrounding, OfflineNarrator } from '../../src/narrative/index.js';
import { answerTexts } from '../../src/narrative/llm/answer.js';
import { customerTableFixture, fixtureResult } from './fixtures.js';

describe('minimum detectable effect', () => {
  it('is about 64% for 766 customers, 153 held out, spend sd 2.5× the mean (the case of issue 23)', () => {
    expect(minimumDetectableEffect(766, 0.2, 100, 250)).toBeCloseTo(0.633, 2);
  });

  it('shrinks with size and grows with spread', () => {
    expect(minimumDetectableEffect(20_000, 0.2, 100, 250)!).toBeLessThan(minimumDetectableEffect(766, 0.2, 100, 250)!);
    expect(minimumDetectableEffect(766, 0.2, 100, 100)!).toBeLessThan(minimumDetectableEffect(766, 0.2, 100, 250)!);
  });

  it('takes the smaller holdout only when it still detects a 10% lift, and times the test by the purchase rate', () => {
    const big = designExperiment({ size: 200_000, spendMean: 100, spendStd: 150, ordersPerCustomer: 6, tenureDays: 300 }, [0.1, 0.2])!;
    expect(big).toMatchObject({ holdoutShare: 0.1, heldOut: 20_000, treated: 180_000, weeks: 8 });
    const small = designExperiment({ size: 766, spendMean: 100, spendStd: 250, ordersPerCustomer: 1, tenureDays: 400 }, [0.1, 0.2])!;
    // One order in 400 days: longer than the longest test worth planning, so 26 weeks, said as such.
    expect(small).toMatchObject({ holdoutShare: 0.2, heldOut: 153, treated: 613, minimumDetectableEffect: 0.63, weeks: 26, weeksCapped: true });
    expect(describeExperiment(small)).toMatch(/about 63% or more \(80% power, 5% significance\)/);
    expect(describeExperiment(small)).toMatch(/Run it for 26 weeks, then compare the two groups: the typical customer takes longer than that to place one order/);
    const unknown = designExperiment({ size: 766, spendMean: 100, spendStd: 250, ordersPerCustomer: null, tenureDays: null }, [0.1, 0.2])!;
    expect(unknown).toMatchObject({ weeks: null, weeksCapped: false });
    expect(describeExperiment(unknown)).toMatch(/cannot be timed in weeks/);
  });

  it('sizes the effect on what customers spend during the test when the order spread is known (the before-launch figure)', () => {
    const inputs = { size: 1_701, spendMean: 1_213, spendStd: 2_000, ordersPerCustomer: 3.4, ordersStd: 2.5, tenureDays: 230 };
    const design = designExperiment(inputs, [0.1, 0.2])!;
    const during = windowSalesMoments({ spendMean: 1_213, spendSd: 2_000, ordersMean: 3.4, ordersSd: 2.5, historyDays: 230 }, design.weeks! * 7)!;
    expect(design.weeks).toBe(10);
    expect(design.minimumDetectableEffect).toBeCloseTo(minimumDetectableLift(during, design.treated, design.heldOut), 2);
    expect(describeExperiment(design)).toMatch(/Run it for 10 weeks, .* Over those 10 weeks, with purchases and spend as uneven as this segment's, the test can detect a change in revenue per customer of about \d+% or more/);
  });

  it('is not stated when the spend spread is unknown', () => {
    expect(designExperiment({ size: 500, spendMean: null, spendStd: null, ordersPerCustomer: null, tenureDays: null }, [0.1, 0.2])).toBeNull();
  });
});

describe('campaign A/B tests', () => {
  it('carry each segment\'s own computed effect, holdout and length, all grounded; no constant 5%', async () => {
    const result = fixtureResult();
    const payload = buildNarrativePayload(result);
    const narrative = await new OfflineNarrator().narrate(result);
    const effects = new Set<number | undefined>();
    for (const s of narrative.segments) {
      const design = payload.segments.find((p) => p.key === s.segmentKey)!.experiment!;
      for (const c of s.campaigns) {
        expect(c.abTest.holdoutShare).toBe(design.holdoutShare);
        expect(c.abTest.design).toContain(`(${design.heldOut.toLocaleString('en-US')} customers)`);
        effects.add(c.abTest.minimumDetectableEffect);
      }
      expect(checkGrounding(answerTexts({ persona: s.persona, campaigns: s.campaigns }), payload).issues).toEqual([]);
    }
    expect(effects.size).toBeGreaterThan(1);
    expect(effects.has(0.05)).toBe(false);
  });

  it('say no detectable effect or length when the data cannot size the test (customer table without a spend column)', async () => {
    const narrative = await new OfflineNarrator().narrate(customerTableFixture());
    for (const c of narrative.segments.flatMap((s) => s.campaigns)) {
      expect(c.abTest.minimumDetectableEffect).toBeUndefined();
      expect(c.abTest.design).not.toMatch(/detect a change|Run it for \d+ weeks/);
    }
  });
});
