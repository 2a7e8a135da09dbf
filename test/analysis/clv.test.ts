import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../../src/analysis/compute/random.js';
import {
  bgNbdLogLikelihood,
  distinctTriples,
  expectedPurchases,
  expectedSpend,
  fitBgNbd,
  fitGammaGamma,
  holdoutCheck,
  hyp2f1,
  logGamma,
  minimize,
  probabilityAlive,
  purchaseCountDistribution,
  type PurchaseSummary,
} from '../../src/analysis/clv/index.js';

/** Gamma(shape, rate) by Marsaglia–Tsang, boosted for shape < 1. */
function gamma(rng: Rng, shape: number, rate: number): number {
  if (shape < 1) return gamma(rng, shape + 1, rate) * Math.pow(1 - rng.next(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = rng.normal();
    const v = (1 + c * z) ** 3;
    if (v <= 0) continue;
    if (Math.log(1 - rng.next()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return (d * v) / rate;
  }
}

/** Customers from the BG/NBD story itself (seeded): the model's parameters are known, so recovery is a real check. */
function simulate(n: number, p: { r: number; alpha: number; a: number; b: number }, weeks: number, seed: number): { s: PurchaseSummary; holdout: Float64Array } {
  const rng = createRng(seed);
  const s: PurchaseSummary = { customerIds: [], x: new Float64Array(n), tx: new Float64Array(n), T: new Float64Array(n), m: new Float64Array(n) };
  const holdout = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const lambda = gamma(rng, p.r, p.alpha);
    const ga = gamma(rng, p.a, 1);
    const dropOut = ga / (ga + gamma(rng, p.b, 1));
    const T = weeks * (0.4 + 0.6 * rng.next()); // customers join over the first 60% of the period
    let t = 0;
    let x = 0;
    let last = 0;
    let alive = true;
    let after = 0;
    for (;;) {
      t += -Math.log(1 - rng.next()) / lambda;
      if (!alive) break;
      if (t > T + weeks) break;
      if (t > T) after++;
      else {
        x++;
        last = t;
      }
      if (rng.next() < dropOut) alive = false;
    }
    s.customerIds.push(String(i));
    s.x[i] = x;
    s.tx[i] = last;
    s.T[i] = T;
    s.m[i] = Number.NaN;
    holdout[i] = after;
  }
  return { s, holdout };
}

describe('special functions and the minimiser', () => {
  it('lnΓ matches known values', () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
    expect(logGamma(0.1)).toBeCloseTo(2.252712651734206, 12);
  });
  it('2F1(1, 1; 2; z) = −ln(1−z)/z', () => {
    for (const z of [0.1, 0.5, 0.9]) expect(hyp2f1(1, 1, 2, z)).toBeCloseTo(-Math.log(1 - z) / z, 10);
    expect(() => hyp2f1(1, 1, 2, 1)).toThrow(RangeError);
  });
  it('Nelder–Mead finds the minimum of the Rosenbrock function, the same way every time', () => {
    const rosen = (v: readonly number[]) => 100 * (v[1] - v[0] ** 2) ** 2 + (1 - v[0]) ** 2;
    const a = minimize(rosen, [-1.2, 1]);
    expect(a.x[0]).toBeCloseTo(1, 4);
    expect(a.x[1]).toBeCloseTo(1, 4);
    expect(minimize(rosen, [-1.2, 1])).toEqual(a);
  });
});

describe('BG/NBD', () => {
  const truth = { r: 0.25, alpha: 4.5, a: 0.8, b: 2.4 };
  const { s, holdout } = simulate(8000, truth, 39, 11);

  it('recovers the parameters of data simulated from the model (not tuned on: seeded, fixed before the code ran)', () => {
    const fit = fitBgNbd(s);
    expect(fit.converged).toBe(true);
    expect(fit.params.r).toBeGreaterThan(truth.r * 0.85);
    expect(fit.params.r).toBeLessThan(truth.r * 1.15);
    expect(fit.params.alpha).toBeGreaterThan(truth.alpha * 0.7);
    expect(fit.params.alpha).toBeLessThan(truth.alpha * 1.3);
    expect(fit.params.a).toBeGreaterThan(truth.a * 0.6);
    expect(fit.params.a).toBeLessThan(truth.a * 1.4);
    expect(fit.params.b).toBeGreaterThan(truth.b * 0.6);
    expect(fit.params.b).toBeLessThan(truth.b * 1.4);
    // The fit is at least as likely as the truth.
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(bgNbdLogLikelihood(s, truth) - 1e-6);
  });

  it('predicts the holdout of simulated data within 5% in total', () => {
    const fit = fitBgNbd(s);
    const check = holdoutCheck(s, holdout, 39, fit.params);
    expect(Math.abs(check.totalPredicted / check.totalActual - 1)).toBeLessThan(0.05);
  });

  it('recovers each parameter within two of its standard errors (inverse observed information)', () => {
    const fit = fitBgNbd(s);
    for (const k of ['r', 'alpha', 'a', 'b'] as const) {
      expect(fit.standardErrors[k]).toBeGreaterThan(0);
      expect(Math.abs(fit.params[k] - truth[k])).toBeLessThan(2 * fit.standardErrors[k]);
    }
  });

  it('the log-likelihood matches an independent computation with ln Γ (the code sums logs of rising factorials instead)', () => {
    const p = { r: 0.3, alpha: 5, a: 0.7, b: 2.2 };
    let direct = 0;
    for (let i = 0; i < 500; i++) {
      const [x, tx, T] = [s.x[i], s.tx[i], s.T[i]];
      const beta = (u: number, v: number) => logGamma(u) + logGamma(v) - logGamma(u + v);
      const common = logGamma(p.r + x) - logGamma(p.r) + p.r * Math.log(p.alpha);
      const stay = Math.exp(beta(p.a, p.b + x) - beta(p.a, p.b) - (p.r + x) * Math.log(p.alpha + T));
      const left = x > 0 ? Math.exp(beta(p.a + 1, p.b + x - 1) - beta(p.a, p.b) - (p.r + x) * Math.log(p.alpha + tx)) : 0;
      direct += common + Math.log(stay + left);
    }
    const head: PurchaseSummary = { customerIds: s.customerIds.slice(0, 500), x: s.x.slice(0, 500), tx: s.tx.slice(0, 500), T: s.T.slice(0, 500), m: s.m.slice(0, 500) };
    expect(bgNbdLogLikelihood(head, p)).toBeCloseTo(direct, 6);
    // Customers grouped by their (x, t_x, T) triple with counts (how the fit evaluates it) give the same likelihood.
    const twice = (v: Float64Array) => Float64Array.from([...v, ...v]);
    const grouped = distinctTriples({ x: twice(head.x), tx: twice(head.tx), T: twice(head.T) });
    expect(grouped.x.length).toBe(500);
    expect([...grouped.w].every((w) => w === 2)).toBe(true);
    expect(bgNbdLogLikelihood(grouped, p)).toBeCloseTo(2 * direct, 6);
  });

  it('the conditional expectation matches an independent computation (numerical integration over the drop-out probability, no 2F1)', () => {
    const p = { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 };
    // E[Y(t) | x, tx, T] = ∫ f(p) (1−p)^x / p · [(α+T)^−(r+x) − (α+T+pt)^−(r+x)] dp ÷ [B(a,b+x)/B(a,b)·(α+T)^−(r+x) + 1{x>0}·B(a+1,b+x−1)/B(a,b)·(α+tx)^−(r+x)],
    // with the λ integral done in closed form and p = u^(1/a) to remove the singularity at 0.
    const beta = (u: number, v: number) => Math.exp(logGamma(u) + logGamma(v) - logGamma(u + v));
    const integrate = (x: number, tx: number, T: number, t: number) => {
      const steps = 200_000;
      let sum = 0;
      for (let k = 0; k < steps; k++) {
        const u = (k + 0.5) / steps;
        const q = Math.pow(u, 1 / p.a);
        sum += ((Math.pow(1 - q, p.b - 1 + x) / q) * (Math.pow(p.alpha + T, -(p.r + x)) - Math.pow(p.alpha + T + q * t, -(p.r + x)))) / steps;
      }
      const numerator = sum / p.a / beta(p.a, p.b);
      const denominator = (beta(p.a, p.b + x) / beta(p.a, p.b)) * Math.pow(p.alpha + T, -(p.r + x)) + (x > 0 ? (beta(p.a + 1, p.b + x - 1) / beta(p.a, p.b)) * Math.pow(p.alpha + tx, -(p.r + x)) : 0);
      return numerator / denominator;
    };
    for (const [x, tx, T, t] of [[0, 0, 30, 39], [2, 20, 38, 39], [7, 35, 38, 52], [1, 2, 30, 10]]) {
      expect(expectedPurchases(p, t, x, tx, T)).toBeCloseTo(integrate(x, tx, T, t), 4);
    }
  });

  it('is deterministic to the last digit', () => {
    expect(fitBgNbd(s).params).toEqual(fitBgNbd(s).params);
  });

  it('P(alive): 1 without a repeat purchase, lower the longer a repeat buyer has been quiet', () => {
    expect(probabilityAlive(truth, 0, 0, 30)).toBe(1);
    const recent = probabilityAlive(truth, 3, 29, 30);
    const quiet = probabilityAlive(truth, 3, 5, 30);
    expect(recent).toBeGreaterThan(quiet);
    expect(quiet).toBeGreaterThan(0);
    expect(expectedPurchases(truth, 0, 3, 29, 30)).toBe(0);
    expect(expectedPurchases(truth, 10, 3, 29, 30)).toBeGreaterThan(expectedPurchases(truth, 10, 3, 5, 30));
  });

  it('the purchase-count distribution sums to 1', () => {
    const d = purchaseCountDistribution(truth, 39, 7);
    expect(d.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(d.every((p) => p >= 0)).toBe(true);
  });

  it('refuses data it cannot fit, saying why', () => {
    const none: PurchaseSummary = { customerIds: Array.from({ length: 20 }, String), x: new Float64Array(20), tx: new Float64Array(20), T: new Float64Array(20).fill(10), m: new Float64Array(20) };
    expect(() => fitBgNbd(none)).toThrow(/no customer bought on more than one day/);
  });
});

describe('Gamma-Gamma', () => {
  it('recovers spend parameters from simulated spend, and falls back to the population mean without repeats', () => {
    const rng = createRng(5);
    const truth = { p: 6, q: 4, v: 15 };
    const n = 6000;
    const s: PurchaseSummary = { customerIds: [], x: new Float64Array(n), tx: new Float64Array(n), T: new Float64Array(n), m: new Float64Array(n) };
    for (let i = 0; i < n; i++) {
      const nu = gamma(rng, truth.q, truth.v);
      const x = 1 + rng.int(6);
      let total = 0;
      for (let k = 0; k < x; k++) total += gamma(rng, truth.p, nu);
      s.x[i] = x;
      s.m[i] = total / x;
    }
    const fit = fitGammaGamma(s);
    expect(fit.params.p).toBeGreaterThan(truth.p * 0.8);
    expect(fit.params.p).toBeLessThan(truth.p * 1.2);
    const meanSpend = (truth.p * truth.v) / (truth.q - 1);
    expect(expectedSpend(fit.params, 0, Number.NaN) / meanSpend).toBeGreaterThan(0.9);
    expect(expectedSpend(fit.params, 0, Number.NaN) / meanSpend).toBeLessThan(1.1);
  });
});
