/**
 * Did the campaign work? Sales per customer in the measurement window, treatment against holdout:
 * the relative lift, a seeded bootstrap confidence interval (each group resampled on its own), a
 * seeded permutation test of no effect, the power the split had (from the data's own variance),
 * and a plain verdict against the status quo. Pure: arrays in, a serializable result out.
 */
import { createRng, deriveSeed, holdoutSizeNeeded, minimumDetectableLift, type PowerOptions } from '../analysis/index.js';
import { AnalysisError } from '../errors.js';

export interface LiftOptions extends PowerOptions {
  seed: number;
  /** Bootstrap resamples; default 2000. */
  resamples?: number;
  /** Permutations for the test of no effect; default 2000. */
  permutations?: number;
  /** Confidence level of the interval; default 0.95. */
  level?: number;
  /** The lift an untargeted campaign reaches; default 0.15. */
  statusQuo?: number;
}

const DEFAULTS = { resamples: 2000, permutations: 2000, level: 0.95, statusQuo: 0.15, alpha: 0.05, power: 0.8 };

export type VerdictKind = 'above_status_quo' | 'below_status_quo' | 'lift_unclear_vs_status_quo' | 'no_detectable_effect' | 'too_small_to_tell' | 'negative';

export interface LiftResult {
  treatment_customers: number;
  holdout_customers: number;
  treatment_mean: number;
  holdout_mean: number;
  /** Relative lift of mean sales per customer (0.2 = +20%); null when the holdout bought nothing. */
  lift: number | null;
  ci_low: number | null;
  ci_high: number | null;
  level: number;
  /** Two-sided permutation p-value for "treatment and holdout sales have the same distribution". */
  p_value: number;
  /** Smallest lift this split could detect at the given power, from the holdout's variance. */
  minimum_detectable_lift: number | null;
  /** Holdout needed to detect the status-quo lift at the given power; null if none would do. */
  holdout_needed: number | null;
  status_quo: number;
  seed: number;
  resamples: number;
  permutations: number;
  verdict: VerdictKind;
  verdict_text: string;
}

function mean(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return xs.length ? s / xs.length : 0;
}

function sd(xs: ArrayLike<number>): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += (xs[i] - m) ** 2;
  return Math.sqrt(s / (xs.length - 1));
}

function quantileSorted(sorted: Float64Array, q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Percentile interval of the ratio of means, each group resampled with replacement on its own. */
export function bootstrapLiftInterval(treatment: ArrayLike<number>, holdout: ArrayLike<number>, seed: number, resamples = DEFAULTS.resamples, level = DEFAULTS.level): [number, number] | null {
  const rng = createRng(deriveSeed(seed, 'bootstrap'));
  const lifts: number[] = [];
  const resampledMean = (xs: ArrayLike<number>) => {
    let s = 0;
    for (let i = 0; i < xs.length; i++) s += xs[rng.int(xs.length)];
    return s / xs.length;
  };
  for (let b = 0; b < resamples; b++) {
    const t = resampledMean(treatment);
    const h = resampledMean(holdout);
    // A resample in which the holdout bought nothing has no ratio; it counts as an unbounded lift.
    lifts.push(h > 0 ? t / h - 1 : Infinity);
  }
  const sorted = Float64Array.from(lifts).sort();
  const tail = (1 - level) / 2;
  const low = quantileSorted(sorted, tail);
  const high = quantileSorted(sorted, 1 - tail);
  return Number.isFinite(low) ? [low, high] : null;
}

/** Two-sided permutation p-value for the difference in means: the holdout's labels drawn again from the pooled customers. */
export function permutationPValue(treatment: ArrayLike<number>, holdout: ArrayLike<number>, seed: number, permutations = DEFAULTS.permutations): number {
  const nT = treatment.length;
  const nH = holdout.length;
  const n = nT + nH;
  const pooled = new Float64Array(n);
  for (let i = 0; i < nT; i++) pooled[i] = treatment[i];
  for (let i = 0; i < nH; i++) pooled[nT + i] = holdout[i];
  let total = 0;
  for (let i = 0; i < n; i++) total += pooled[i];
  const diffOf = (holdoutSum: number) => (total - holdoutSum) / nT - holdoutSum / nH;
  let observedHoldout = 0;
  for (let i = 0; i < nH; i++) observedHoldout += holdout[i];
  const observed = Math.abs(diffOf(observedHoldout));
  const rng = createRng(deriveSeed(seed, 'permutation'));
  const index = Int32Array.from({ length: n }, (_, i) => i);
  let extreme = 0;
  // Tolerance: sums in a different order differ in the last bits.
  const tolerance = 1e-9 * (Math.abs(observed) + 1);
  for (let p = 0; p < permutations; p++) {
    // Partial Fisher–Yates: the first nH slots are a uniform draw of the holdout.
    let s = 0;
    for (let i = 0; i < nH; i++) {
      const j = i + rng.int(n - i);
      const tmp = index[i];
      index[i] = index[j];
      index[j] = tmp;
      s += pooled[index[i]];
    }
    if (Math.abs(diffOf(s)) >= observed - tolerance) extreme++;
  }
  return (extreme + 1) / (permutations + 1);
}

const pct = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(Math.round(x * 100))}%`;
const plainPct = (x: number) => `${Math.round(x * 100)}%`;
/** A p-value as people read it: three decimals, or "< 0.001" (a permutation p is never exactly zero). */
export const formatPValue = (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`);

