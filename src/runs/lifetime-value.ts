/**
 * Lifetime value for a run: the purchase summary from the data session, BG/NBD and Gamma-Gamma
 * fitted on it, and per-customer P(alive), expected purchases and CLV; or the reason it was not
 * possible (a customer table, too short a history, no repeat purchases).
 */
import {
  DAYS_PER_WEEK,
  calibrationFit,
  customerLifetimes,
  fitBgNbd,
  fitGammaGamma,
  frequencySpendCorrelation,
  type BgNbdParams,
  type CustomerLifetime,
  type FitReport,
  type GammaGammaParams,
  type PurchaseSummary,
} from '../analysis/clv/index.js';
import type { DataSession, PurchaseSummaryRows } from '../data/index.js';
import { SegbotError } from '../errors.js';
import { roundSig, type LifetimeSummary, type SegmentLifetime } from '../result/index.js';

export interface LifetimeSettings {
  purchaseDays: number;
  horizonDays: number;
  annualDiscountRate: number;
}

export const DEFAULT_LIFETIME_SETTINGS: LifetimeSettings = { purchaseDays: 90, horizonDays: 365, annualDiscountRate: 0.1 };

/** Below these, the models' parameters are too uncertain to put a probability on a customer. */
export const MIN_HISTORY_DAYS = 56;
export const MIN_REPEAT_CUSTOMERS = 20;

export interface LifetimeFit {
  summary: LifetimeSummary;
  /** Fitted models and per-customer figures, in the order of `summaryRows.customerIds`; null when skipped. */
  fitted: { rows: PurchaseSummaryRows; bg: FitReport<BgNbdParams>; gg: FitReport<GammaGammaParams> | null; customers: CustomerLifetime } | null;
}

export function toModelSummary(rows: PurchaseSummaryRows): PurchaseSummary {
  return { customerIds: rows.customerIds, x: rows.x, tx: rows.txDays.map((d) => d / DAYS_PER_WEEK), T: rows.tDays.map((d) => d / DAYS_PER_WEEK), m: rows.m };
}

const skipped = (reason: string, observationEnd: string | null, settings: LifetimeSettings): LifetimeFit => ({
  summary: { status: 'skipped', reason, model: 'bg-nbd + gamma-gamma', observationEnd, ...settings, bgnbd: null, gammaGamma: null, separatesActive: false, calibrationFit: [] },
  fitted: null,
});

/** Fits the models on the purchase history up to observationEnd (inclusive). */
export function fitLifetimeOn(rows: PurchaseSummaryRows, observationEnd: string, settings: LifetimeSettings = DEFAULT_LIFETIME_SETTINGS): LifetimeFit {
  const n = rows.customerIds.length;
  let longest = 0;
  let repeaters = 0;
  for (let i = 0; i < n; i++) {
    if (rows.tDays[i] > longest) longest = rows.tDays[i];
    if (rows.x[i] > 0) repeaters++;
  }
  if (longest < MIN_HISTORY_DAYS) return skipped(`the data spans ${longest + 1} days; lifetime value needs at least ${MIN_HISTORY_DAYS} days of purchases to tell how often customers come back`, observationEnd, settings);
  if (repeaters < MIN_REPEAT_CUSTOMERS) return skipped(`only ${repeaters} customers bought on more than one day; lifetime value needs at least ${MIN_REPEAT_CUSTOMERS}`, observationEnd, settings);
  const s = toModelSummary(rows);
  let bg: FitReport<BgNbdParams>;
  try {
    bg = fitBgNbd(s);
  } catch (e) {
    if (e instanceof SegbotError) return skipped(e.message, observationEnd, settings);
    throw e;
  }
  if (!bg.converged || !(bg.params.a > 0) || !Object.values(bg.params).every(Number.isFinite)) {
    return skipped('the purchase-frequency model (BG/NBD) did not converge on this data', observationEnd, settings);
  }
  let gg: FitReport<GammaGammaParams> | null = null;
  let ggNote: string | null = null;
  try {
    gg = fitGammaGamma(s);
    if (!gg.converged) {
      ggNote = 'the spend model (Gamma-Gamma) found no finite answer on this data (its parameters ran off to infinity); CLV is left out';
      gg = null;
    } else if (!(gg.params.q > 1)) {
      ggNote = 'the spend model (Gamma-Gamma) did not give a finite mean spend (q ≤ 1); CLV is left out';
      gg = null;
    }
  } catch (e) {
    if (!(e instanceof SegbotError)) throw e;
    ggNote = `${e.message}; CLV is left out`;
  }
  const correlation = frequencySpendCorrelation(s);
  const noDropOut = bg.params.a / (bg.params.a + bg.params.b) < 0.01
    ? `the model finds almost no drop-out (mean drop-out probability per purchase ${(bg.params.a / (bg.params.a + bg.params.b)).toFixed(4)}): P(alive) is near 1 for everyone and does not separate active from lapsed customers here`
    : null;
  const corrNote = gg && Math.abs(correlation) > 0.3 ? `spend per purchase correlates with purchase frequency (r = ${correlation.toFixed(2)}), against the spend model's assumption: read CLV with care` : null;
  const customers = customerLifetimes(s, bg.params, gg?.params ?? null, settings);
  const round = (v: number) => roundSig(v, 6);
  return {
    summary: {
      status: 'fitted',
      reason: [noDropOut, ggNote, corrNote].filter(Boolean).join('; ') || null,
      model: 'bg-nbd + gamma-gamma',
      observationEnd,
      ...settings,
      bgnbd: { r: round(bg.params.r), alpha: round(bg.params.alpha), a: round(bg.params.a), b: round(bg.params.b), logLikelihood: roundSig(bg.logLikelihood, 9), customers: bg.customers },
      gammaGamma: gg
        ? { p: round(gg.params.p), q: round(gg.params.q), v: round(gg.params.v), logLikelihood: roundSig(gg.logLikelihood, 9), customers: gg.customers, frequencySpendCorrelation: Number.isFinite(correlation) ? round(correlation) : null }
        : null,
      separatesActive: noDropOut === null,
      calibrationFit: calibrationFit(s, bg.params).map((r) => ({ ...r, expected: roundSig(r.expected, 6) })),
    },
    fitted: { rows, bg, gg, customers },
  };
}

