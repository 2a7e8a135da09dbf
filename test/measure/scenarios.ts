/**
 * The frozen planted-effect scenarios for the lift-recovery check, committed before any tuning of
 * the measurement: change these only in a commit of their own that says why.
 */
import type { PlantedScenario } from '../../src/measure/index.js';

export const RECOVERY_SEEDS = Array.from({ length: 40 }, (_, i) => 1000 + i);

/** A campaign of 4,000 customers, 20% holdout, a planted +20%; most customers buy nothing in the window. */
export const PLANTED_20: Omit<PlantedScenario, 'seed'> = { customers: 4000, holdoutFraction: 0.2, lift: 0.2, purchaseRate: 0.3, meanBasket: 40 };

/** The same with no effect: must not be called a win. */
export const PLANTED_0: Omit<PlantedScenario, 'seed'> = { ...PLANTED_20, lift: 0 };

/** A big, well-powered campaign with a planted +35%: should be called above the 15% status quo. */
export const PLANTED_35_LARGE: Omit<PlantedScenario, 'seed'> = { customers: 20000, holdoutFraction: 0.3, lift: 0.35, purchaseRate: 0.6, meanBasket: 40 };

/** Measurement settings used for the recovery check. */
export const RECOVERY_MEASURE = { resamples: 1000, permutations: 1000 };

/** The large scenario is slow (20,000 customers): a subset of the seeds. */
export const LARGE_SEEDS = RECOVERY_SEEDS.slice(0, 8);
