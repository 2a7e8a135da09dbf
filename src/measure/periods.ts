/**
 * The measurement window and the segment's prior periods of the same length, as half-open UTC day
 * ranges [from, to): the comparison "relative to periods without a campaign" of the business goal.
 */
import { AnalysisError } from '../errors.js';

export interface Window {
  /** Inclusive, YYYY-MM-DD. */
  from: string;
  /** Exclusive, YYYY-MM-DD. */
  to: string;
}

const DAY = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseDay(value: string, flag: string): number {
  const t = ISO_DAY.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  if (!Number.isFinite(t) || new Date(t).toISOString().slice(0, 10) !== value) {
    throw new AnalysisError('BAD_DATE', `${flag} "${value}" is not a date; give it as YYYY-MM-DD (e.g. ${flag} 2011-11-01).`);
  }
  return t;
}

const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The window checked (from before to), and `count` windows of the same length just before it, newest first. */
export function priorWindows(window: Window, count: number): Window[] {
  const from = parseDay(window.from, '--from');
  const to = parseDay(window.to, '--to');
  if (to <= from) throw new AnalysisError('BAD_WINDOW', `--to ${window.to} must be after --from ${window.from} (the window is from the first day up to, not including, the last).`);
  const length = Math.round((to - from) / DAY) * DAY;
  return Array.from({ length: count }, (_, i) => ({ from: dayOf(from - (i + 1) * length), to: dayOf(from - i * length) }));
}

export interface PeriodSales extends Window {
  /** Mean sales per audience customer in the period (zeros included). */
  meanPerCustomer: number;
}

export interface PriorComparison {
  prior: PeriodSales[];
  /** Mean over the prior periods that have data; null when none has. */
  priorMean: number | null;
  /** The window's treatment mean relative to the prior mean (0.2 = +20%); null without a prior. */
  changeVsPrior: number | null;
}

export function compareWithPrior(treatmentMean: number, prior: PeriodSales[]): PriorComparison {
  const withData = prior.filter((p) => Number.isFinite(p.meanPerCustomer));
  const priorMean = withData.length ? withData.reduce((s, p) => s + p.meanPerCustomer, 0) / withData.length : null;
  return { prior, priorMean, changeVsPrior: priorMean && priorMean > 0 ? treatmentMean / priorMean - 1 : null };
}