function verdictOf(r: Omit<LiftResult, 'verdict' | 'verdict_text'>, alpha: number): { verdict: VerdictKind; verdict_text: string } {
  const sq = plainPct(r.status_quo);
  const interval = r.ci_low !== null && r.ci_high !== null ? `, ${plainPct(r.level)} interval ${pct(r.ci_low)} to ${pct(r.ci_high)}` : '';
  const head = r.lift === null ? 'the holdout bought nothing in the window, so there is no lift to compute' : `${pct(r.lift)} against the holdout${interval}, ${formatPValue(r.p_value)}`;
  const need = r.holdout_needed === null ? 'no holdout size would do with this audience (too few customers or purchases)' : `a holdout of about ${r.holdout_needed} customers would be needed to show a ${sq} lift`;
  const significant = r.p_value < alpha;
  const underpowered = r.minimum_detectable_lift === null || r.minimum_detectable_lift > r.status_quo;
  if (r.lift === null || r.ci_low === null || r.ci_high === null) return { verdict: 'too_small_to_tell', verdict_text: `${head}: too small to tell whether it beats the ${sq} status quo; ${need}.` };
  if (r.ci_low > r.status_quo) return { verdict: 'above_status_quo', verdict_text: `${head}: above the ${sq} status quo.` };
  if (significant && r.ci_high < r.status_quo && r.lift > 0) return { verdict: 'below_status_quo', verdict_text: `${head}: a real lift, but below the ${sq} status quo.` };
  if (significant && r.lift < 0) return { verdict: 'negative', verdict_text: `${head}: the campaign lowered sales.` };
  if (significant) return { verdict: 'lift_unclear_vs_status_quo', verdict_text: `${head}: a real lift, but the interval does not tell whether it beats the ${sq} status quo.` };
  if (underpowered) return { verdict: 'too_small_to_tell', verdict_text: `${head}: too small to tell whether it beats the ${sq} status quo (this split could only detect ${r.minimum_detectable_lift === null ? 'no' : `a ${plainPct(r.minimum_detectable_lift)}`} lift); ${need}.` };
  return { verdict: 'no_detectable_effect', verdict_text: `${head}: no detectable effect, although a ${sq} lift would have shown; the campaign did not beat the ${sq} status quo.` };
}

/** Measures the lift of mean sales per customer (zeros included) of the treatment over the holdout. */
export function measureLift(treatment: ArrayLike<number>, holdout: ArrayLike<number>, options: LiftOptions): LiftResult {
  // Options left undefined by a caller take the defaults.
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as LiftOptions;
  const o = { ...DEFAULTS, ...given };
  if (treatment.length < 1 || holdout.length < 1) {
    throw new AnalysisError('EMPTY_GROUP', `cannot measure a lift with ${treatment.length} treated and ${holdout.length} holdout customers; export the audience with a holdout (--holdout 0.1) and measure its customers.`);
  }
  for (const xs of [treatment, holdout]) {
    for (let i = 0; i < xs.length; i++) {
      if (!Number.isFinite(xs[i])) throw new AnalysisError('BAD_SALES', `sales per customer must be finite numbers, got ${String(xs[i])}.`);
    }
  }
  const tMean = mean(treatment);
  const hMean = mean(holdout);
  const lift = hMean > 0 ? tMean / hMean - 1 : null;
  const ci = lift === null ? null : bootstrapLiftInterval(treatment, holdout, o.seed, o.resamples, o.level);
  // Power from the holdout's own variance: what the control group's sales look like without the campaign.
  const baseline = { mean: hMean, sd: sd(holdout) };
  const mdl = minimumDetectableLift(baseline, treatment.length, holdout.length, o);
  const base = {
    treatment_customers: treatment.length,
    holdout_customers: holdout.length,
    treatment_mean: tMean,
    holdout_mean: hMean,
    lift,
    ci_low: ci ? ci[0] : null,
    ci_high: ci ? ci[1] : null,
    level: o.level,
    p_value: permutationPValue(treatment, holdout, o.seed, o.permutations),
    minimum_detectable_lift: Number.isFinite(mdl) ? mdl : null,
    holdout_needed: holdoutSizeNeeded(baseline, treatment.length, o.statusQuo, o),
    status_quo: o.statusQuo,
    seed: o.seed,
    resamples: o.resamples,
    permutations: o.permutations,
  };
  return { ...base, ...verdictOf(base, o.alpha) };
}
