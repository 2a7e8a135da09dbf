import { describe, expect, it } from 'vitest';
import { holdoutSizeNeeded, measureLift, minimumDetectableLift, normalQuantile, plannedPower, priorWindows, compareWithPrior } from '../../src/measure/index.js';

const sales = (values: number[], repeat: number) => Float64Array.from(Array.from({ length: repeat }, () => values).flat());

describe('measureLift', () => {
  it('has the JSON fields the issue names, and the same seed gives the same bytes', () => {
    const t = sales([0, 0, 0, 60, 0, 120], 300);
    const h = sales([0, 0, 0, 50, 0, 100], 100);
    const a = measureLift(t, h, { seed: 7, resamples: 500, permutations: 500 });
    expect(a.treatment_customers).toBe(1800);
    expect(a.holdout_customers).toBe(600);
    expect(a.lift).toBeCloseTo(0.2, 10);
    expect(a.ci_low!).toBeLessThan(0.2);
    expect(a.ci_high!).toBeGreaterThan(0.2);
    expect(a.p_value).toBeGreaterThan(0);
    expect(JSON.stringify(measureLift(t, h, { seed: 7, resamples: 500, permutations: 500 }))).toBe(JSON.stringify(a));
  });

  it('says "too small to tell" with the holdout needed when the split cannot show 15%', () => {
    const r = measureLift(sales([0, 0, 0, 0, 90], 100), sales([0, 0, 0, 0, 80], 4), { seed: 1, resamples: 300, permutations: 300 });
    expect(r.verdict).toBe('too_small_to_tell');
    expect(r.verdict_text).toMatch(/too small to tell/);
    expect(r.minimum_detectable_lift!).toBeGreaterThan(0.15);
  });

  it('calls a clear, large lift above the status quo', () => {
    const r = measureLift(sales([10, 12, 8, 11], 2000), sales([6, 7, 5, 6], 1000), { seed: 3, resamples: 300, permutations: 300 });
    expect(r.verdict).toBe('above_status_quo');
    expect(r.p_value).toBeLessThan(0.01);
    expect(r.verdict_text).toMatch(/^\+71% against the holdout, 95% interval [+−]\d+% to [+−]\d+%.*above the 15% status quo\.$/);
  });

  it('takes the defaults for options passed as undefined', () => {
    const r = measureLift(sales([0, 10], 50), sales([0, 9], 20), { seed: 1, resamples: undefined, statusQuo: undefined });
    expect(r).toMatchObject({ resamples: 2000, permutations: 2000, status_quo: 0.15 });
    expect(r.verdict_text).not.toMatch(/NaN|undefined/);
  });

  it('has no lift when the holdout bought nothing, and says so', () => {
    const r = measureLift(sales([0, 10], 50), sales([0], 20), { seed: 1, resamples: 100, permutations: 100 });
    expect(r.lift).toBeNull();
    expect(r.verdict).toBe('too_small_to_tell');
    expect(r.verdict_text).toMatch(/holdout bought nothing/);
  });

  it('refuses an empty group with a coded error', () => {
    expect(() => measureLift(new Float64Array(0), sales([1], 3), { seed: 1 })).toThrow(expect.objectContaining({ code: 'EMPTY_GROUP' }));
  });
});

describe('power', () => {
  it('inverts the normal CDF', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.8)).toBeCloseTo(0.841621, 5);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 5);
  });

  it('the holdout needed detects exactly the asked lift', () => {
    const baseline = { mean: 20, sd: 60 };
    const n = holdoutSizeNeeded(baseline, 50_000, 0.15)!;
    expect(minimumDetectableLift(baseline, 50_000, n)).toBeLessThanOrEqual(0.15);
    expect(minimumDetectableLift(baseline, 50_000, n - 1)).toBeGreaterThan(0.15);
    expect(holdoutSizeNeeded(baseline, 100, 0.15)).toBeNull();
  });

  it('plans a split before launch', () => {
    const plan = plannedPower({ mean: 20, sd: 60 }, 10_000, 0.1);
    expect(plan).toMatchObject({ treatment: 9000, holdout: 1000 });
    expect(plan.minimumDetectableLift).toBeCloseTo((2.801585 * 60 * Math.sqrt(1 / 9000 + 1 / 1000)) / 20, 4);
  });
});

describe('prior periods', () => {
  it('gives windows of the same length just before, newest first', () => {
    expect(priorWindows({ from: '2011-11-01', to: '2011-12-01' }, 2)).toEqual([
      { from: '2011-10-02', to: '2011-11-01' },
      { from: '2011-09-02', to: '2011-10-02' },
    ]);
    expect(compareWithPrior(12, [{ from: 'a', to: 'b', meanPerCustomer: 10 }])).toMatchObject({ priorMean: 10, changeVsPrior: expect.closeTo(0.2, 10) });
  });

  it('refuses a bad date and an empty window', () => {
    expect(() => priorWindows({ from: '2011-13-01', to: '2011-12-01' }, 1)).toThrow(expect.objectContaining({ code: 'BAD_DATE' }));
    expect(() => priorWindows({ from: '2011-12-01', to: '2011-12-01' }, 1)).toThrow(expect.objectContaining({ code: 'BAD_WINDOW' }));
  });
});
