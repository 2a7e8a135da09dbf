/**
 * The A/B design a segment can support, computed from its own figures instead of stated as a
 * constant: the holdout, how long to run it, and the smallest lift in revenue per customer the test
 * could detect over that time. Two-sample comparison of means, normal approximation:
 *   MDE (relative) = (z(1 - α/2) + z(power)) · (σ / μ) · √(1/n_treated + 1/n_holdout),
 * with μ and σ the mean and spread of what a customer of the segment spends during the test
 * (windowSalesMoments: purchases at the segment's rate over the test's weeks, most customers buying
 * nothing in a short one), or, when the test cannot be timed in weeks, of lifetime spend. The
 * arithmetic is src/analysis/stats/power.ts, shared with the before-launch check and `segbot measure`,
 * so the card's two figures are one.
 */
import { DEFAULT_ALPHA, DEFAULT_POWER, minimumDetectableLift, splitSizes, testPlan, windowSalesMoments, type SalesMoments } from '../analysis/index.js';

export const POWER = DEFAULT_POWER;
export const SIGNIFICANCE = DEFAULT_ALPHA;
/** A holdout this small is enough when it still detects a 10% lift; otherwise the larger one. */
const GOOD_ENOUGH_MDE = 0.1;

export interface ExperimentInputs {
  size: number;
  spendMean: number | null;
  spendStd: number | null;
  /** Mean orders per customer and mean days since the first purchase: the purchase rate. */
  ordersPerCustomer: number | null;
  tenureDays: number | null;
  /** Spread of orders per customer; with it, the effect is sized on spend during the test, not over a lifetime. */
  ordersStd?: number | null;
}

/** What the payload carries: every number a narrator may quote about the test, rounded as shown. */
export interface ExperimentDesign {
  holdoutShare: number;
  treated: number;
  heldOut: number;
  /** Smallest detectable relative change in revenue per customer (0.64 = 64%); may exceed 1. */
  minimumDetectableEffect: number;
  /** Weeks for the typical customer to place about one order, at most 26 (testPlan); null when the purchase rate is unknown. */
  weeks: number | null;
  /** True when the order cycle is longer than 26 weeks and the test is planned at 26. */
  weeksCapped: boolean;
  powerShare: number;
  significanceShare: number;
}

/** The MDE for a holdout share on lifetime spend, or null when the spend spread is unknown or the split leaves a side empty. */
export function minimumDetectableEffect(size: number, holdoutShare: number, spendMean: number, spendStd: number): number | null {
  return mdeOn({ mean: spendMean, sd: spendStd }, size, holdoutShare);
}

function mdeOn(spend: SalesMoments, size: number, holdoutShare: number): number | null {
  const { treatment, holdout } = splitSizes(size, holdoutShare);
  const mde = minimumDetectableLift(spend, treatment, holdout, { alpha: SIGNIFICANCE, power: POWER });
  return Number.isFinite(mde) ? mde : null;
}

/** What a customer spends during a test of `weeks` (from the purchase rate), else over a lifetime. */
function spendDuringTest(inputs: ExperimentInputs & { spendMean: number; spendStd: number }, weeks: number | null): SalesMoments {
  const { spendMean, spendStd, ordersPerCustomer, ordersStd, tenureDays } = inputs;
  if (weeks !== null && ordersPerCustomer !== null && tenureDays !== null && ordersStd != null) {
    const during = windowSalesMoments({ spendMean, spendSd: spendStd, ordersMean: ordersPerCustomer, ordersSd: ordersStd, historyDays: tenureDays }, weeks * 7);
    if (during) return during;
  }
  return { mean: spendMean, sd: spendStd };
}

/** The design for the segment, choosing among the allowed holdout shares; null when the data cannot support one. */
export function designExperiment(inputs: ExperimentInputs, holdoutShares: number[]): ExperimentDesign | null {
  const { size, spendMean, spendStd } = inputs;
  if (spendMean === null || spendStd === null) return null;
  const plan = testPlan(inputs.ordersPerCustomer, inputs.tenureDays);
  const weeks = plan?.weeks ?? null;
  const spend = spendDuringTest({ ...inputs, spendMean, spendStd }, weeks);
  const shares = [...holdoutShares].sort((a, b) => a - b);
  const options = shares.map((share) => ({ share, mde: mdeOn(spend, size, share) })).filter((o) => o.mde !== null);
  if (options.length === 0) return null;
  const chosen = options.find((o) => (o.mde as number) <= GOOD_ENOUGH_MDE) ?? options[options.length - 1];
  const heldOut = Math.round(size * chosen.share);
  return {
    holdoutShare: chosen.share,
    treated: size - heldOut,
    heldOut,
    minimumDetectableEffect: Math.round((chosen.mde as number) * 100) / 100,
    weeks,
    weeksCapped: plan?.capped ?? false,
    powerShare: POWER,
    significanceShare: SIGNIFICANCE,
  };
}

const pct = (share: number) => `${Math.round(share * 100)}%`;
const int = (n: number) => n.toLocaleString('en-US');

/** The design in words, every number from `design` (so the grounding check finds each in the payload). */
export function describeExperiment(design: ExperimentDesign): string {
  const split = `Hold out ${pct(design.holdoutShare)} of the audience at random (${int(design.heldOut)} customers) and send the campaign to the other ${int(design.treated)}.`;
  const duration =
    design.weeks === null
      ? ' Their purchase rate is unknown, so the test cannot be timed in weeks: compare the groups after a full buying cycle.'
      : design.weeksCapped
        ? ` Run it for ${design.weeks} weeks, then compare the two groups: the typical customer takes longer than that to place one order, and a longer test is rarely worth the wait.`
        : ` Run it for ${design.weeks} weeks, about the time the typical customer takes to place one order, then compare the two groups.`;
  const over = design.weeks === null ? 'With spend as uneven as this segment\'s' : `Over those ${design.weeks} weeks, with purchases and spend as uneven as this segment's`;
  const detect =
    design.minimumDetectableEffect > 1
      ? ` ${over}, even a doubling of revenue per customer could go unnoticed (${pct(design.powerShare)} power, ${pct(design.significanceShare)} significance): run it as a pilot and judge on response, or pool it with similar segments.`
      : ` ${over}, the test can detect a change in revenue per customer of about ${pct(design.minimumDetectableEffect)} or more (${pct(design.powerShare)} power, ${pct(design.significanceShare)} significance); smaller effects will not show.`;
  return split + duration + detect;
}
