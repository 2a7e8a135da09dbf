/**
 * Before launch: what a campaign's test can show. The holdout the export will use, and the smallest
 * lift in sales per customer the split can detect over the measurement window, from the segment's
 * size, purchase rate and spend spread (src/analysis/stats/power.ts), with a plain warning when it
 * cannot show the status-quo lift at 80% power and what would. Pure: a segment profile in, figures and
 * one sentence out.
 */
import { DEFAULT_POWER, minimumDetectableLift, splitSizes, testWeeks, windowSalesMoments, type PurchaseProfile, type SalesMoments } from '../analysis/index.js';
import type { SegmentProfile } from '../result/index.js';
import { DEFAULT_HOLDOUT } from './holdout.js';

export const STATUS_QUO_LIFT = 0.15;
/** The window planned when the segment's purchase rate cannot time the test (segbot audience export --weeks). */
export const DEFAULT_WINDOW_WEEKS = 4;

/** The test length the segment's campaign card plans (the weeks its typical customer takes to order once), or null. */
export function plannedTestWeeks(profile: SegmentProfile): number | null {
  const mean = (name: string) => profile.features.find((f) => f.feature === name)?.mean;
  return testWeeks(mean('frequency'), mean('tenure_days'));
}

export interface LaunchPower {
  size: number;
  holdoutShare: number;
  treatment: number;
  holdout: number;
  windowWeeks: number;
  /** Smallest detectable relative lift (0.38 = +38%); null when the data cannot size the test. */
  minimumDetectableLift: number | null;
  statusQuo: number;
  power: number;
  /** True when the split can show the status-quo lift at the given power. */
  detectsStatusQuo: boolean;
  /** The smallest holdout share (5% steps up to 50%) that could, when the default cannot; null if none can. */
  shareNeeded: number | null;
  /** Plain text for a card: the split, the detectable lift and, when it falls short, the warning. */
  text: string;
  /** The warning alone (also in `text`); null when the test can show the status-quo lift. */
  warning: string | null;
}

function purchaseProfile(profile: SegmentProfile): PurchaseProfile | null {
  const stat = (name: string) => profile.features.find((f) => f.feature === name);
  const spend = stat('monetary');
  const orders = stat('frequency');
  const history = stat('tenure_days');
  if (!spend || !orders || !history || spend.std === undefined || orders.std === undefined) return null;
  return { spendMean: spend.mean, spendSd: spend.std, ordersMean: orders.mean, ordersSd: orders.std, historyDays: history.mean };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const int = (n: number) => n.toLocaleString('en-US');

export function launchPower(profile: SegmentProfile, options: { holdoutShare?: number; windowWeeks?: number; statusQuo?: number } = {}): LaunchPower {
  const holdoutShare = options.holdoutShare ?? DEFAULT_HOLDOUT;
  // The card's own test length when the purchase rate gives one, so its two figures are one.
  const windowWeeks = options.windowWeeks ?? plannedTestWeeks(profile) ?? DEFAULT_WINDOW_WEEKS;
  const statusQuo = options.statusQuo ?? STATUS_QUO_LIFT;
  const { treatment, holdout } = splitSizes(profile.size, holdoutShare);
  const purchases = purchaseProfile(profile);
  const moments: SalesMoments | null = purchases ? windowSalesMoments(purchases, windowWeeks * 7) : null;
  const mdlOf = (share: number) => {
    const split = splitSizes(profile.size, share);
    return moments ? minimumDetectableLift(moments, split.treatment, split.holdout) : Infinity;
  };
  const mdl = mdlOf(holdoutShare);
  const split = `Holdout ${pct(holdoutShare)}${holdoutShare === DEFAULT_HOLDOUT ? ' (the export\'s default)' : ''}: ${int(holdout)} of ${int(profile.size)} customers kept out of the campaign to measure it.`;
  const base = { size: profile.size, holdoutShare, treatment, holdout, windowWeeks, statusQuo, power: DEFAULT_POWER };
  if (!moments || !Number.isFinite(mdl)) {
    const why = !moments ? 'this data has no purchase history to size the test from (a customer table, or no spend)' : 'the split leaves a group empty';
    const warning = `Cannot tell whether this campaign could show a ${pct(statusQuo)} lift: ${why}.`;
    return { ...base, minimumDetectableLift: null, detectsStatusQuo: false, shareNeeded: null, warning, text: `${split} ${warning}` };
  }
  const detects = mdl <= statusQuo;
  const shares = Array.from({ length: 10 }, (_, i) => (i + 1) * 0.05).filter((s) => s > holdoutShare + 1e-9);
  const shareNeeded = detects ? null : (shares.find((s) => mdlOf(s) <= statusQuo) ?? null);
  const detect = `Over ${windowWeeks === 8 || windowWeeks === 11 || windowWeeks === 18 ? 'an' : 'a'} ${windowWeeks}-week window it can detect a lift of about ${pct(mdl)} in sales per customer or more (${pct(DEFAULT_POWER)} power; from the segment's size, purchase rate and spend spread).`;
  let warning: string | null = null;
  if (!detects) {
    const fix =
      shareNeeded !== null
        ? `hold out ${pct(shareNeeded)} instead (${int(splitSizes(profile.size, shareNeeded).holdout)} customers, --holdout ${shareNeeded.toFixed(2)}), run it longer, or pool it with similar segments`
        : 'no holdout share would do with this segment; run it longer or pool it with similar segments';
    warning = `Warning: this campaign cannot show a ${pct(statusQuo)} lift at ${pct(DEFAULT_POWER)} power: ${fix}.`;
  }
  return { ...base, minimumDetectableLift: mdl, detectsStatusQuo: detects, shareNeeded, warning, text: [split, detect, warning].filter(Boolean).join(' ') };
}
