/** The one power module: the narrator's A/B design and the measurement use the same arithmetic. */
import { describe, expect, it } from 'vitest';
import { minimumDetectableLift, splitSizes, windowSalesMoments, zSum } from '../../../src/analysis/index.js';
import { minimumDetectableEffect } from '../../../src/narrative/experiment.js';
import { plannedPower, simulateCampaign } from '../../../src/measure/index.js';

const stats = (xs: number[]) => {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1));
  return { mean, sd };
};

describe('power (src/analysis/stats)', () => {
  it('the narrator and the measurement compute the same minimum detectable lift', () => {
    const { treatment, holdout } = splitSizes(766, 0.2);
    expect(minimumDetectableEffect(766, 0.2, 100, 250)).toBe(minimumDetectableLift({ mean: 100, sd: 250 }, treatment, holdout));
    expect(plannedPower({ mean: 100, sd: 250 }, 766, 0.2).minimumDetectableLift).toBe(minimumDetectableEffect(766, 0.2, 100, 250));
    expect(zSum()).toBeCloseTo(1.959964 + 0.841621, 5);
  });

  it('window sales from the purchase rate and spend spread match a simulated log (most customers buy nothing)', () => {
    // The planted-effect generator without an effect: gamma-distributed rates, lognormal baskets.
    const sim = simulateCampaign({ customers: 20_000, holdoutFraction: 0.5, lift: 0, seed: 11 }, 30);
    const orders = new Map<string, number>();
    const spend = new Map<string, number>();
    for (const t of sim.transactions) {
      orders.set(t.customerId, (orders.get(t.customerId) ?? 0) + 1);
      spend.set(t.customerId, (spend.get(t.customerId) ?? 0) + t.amount);
    }
    const ids = sim.audience.map((a) => a.customerId);
    const o = stats(ids.map((id) => orders.get(id) ?? 0));
    const s = stats(ids.map((id) => spend.get(id) ?? 0));
    // The same 30 days as history and as window: the prediction must give back the window's own spread.
    const m = windowSalesMoments({ spendMean: s.mean, spendSd: s.sd, ordersMean: o.mean, ordersSd: o.sd, historyDays: 30 }, 30)!;
    expect(m.mean).toBeCloseTo(s.mean, 6);
    expect(m.sd / s.sd).toBeGreaterThan(0.8);
    expect(m.sd / s.sd).toBeLessThan(1.25);
    // A window a third as long: a third of the mean, and relatively more spread (more customers at zero).
    const short = windowSalesMoments({ spendMean: s.mean, spendSd: s.sd, ordersMean: o.mean, ordersSd: o.sd, historyDays: 30 }, 10)!;
    expect(short.mean).toBeCloseTo(s.mean / 3, 6);
    expect(short.sd / short.mean).toBeGreaterThan(m.sd / m.mean);
  });

  it('has no moments without a purchase rate or spend', () => {
    expect(windowSalesMoments({ spendMean: 0, spendSd: 0, ordersMean: 1, ordersSd: 0, historyDays: 30 }, 28)).toBeNull();
    expect(windowSalesMoments({ spendMean: 10, spendSd: 5, ordersMean: Number.NaN, ordersSd: 0, historyDays: 30 }, 28)).toBeNull();
  });
});
