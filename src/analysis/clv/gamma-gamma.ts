/**
 * Gamma-Gamma spend model (Fader, Hardie & Lee 2005b; Colombo & Jiang 1999): a customer's spend per
 * transaction varies around their own mean ν ~ Gamma(q, γ), with transaction values ~ Gamma(p, ν).
 * Fitted on repeat customers with m = their mean spend per repeat purchase day.
 */
import { AnalysisError } from '../../errors.js';
import { logGamma } from './special.js';
import { minimize } from './minimize.js';
import { standardErrors } from './standard-errors.js';
import type { FitReport, GammaGammaParams, PurchaseSummary } from './types.js';

/** e^12 ≈ 160,000: far beyond any parameter a real data set gives. */
const LOG_BOUND = 12;

export function gammaGammaLogLikelihood(s: PurchaseSummary, { p, q, v }: GammaGammaParams): number {
  let total = 0;
  const common = -logGamma(q) + q * Math.log(v);
  for (let i = 0; i < s.x.length; i++) {
    const x = s.x[i];
    const m = s.m[i];
    if (!(x > 0) || !(m > 0)) continue;
    const px = p * x;
    total += logGamma(px + q) - logGamma(px) + common + (px - 1) * Math.log(m) + px * Math.log(x) - (px + q) * Math.log(v + m * x);
  }
  return total;
}

export function fitGammaGamma(s: PurchaseSummary): FitReport<GammaGammaParams> {
  let n = 0;
  for (let i = 0; i < s.x.length; i++) if (s.x[i] > 0 && s.m[i] > 0) n++;
  if (n < 10) throw new AnalysisError('TOO_FEW_REPEAT_CUSTOMERS', `Gamma-Gamma needs at least 10 customers with a repeat purchase and positive spend, got ${n}.`);
  const exp3 = (v: readonly number[]): GammaGammaParams => ({ p: Math.exp(v[0]), q: Math.exp(v[1]), v: Math.exp(v[2]) });
  // Log-parameters beyond ±LOG_BOUND mean the data has no finite answer (a spend that does not vary
  // between customers sends q and γ to infinity): the search stops there instead of chasing it.
  const found = minimize((v) => (v.some((x) => Math.abs(x) > LOG_BOUND) ? Number.POSITIVE_INFINITY : -gammaGammaLogLikelihood(s, exp3(v)) / n), [0, 0, 0], { maxIterations: 5000 });
  const params = exp3(found.x);
  if (found.x.some((x) => Math.abs(x) > LOG_BOUND - 1)) {
    return { params, standardErrors: { p: Number.NaN, q: Number.NaN, v: Number.NaN }, logLikelihood: -found.value * n, customers: n, converged: false, iterations: found.iterations };
  }
  const se = standardErrors((v) => -gammaGammaLogLikelihood(s, { p: v[0], q: v[1], v: v[2] }), [params.p, params.q, params.v]);
  return { params, standardErrors: { p: se[0], q: se[1], v: se[2] }, logLikelihood: -found.value * n, customers: n, converged: found.converged, iterations: found.iterations };
}

/** E[spend per transaction | x, m]; the population mean p·γ/(q−1) without repeats. */
export function expectedSpend({ p, q, v }: GammaGammaParams, x: number, m: number): number {
  if (q <= 1) return Number.NaN;
  if (!(x > 0) || !(m > 0)) return (p * v) / (q - 1);
  return (p * (v + m * x)) / (p * x + q - 1);
}

/**
 * The model assumes that spend per transaction does not depend on how often a customer buys:
 * the Pearson correlation of x and m over repeat customers (near 0 is good; |r| > 0.3 is a warning).
 */
export function frequencySpendCorrelation(s: PurchaseSummary): number {
  const xs: number[] = [];
  const ms: number[] = [];
  for (let i = 0; i < s.x.length; i++) {
    if (s.x[i] > 0 && s.m[i] > 0) {
      xs.push(s.x[i]);
      ms.push(s.m[i]);
    }
  }
  const n = xs.length;
  if (n < 3) return Number.NaN;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const mm = ms.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ms[i] - mm);
    sxx += (xs[i] - mx) ** 2;
    syy += (ms[i] - mm) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Number.NaN;
}

