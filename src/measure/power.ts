/**
 * Power from the data's own variance: the smallest relative lift a treatment/holdout split can
 * show, and the holdout needed to show a given lift. Two-sided test of the difference in mean sales
 * per customer at level alpha (normal approximation, unequal variances). Pure: the narrator's A/B
 * claims (holdout size, minimum detectable effect) can reuse these.
 */

export interface PowerOptions {
  /** Two-sided significance level; default 0.05. */
  alpha?: number;
  /** Default 0.8. */
  power?: number;
}

/** Acklam's inverse normal CDF (relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile needs 0 < p < 1, got ${p}`);
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

function zSum(o: PowerOptions): number {
  return normalQuantile(1 - (o.alpha ?? 0.05) / 2) + normalQuantile(o.power ?? 0.8);
}

export interface SalesMoments {
  /** Mean sales per customer in the window (zeros included). */
  mean: number;
  /** Standard deviation of sales per customer in the window. */
  sd: number;
}

/**
 * The smallest relative lift (0.15 = +15%) detectable at the given power with these group sizes;
 * Infinity when a group is empty or the baseline mean is zero.
 */
export function minimumDetectableLift(baseline: SalesMoments, treatmentSize: number, holdoutSize: number, options: PowerOptions = {}): number {
  if (treatmentSize < 1 || holdoutSize < 1 || !(baseline.mean > 0)) return Infinity;
  const se = baseline.sd * Math.sqrt(1 / treatmentSize + 1 / holdoutSize);
  return (zSum(options) * se) / baseline.mean;
}

/**
 * Holdout customers needed to detect `lift` with `treatmentSize` treated customers; null when no
 * holdout is large enough (the treatment group itself is too small or the baseline mean is zero).
 */
export function holdoutSizeNeeded(baseline: SalesMoments, treatmentSize: number, lift: number, options: PowerOptions = {}): number | null {
  if (!(baseline.mean > 0) || !(lift > 0) || treatmentSize < 1) return null;
  const variance = baseline.sd ** 2;
  if (variance === 0) return 1;
  const budget = ((lift * baseline.mean) / zSum(options)) ** 2 - variance / treatmentSize;
  if (budget <= 0) return null;
  return Math.ceil(variance / budget);
}

/** Before launch: the split of a segment of `size` customers and the lift it can show. */
export function plannedPower(baseline: SalesMoments, size: number, holdoutFraction: number, options: PowerOptions = {}) {
  const holdout = Math.round(size * holdoutFraction);
  const treatment = size - holdout;
  return { treatment, holdout, minimumDetectableLift: minimumDetectableLift(baseline, treatment, holdout, options) };
}
