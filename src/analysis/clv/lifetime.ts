/**
 * Per-customer predictions from fitted models: P(alive), expected purchases over a horizon,
 * expected spend per purchase and a discounted lifetime value; and the calibration/holdout check.
 */
import { expectedPurchases, probabilityAlive, purchaseCountDistribution } from './bgnbd.js';
import { expectedSpend } from './gamma-gamma.js';
import type { BgNbdParams, GammaGammaParams, PurchaseSummary } from './types.js';

export const DAYS_PER_WEEK = 7;
const DAYS_PER_MONTH = 365.25 / 12;

export interface LifetimeOptions {
  /** Expected purchases are reported over this many days (default 90). */
  purchaseDays?: number;
  /** CLV horizon in days (default 365). */
  horizonDays?: number;
  /** Annual discount rate for CLV (default 0.10). */
  annualDiscountRate?: number;
}

export interface CustomerLifetime {
  pAlive: Float64Array;
  expectedPurchases: Float64Array;
  expectedSpend: Float64Array;
  clv: Float64Array;
}

export function customerLifetimes(s: PurchaseSummary, bg: BgNbdParams, gg: GammaGammaParams | null, options: LifetimeOptions = {}): CustomerLifetime {
  const purchaseWeeks = (options.purchaseDays ?? 90) / DAYS_PER_WEEK;
  const months = Math.max(1, Math.round((options.horizonDays ?? 365) / DAYS_PER_MONTH));
  const monthlyDiscount = (1 + (options.annualDiscountRate ?? 0.1)) ** (1 / 12) - 1;
  const n = s.x.length;
  const out: CustomerLifetime = { pAlive: new Float64Array(n), expectedPurchases: new Float64Array(n), expectedSpend: new Float64Array(n), clv: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const [x, tx, T] = [s.x[i], s.tx[i], s.T[i]];
    out.pAlive[i] = probabilityAlive(bg, x, tx, T);
    out.expectedPurchases[i] = expectedPurchases(bg, purchaseWeeks, x, tx, T);
    const spend = gg ? expectedSpend(gg, x, s.m[i]) : Number.NaN;
    out.expectedSpend[i] = spend;
    // Month by month: purchases expected in each month, valued at the expected spend, discounted.
    let value = 0;
    let before = 0;
    for (let k = 1; k <= months; k++) {
      const upTo = expectedPurchases(bg, (k * DAYS_PER_MONTH) / DAYS_PER_WEEK, x, tx, T);
      value += ((upTo - before) * spend) / (1 + monthlyDiscount) ** k;
      before = upTo;
    }
    out.clv[i] = value;
  }
  return out;
}

export interface HoldoutRow {
  /** Repeat purchases in the calibration period (the last row: this many or more). */
  calibrationPurchases: number;
  orMore: boolean;
  customers: number;
  actual: number;
  predicted: number;
}

export interface HoldoutCheck {
  holdoutWeeks: number;
  rows: HoldoutRow[];
  totalActual: number;
  totalPredicted: number;
}

/** The classic calibration/holdout table: mean repeat purchases in the holdout by calibration repeat count. */
export function holdoutCheck(s: PurchaseSummary, holdoutPurchases: Float64Array, holdoutWeeks: number, bg: BgNbdParams, maxRow = 7): HoldoutCheck {
  const rows: HoldoutRow[] = Array.from({ length: maxRow + 1 }, (_, k) => ({ calibrationPurchases: k, orMore: k === maxRow, customers: 0, actual: 0, predicted: 0 }));
  let totalActual = 0;
  let totalPredicted = 0;
  for (let i = 0; i < s.x.length; i++) {
    const predicted = expectedPurchases(bg, holdoutWeeks, s.x[i], s.tx[i], s.T[i]);
    const row = rows[Math.min(s.x[i], maxRow)];
    row.customers++;
    row.actual += holdoutPurchases[i];
    row.predicted += predicted;
    totalActual += holdoutPurchases[i];
    totalPredicted += predicted;
  }
  return { holdoutWeeks, rows: rows.filter((r) => r.customers > 0), totalActual, totalPredicted };
}

export interface FrequencyFitRow {
  repeatPurchases: number;
  orMore: boolean;
  actual: number;
  expected: number;
}

/** Goodness of fit in the calibration period: customers with 0, 1, …, maxRow+ repeat purchases, actual and expected. */
export function calibrationFit(s: PurchaseSummary, bg: BgNbdParams, maxRow = 7): FrequencyFitRow[] {
  const rows: FrequencyFitRow[] = Array.from({ length: maxRow + 1 }, (_, k) => ({ repeatPurchases: k, orMore: k === maxRow, actual: 0, expected: 0 }));
  const cache = new Map<number, number[]>();
  for (let i = 0; i < s.x.length; i++) {
    rows[Math.min(s.x[i], maxRow)].actual++;
    const T = s.T[i];
    let dist = cache.get(T);
    if (!dist) cache.set(T, (dist = purchaseCountDistribution(bg, T, maxRow)));
    for (let k = 0; k <= maxRow; k++) rows[k].expected += dist[k];
  }
  return rows;
}