/** For a run: the whole history up to the day before asOf (asOf is exclusive, as for recency). */
export async function lifetimeForRun(session: DataSession, asOf: string, settings: LifetimeSettings = DEFAULT_LIFETIME_SETTINGS): Promise<LifetimeFit | null> {
  const observationEnd = new Date(Date.parse(`${asOf}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const rows = await session.purchaseSummary({ calibrationEnd: observationEnd });
  if (!rows) return null;
  return fitLifetimeOn(rows, observationEnd, settings);
}

/** Per-customer lifetime columns aligned with the run's customer order (NaN where a customer has no estimate). */
export interface LifetimeColumns {
  pAlive: Float64Array;
  expectedPurchases90d: Float64Array;
  clv: Float64Array;
  /** 1 when the customer bought on more than one day. */
  repeat: Uint8Array;
}

export function alignLifetime(fit: LifetimeFit, customerIds: readonly string[]): LifetimeColumns | null {
  if (!fit.fitted) return null;
  const { rows, customers } = fit.fitted;
  const index = new Map(rows.customerIds.map((id, i) => [id, i]));
  const n = customerIds.length;
  const out: LifetimeColumns = { pAlive: new Float64Array(n).fill(Number.NaN), expectedPurchases90d: new Float64Array(n).fill(Number.NaN), clv: new Float64Array(n).fill(Number.NaN), repeat: new Uint8Array(n) };
  for (let i = 0; i < n; i++) {
    const j = index.get(customerIds[i]);
    if (j === undefined) continue;
    out.pAlive[i] = customers.pAlive[j];
    out.expectedPurchases90d[i] = customers.expectedPurchases[j];
    out.clv[i] = customers.clv[j];
    out.repeat[i] = rows.x[j] > 0 ? 1 : 0;
  }
  return out;
}

/** Mean P(alive), share probably active, mean expected purchases and CLV over the customers picked by `member`. */
export function lifetimeOf(columns: LifetimeColumns, member: (i: number) => boolean): SegmentLifetime | null {
  let n = 0;
  let repeatN = 0;
  let repeatPAlive = 0;
  let repeatActive = 0;
  let pAlive = 0;
  let active = 0;
  let expected = 0;
  let clv = 0;
  let clvN = 0;
  for (let i = 0; i < columns.pAlive.length; i++) {
    if (!member(i) || !Number.isFinite(columns.pAlive[i])) continue;
    n++;
    pAlive += columns.pAlive[i];
    if (columns.pAlive[i] >= 0.5) active++;
    if (columns.repeat[i]) {
      repeatN++;
      repeatPAlive += columns.pAlive[i];
      if (columns.pAlive[i] >= 0.5) repeatActive++;
    }
    expected += columns.expectedPurchases90d[i];
    if (Number.isFinite(columns.clv[i])) {
      clv += columns.clv[i];
      clvN++;
    }
  }
  if (n === 0) return null;
  return {
    customers: n,
    meanPAlive: roundSig(pAlive / n, 6),
    probablyActiveShare: roundSig(active / n, 6),
    repeatCustomers: repeatN,
    repeatMeanPAlive: repeatN > 0 ? roundSig(repeatPAlive / repeatN, 6) : null,
    repeatProbablyActiveShare: repeatN > 0 ? roundSig(repeatActive / repeatN, 6) : null,
    meanExpectedPurchases: roundSig(expected / n, 6),
    meanClv: clvN === n ? roundSig(clv / n, 6) : null,
    totalClv: clvN === n ? roundSig(clv, 9) : null,
  };
}
