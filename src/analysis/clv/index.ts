/** Lifetime value: BG/NBD purchase frequency and drop-out, Gamma-Gamma spend, per-customer CLV. */
export type { PurchaseSummary, BgNbdParams, GammaGammaParams, FitReport } from './types.js';
export { fitBgNbd, bgNbdLogLikelihood, distinctTriples, probabilityAlive, expectedPurchases, purchaseCountDistribution } from './bgnbd.js';
export { fitGammaGamma, gammaGammaLogLikelihood, expectedSpend, frequencySpendCorrelation } from './gamma-gamma.js';
export { customerLifetimes, holdoutCheck, calibrationFit, DAYS_PER_WEEK, type LifetimeOptions, type CustomerLifetime, type HoldoutCheck, type HoldoutRow, type FrequencyFitRow } from './lifetime.js';
export { logGamma, hyp2f1 } from './special.js';
export { minimize } from './minimize.js';
export { standardErrors } from './standard-errors.js';
