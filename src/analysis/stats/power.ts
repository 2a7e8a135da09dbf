/**
 * Power of a treatment/holdout comparison of mean sales per customer, in one place for the narrator
 * (the A/B design a campaign text may quote), the campaign card (before launch) and `segbot measure`
 * (after the window). Two-sided test of the difference in means at level alpha, normal
 * approximation with unequal variances:
 *   minimum detectable lift = (z(1 − α/2) + z(power)) · (σ / μ) · √(1/n_treated + 1/n_holdout).
 * Pure: numbers in, numbers out.
 */

export interface PowerOptions {
  /** Two-sided significance level; default 0.05. */
  alpha?: number;
  /** Default 0.8. */
  power?: number;
}

export const DEFAULT_ALPHA = 0.05;
export const DEFAULT_POWER = 0.8;

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

/** z(1 − α/2) + z(power): 2.8016 at the defaults. */
export function zSum(o: PowerOptions = {}): number {
  return normalQuantile(1 - (o.alpha ?? DEFAULT_ALPHA) / 2) + normalQuantile(o.power ?? DEFAULT_POWER);
}

export interface SalesMoments {
  /** Mean sales per customer (zeros included). */
  mean: number;
  /** Standard deviation of sales per customer. */
  sd: number;
}

/**
 * The smallest relative lift (0.15 = +15%) detectable at the given power with these group sizes;
 * Infinity when a group is empty or the baseline mean is zero.
 */
export function minimumDetectableLift(baseline: SalesMoments, treatmentSize: number, holdoutSize: number, options: PowerOptions = {}): number {
  if (treatmentSize < 1 || holdoutSize < 1 || !(baseline.mean > 0) || !(baseline.sd >= 0)) return Infinity;
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

/** A segment of `size` split by a holdout share: the holdout rounded, the rest treated. */
export function splitSizes(size: number, holdoutShare: number): { treatment: number; holdout: number } {
  const holdout = Math.round(size * holdoutShare);
  return { treatment: size - holdout, holdout };
}

/** Before launch: the split of a segment of `size` customers and the lift it can show. */
export function plannedPower(baseline: SalesMoments, size: number, holdoutShare: number, options: PowerOptions = {}) {
  const { treatment, holdout } = splitSizes(size, holdoutShare);
  return { treatment, holdout, minimumDetectableLift: minimumDetectableLift(baseline, treatment, holdout, options) };
}

/**
 * What a customer of a segment spends in a window of `days`, from the segment's purchase rate and
 * spend spread: purchases are Poisson with a rate that varies between customers, baskets vary
 * around their mean. With λ the orders per day, W the window and b the basket:
 *   mean = λ̄W · b̄,   variance = λ̄W · E[b²] + Var(λ)W² · b̄²,
 * where Var(λ) is what the spread of order counts leaves once Poisson noise is taken out
 * (Var(orders) = E[orders] + Var(λ)H² over a history of H days), and the basket's spread is what is left of the spend spread once the order-count spread is
 * taken out (cv²(spend) ≈ cv²(orders) + cv²(basket) + cv²(orders)·cv²(basket)). Most customers buy
 * nothing in a short window, which is what makes a short test's variance large.
 */
export interface PurchaseProfile {
  /** Mean and standard deviation of lifetime spend per customer. */
  spendMean: number;
  spendSd: number;
  /** Mean and standard deviation of orders per customer over their history. */
  ordersMean: number;
  ordersSd: number;
  /** Mean days from a customer's first purchase to the as-of date (their history's length). */
  historyDays: number;
}

/** A history shorter than this is not a rate (a customer who bought yesterday for the first time). */
const MIN_HISTORY_DAYS = 7;

export function windowSalesMoments(p: PurchaseProfile, days: number): SalesMoments | null {
  const finite = [p.spendMean, p.spendSd, p.ordersMean, p.ordersSd, p.historyDays, days].every(Number.isFinite);
  if (!finite || !(p.spendMean > 0) || !(p.ordersMean > 0) || !(days > 0) || p.spendSd < 0 || p.ordersSd < 0) return null;
  const history = Math.max(p.historyDays, MIN_HISTORY_DAYS);
  const ordersInWindow = (p.ordersMean / history) * days;
  const basket = p.spendMean / p.ordersMean;
  const cvSpend2 = (p.spendSd / p.spendMean) ** 2;
  const cvOrders2 = (p.ordersSd / p.ordersMean) ** 2;
  const cvBasket2 = Math.max(0, (cvSpend2 - cvOrders2) / (1 + cvOrders2));
  const rateVariance = Math.max(0, p.ordersSd ** 2 - p.ordersMean) * (days / history) ** 2;
  const variance = ordersInWindow * basket ** 2 * (1 + cvBasket2) + rateVariance * basket ** 2;
  return { mean: ordersInWindow * basket, sd: Math.sqrt(variance) };
}

/** Longer than this, a test waits on too few purchases to be worth planning in weeks. */
export const MAX_TEST_WEEKS = 26;

/**
 * How long a segment's test runs: the weeks the typical customer takes to place about one order
 * (mean orders spread over the mean history, at least two weeks), at most MAX_TEST_WEEKS (`capped`
 * when the order cycle is longer); null when the figures are missing. The campaign card, its
 * before-launch check and the audience export's planned window all use it, so they speak of the same test.
 */
export function testPlan(ordersMean: number | null | undefined, historyDays: number | null | undefined): { weeks: number; capped: boolean } | null {
  if (ordersMean == null || historyDays == null || !(ordersMean > 0) || !(historyDays > 0)) return null;
  const daysPerOrder = Math.max(historyDays, 1) / ordersMean;
  const weeks = Math.max(2, Math.ceil(daysPerOrder / 7));
  return weeks > MAX_TEST_WEEKS ? { weeks: MAX_TEST_WEEKS, capped: true } : { weeks, capped: false };
}

/** testPlan's weeks, or null. */
export function testWeeks(ordersMean: number | null | undefined, historyDays: number | null | undefined): number | null {
  return testPlan(ordersMean, historyDays)?.weeks ?? null;
}
