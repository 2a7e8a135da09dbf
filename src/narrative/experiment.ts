/**
 * The A/B design a segment can support, computed from its own figures instead of stated as a
 * constant: the holdout, the smallest lift in revenue per customer the test could detect, and how
 * long to run it. Two-sample comparison of means, normal approximation:
 *   MDE (relative) = (z(1 - α/2) + z(power)) · (σ / μ) · √(1/n_treated + 1/n_holdout),
 * with σ/μ the segment's spend standard deviation over its mean (spend per customer over the test
 * is taken to vary as lifetime spend does, the best estimate the data holds). The power arithmetic
 * is src/analysis/stats/power.ts, shared with the campaign card and `segbot measure`.
 */
import { DEFAULT_ALPHA, DEFAULT_POWER, minimumDetectableLift, splitSizes } from '../analysis/index.js';

export const POWER = DEFAULT_POWER;
export const SIGNIFICANCE = DEFAULT_ALPHA;
/** A holdout this small is enough when it still detects a 10% lift; otherwise the larger one. */
const GOOD_ENOUGH_MDE = 0.1;
/** Longer than this, a test waits on too few purchases to be worth planning in weeks. */
const MAX_WEEKS = 26;

export interface ExperimentInputs {
  size: number;
  spendMean: number | null;
  spendStd: number | null;
  /** Mean orders per customer and mean days since the first purchase: the purchase rate. */
  ordersPerCustomer: number | null;
  tenureDays: number | null;
}

/** What the payload carries: every number a narrator may quote about the test, rounded as shown. */
export interface ExperimentDesign {
  holdoutShare: number;
  treated: number;
  heldOut: number;
  /** Smallest detectable relative change in revenue per customer (0.64 = 64%); may exceed 1. */
  minimumDetectableEffect: number;
  /** Weeks for the typical customer to place about one order; null when that is beyond MAX_WEEKS or unknown. */
  weeks: number | null;
  powerShare: number;
  significanceShare: number;
}

/** The MDE for a holdout share, or null when the spend spread is unknown or the split leaves a side empty. */
export function minimumDetectableEffect(size: number, holdoutShare: number, spendMean: number, spendStd: number): number | null {
  const { treatment, holdout } = splitSizes(size, holdoutShare);
  const mde = minimumDetectableLift({ mean: spendMean, sd: spendStd }, treatment, holdout, { alpha: SIGNIFICANCE, power: POWER });
  return Number.isFinite(mde) ? mde : null;
}

/** The design for the segment, choosing among the allowed holdout shares; null when the data cannot support one. */
export function designExperiment(inputs: ExperimentInputs, holdoutShares: number[]): ExperimentDesign | null {
  const { size, spendMean, spendStd } = inputs;
  if (spendMean === null || spendStd === null) return null;
  const shares = [...holdoutShares].sort((a, b) => a - b);
  const options = shares.map((share) => ({ share, mde: minimumDetectableEffect(size, share, spendMean, spendStd) })).filter((o) => o.mde !== null);
  if (options.length === 0) return null;
  const chosen = options.find((o) => (o.mde as number) <= GOOD_ENOUGH_MDE) ?? options[options.length - 1];
  const heldOut = Math.round(size * chosen.share);
  return {
    holdoutShare: chosen.share,
    treated: size - heldOut,
    heldOut,
    minimumDetectableEffect: Math.round((chosen.mde as number) * 100) / 100,
    weeks: weeksForOneOrder(inputs),
    powerShare: POWER,
    significanceShare: SIGNIFICANCE,
  };
}

function weeksForOneOrder({ ordersPerCustomer, tenureDays }: ExperimentInputs): number | null {
  if (ordersPerCustomer === null || tenureDays === null || !(ordersPerCustomer > 0) || !(tenureDays > 0)) return null;
  // Orders spread over the tenure (at least one day): days between orders for the typical customer.
  const daysPerOrder = Math.max(tenureDays, 1) / ordersPerCustomer;
  const weeks = Math.max(2, Math.ceil(daysPerOrder / 7));
  return weeks > MAX_WEEKS ? null : weeks;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;
const int = (n: number) => n.toLocaleString('en-US');

/** The design in words, every number from `design` (so the grounding check finds each in the payload). */
export function describeExperiment(design: ExperimentDesign): string {
  const split = `Hold out ${pct(design.holdoutShare)} of the audience at random (${int(design.heldOut)} customers) and send the campaign to the other ${int(design.treated)}.`;
  const detect =
    design.minimumDetectableEffect > 1
      ? ` With spend as uneven as this segment's, even a doubling of revenue per customer could go unnoticed (${pct(design.powerShare)} power, ${pct(design.significanceShare)} significance): run it as a pilot and judge on response, or pool it with similar segments.`
      : ` With spend as uneven as this segment's, the test can detect a change in revenue per customer of about ${pct(design.minimumDetectableEffect)} or more (${pct(design.powerShare)} power, ${pct(design.significanceShare)} significance); smaller effects will not show.`;
  const duration =
    design.weeks === null
      ? ' Their purchases are too infrequent to time the test in weeks: compare the groups after a full buying cycle.'
      : ` Run it for ${design.weeks} weeks, about the time the typical customer takes to place one order, then compare the two groups.`;
  return split + detect + duration;
}
