/**
 * BG/NBD (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way"): purchases follow a
 * Poisson process while a customer is alive (rates ~ Gamma(r, α)); after each purchase a customer
 * drops out with probability p (p ~ Beta(a, b)). Fitted by maximum likelihood on log-parameters.
 */
import { AnalysisError } from '../../errors.js';
import { hyp2f1, logGamma } from './special.js';
import { minimize } from './minimize.js';
import { standardErrors } from './standard-errors.js';
import type { BgNbdParams, FitReport, PurchaseSummary } from './types.js';

/** Σ_{j<n} ln(c + j) for n = 0..maxN: ln Γ(c+n) − ln Γ(c) without Γ, since x is a whole number. */
function logRising(c: number, maxN: number): Float64Array {
  const out = new Float64Array(maxN + 1);
  for (let n = 1; n <= maxN; n++) out[n] = out[n - 1] + Math.log(c + n - 1);
  return out;
}

/** Customers as the likelihood sees them: (x, t_x, T), with how many customers share each triple. */
export interface LikelihoodData {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  /** Customers per row; absent: one each. */
  w?: Float64Array;
}

/**
 * The distinct (x, t_x, T) triples and their counts, in order of first appearance: the likelihood
 * is a sum over customers, and customers with the same triple add the same term (most one-time
 * buyers share a handful of T values), so each optimiser step costs distinct triples, not customers.
 */
export function distinctTriples(s: Pick<PurchaseSummary, 'x' | 'tx' | 'T'>): Required<LikelihoodData> {
  const index = new Map<string, number>();
  const rows: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < s.x.length; i++) {
    const key = `${s.x[i]}|${s.tx[i]}|${s.T[i]}`;
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, rows.length);
      rows.push(i);
      counts.push(1);
    } else counts[at]++;
  }
  return {
    x: Float64Array.from(rows, (i) => s.x[i]),
    tx: Float64Array.from(rows, (i) => s.tx[i]),
    T: Float64Array.from(rows, (i) => s.T[i]),
    w: Float64Array.from(counts),
  };
}

/** The data's total log-likelihood under the parameters. */
export function bgNbdLogLikelihood(s: LikelihoodData, { r, alpha, a, b }: BgNbdParams): number {
  let maxX = 0;
  for (let i = 0; i < s.x.length; i++) if (s.x[i] > maxX) maxX = s.x[i];
  const riseR = logRising(r, maxX);
  const riseB = logRising(b, maxX);
  const riseAB = logRising(a + b, maxX);
  const logA = Math.log(a);
  const rLogAlpha = r * Math.log(alpha);
  let total = 0;
  const w = s.w;
  for (let i = 0; i < s.x.length; i++) {
    const x = s.x[i];
    const weight = w ? w[i] : 1;
    const a1 = riseR[x] + rLogAlpha;
    const a2 = riseB[x] - riseAB[x];
    const a3 = -(r + x) * Math.log(alpha + s.T[i]);
    if (x > 0) {
      const a4 = logA - Math.log(b + x - 1) - (r + x) * Math.log(alpha + s.tx[i]);
      const hi = Math.max(a3, a4);
      total += weight * (a1 + a2 + hi + Math.log(Math.exp(a3 - hi) + Math.exp(a4 - hi)));
    } else {
      total += weight * (a1 + a2 + a3);
    }
  }
  return total;
}

/** e^12 ≈ 160,000: parameters beyond it mean the data has no finite answer; the search stops there. */
const LOG_BOUND = 12;

const exp4 = (v: readonly number[]): BgNbdParams => ({ r: Math.exp(v[0]), alpha: Math.exp(v[1]), a: Math.exp(v[2]), b: Math.exp(v[3]) });

export function fitBgNbd(s: PurchaseSummary): FitReport<BgNbdParams> {
  const n = s.x.length;
  if (n < 10) throw new AnalysisError('TOO_FEW_CUSTOMERS', `BG/NBD needs at least 10 customers, got ${n}.`);
  let repeaters = 0;
  for (let i = 0; i < n; i++) if (s.x[i] > 0) repeaters++;
  if (repeaters === 0) throw new AnalysisError('NO_REPEAT_PURCHASES', 'no customer bought on more than one day: BG/NBD cannot tell buying rates from drop-out. A longer period of data is needed.');
  const data = distinctTriples(s);
  // Start from r = α = a = b = 1 (log 0): data-independent, so the same data always gives the same path.
  const found = minimize((v) => (v.some((x) => Math.abs(x) > LOG_BOUND) ? Number.POSITIVE_INFINITY : -bgNbdLogLikelihood(data, exp4(v)) / n), [0, 0, 0, 0], { maxIterations: 5000 });
  const params = exp4(found.x);
  const nan = { r: Number.NaN, alpha: Number.NaN, a: Number.NaN, b: Number.NaN };
  if (found.x.some((x) => Math.abs(x) > LOG_BOUND - 1)) return { params, standardErrors: nan, logLikelihood: -found.value * n, customers: n, converged: false, iterations: found.iterations };
  const se = standardErrors((v) => -bgNbdLogLikelihood(data, { r: v[0], alpha: v[1], a: v[2], b: v[3] }), [params.r, params.alpha, params.a, params.b]);
  return { params, standardErrors: { r: se[0], alpha: se[1], a: se[2], b: se[3] }, logLikelihood: -found.value * n, customers: n, converged: found.converged, iterations: found.iterations };
}

/** P(alive | x, tx, T). */
export function probabilityAlive({ r, alpha, a, b }: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  return 1 / (1 + (a / (b + x - 1)) * Math.exp((r + x) * (Math.log(alpha + T) - Math.log(alpha + tx))));
}

/** E[purchases in the next t weeks | x, tx, T] (FHL 2005, eq. 10). */
export function expectedPurchases({ r, alpha, a, b }: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  if (t <= 0) return 0;
  const z = t / (alpha + T + t);
  const head = (a + b + x - 1) / (a - 1);
  const tail = 1 - Math.exp((r + x) * (Math.log(alpha + T) - Math.log(alpha + T + t))) * hyp2f1(r + x, b + x, a + b + x - 1, z);
  const alive = x > 0 ? 1 + (a / (b + x - 1)) * Math.exp((r + x) * (Math.log(alpha + T) - Math.log(alpha + tx))) : 1;
  return (head * tail) / alive;
}

/**
 * P(X(t) = k) for a new customer observed for t weeks (FHL 2005, eq. 8), k = 0..maxK-1; the last
 * entry is P(X(t) ≥ maxK). Summed over customers, it is the expected calibration histogram.
 */
export function purchaseCountDistribution({ r, alpha, a, b }: BgNbdParams, t: number, maxK: number): number[] {
  const logBeta = (x: number, y: number) => logGamma(x) + logGamma(y) - logGamma(x + y);
  const lbAB = logBeta(a, b);
  const q = alpha / (alpha + t);
  const w = t / (alpha + t);
  const out: number[] = [];
  let poissonTerm = Math.exp(r * Math.log(q)); // Γ(r+j)/(Γ(r) j!) q^r w^j at j = 0
  let cumulative = 0; // Σ_{j<k} of those terms
  for (let k = 0; k < maxK; k++) {
    let p = Math.exp(logBeta(a, b + k) - lbAB) * poissonTerm;
    if (k > 0) p += Math.exp(logBeta(a + 1, b + k - 1) - lbAB) * (1 - cumulative);
    out.push(p);
    cumulative += poissonTerm;
    poissonTerm *= ((r + k) / (k + 1)) * w;
  }
  out.push(Math.max(0, 1 - out.reduce((s, v) => s + v, 0)));
  return out;
}

