/**
 * Pure clean-up of a customer table's columns, on typed arrays: impossible values and extreme
 * outliers flagged (clipped or excluded), missing values imputed with the median, rare
 * categories merged into "Other". Every change is reported as a ColumnIssue.
 */
import type { ColumnIssue } from '../result/index.js';

export const OTHER = 'Other';
/** Outlier fence: this many interquartile ranges beyond the quartiles (on log1p scale for skewed columns). */
export const FENCE_IQR = 3;
/** Categories held by fewer than this share of customers are merged into "Other". */
export const RARE_SHARE = 0.01;

export function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function presentSorted(values: Float64Array): Float64Array {
  return values.filter((v) => !Number.isNaN(v)).sort();
}

export function skewness(values: Float64Array): number {
  const x = presentSorted(values);
  const n = x.length;
  if (n < 3) return 0;
  let mean = 0;
  for (const v of x) mean += v / n;
  let m2 = 0;
  let m3 = 0;
  for (const v of x) {
    m2 += (v - mean) ** 2 / n;
    m3 += (v - mean) ** 3 / n;
  }
  return m2 > 0 ? m3 / m2 ** 1.5 : 0;
}

export interface OutlierRule {
  /** Values outside [min, max] are impossible whatever the distribution (an age of 120). */
  plausible?: { min: number; max: number };
  /** Judge the spread on log1p scale and only the upper tail (money and counts). */
  log1p: boolean;
}

/** Indices of outliers: impossible values, or beyond FENCE_IQR interquartile ranges. */
export function findOutliers(values: Float64Array, rule: OutlierRule): Uint8Array {
  const flags = new Uint8Array(values.length);
  const scale = (v: number) => (rule.log1p ? Math.log1p(Math.max(v, 0)) : v);
  const sorted = presentSorted(values.map(scale));
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const iqr = q3 - q1;
  const lower = rule.log1p ? -Infinity : q1 - FENCE_IQR * iqr;
  const upper = q3 + FENCE_IQR * iqr;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    const impossible = rule.plausible && (v < rule.plausible.min || v > rule.plausible.max);
    const extreme = iqr > 0 && (scale(v) < lower || scale(v) > upper);
    if (impossible || extreme) flags[i] = 1;
  }
  return flags;
}

/** Clips flagged values to the nearest value that was not flagged. */
export function clipOutliers(values: Float64Array, flags: Uint8Array): void {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (!flags[i] && !Number.isNaN(values[i])) {
      lo = Math.min(lo, values[i]);
      hi = Math.max(hi, values[i]);
    }
  }
  const mid = (lo + hi) / 2;
  for (let i = 0; i < values.length; i++) if (flags[i]) values[i] = values[i] > mid ? hi : lo;
}

export function outlierExamples(values: Float64Array, flags: Uint8Array, max = 5): number[] {
  const out = new Set<number>();
  for (let i = 0; i < values.length && out.size < max; i++) if (flags[i]) out.add(values[i]);
  return [...out].sort((a, b) => a - b);
}

/** Replaces NaN with the median of the present values; returns how many were imputed and the median. */
export function imputeMedian(values: Float64Array): { count: number; median: number } {
  const sorted = presentSorted(values);
  const median = sorted.length ? quantile(sorted, 0.5) : 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) {
      values[i] = median;
      count++;
    }
  }
  return { count, median };
}

/** Merges rare levels into "Other" (in place on the string values); returns the merged levels. */
export function mergeRareCategories(values: (string | null)[], column: string): ColumnIssue | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  const threshold = RARE_SHARE * values.length;
  const rare = [...counts.entries()].filter(([, n]) => n < threshold).map(([level]) => level).sort();
  // Merging is pointless when it would leave a single level, or merge one level into itself.
  if (rare.length === 0 || counts.size - rare.length < 1 || (rare.length === 1 && rare[0] === OTHER)) return null;
  const set = new Set(rare);
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] !== null && set.has(values[i]!)) {
      values[i] = OTHER;
      count++;
    }
  }
  return {
    column,
    code: 'RARE_CATEGORY_MERGED',
    count,
    action: `${rare.length} levels held by fewer than ${(RARE_SHARE * 100).toFixed(0)}% of customers merged into "${OTHER}"`,
    examples: rare.slice(0, 10),
  };
}
