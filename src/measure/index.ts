/** Did the campaign work: the holdout split, the lift with its interval and test, power, and planted-effect scenarios. Pure. */
export { DEFAULT_HOLDOUT, assertHoldoutFraction, groupOf, holdoutScore, splitAudience, type AudienceGroup, type AudienceRow } from './holdout.js';
// The power arithmetic lives in src/analysis/stats (shared with the narrator); re-exported for measure's callers.
export { holdoutSizeNeeded, minimumDetectableLift, normalQuantile, plannedPower, type PowerOptions, type SalesMoments } from '../analysis/index.js';
export { bootstrapLiftInterval, formatPValue, measureLift, permutationPValue, type LiftOptions, type LiftResult, type VerdictKind } from './lift.js';
export { compareWithPrior, parseDay, priorWindows, type PeriodSales, type PriorComparison, type Window } from './periods.js';
export { plantedTransactions, salesByGroup, simulateCampaign, totalsByCustomer, type PlantedScenario, type SimulatedCampaign, type SimulatedTransaction } from './simulate.js';
export { contentDatasetKey, fileDatasetKey, namedDatasetKey, postgresDatasetKey, stableCampaignId } from './campaign-id.js';
export { DEFAULT_WINDOW_WEEKS, STATUS_QUO_LIFT, launchPower, plannedTestWeeks, type LaunchPower } from './prelaunch.js';
export { closedWindowLines, windowsClosedIn, type ClosedWindow, type ExportedWindow, type MeasuredWindow } from './closed-windows.js';
