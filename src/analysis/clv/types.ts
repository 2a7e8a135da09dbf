/** Inputs and parameters of the purchase models (Fader, Hardie & Lee 2005; Fader, Hardie & Lee 2005b). */

/**
 * Per customer, in weeks: x = repeat purchase days after the first (purchases on one day are one
 * transaction), tx = first to last purchase, T = first purchase to the end of the calibration period;
 * m = mean spend per repeat purchase day (NaN without repeats).
 */
export interface PurchaseSummary {
  customerIds: string[];
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  m: Float64Array;
}

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface GammaGammaParams {
  p: number;
  q: number;
  /** The scale, γ in the paper (v in lifetimes). */
  v: number;
}

export interface FitReport<P> {
  params: P;
  /** Standard errors of the parameters (inverse observed information); NaN where the Hessian is singular. */
  standardErrors: P;
  logLikelihood: number;
  customers: number;
  converged: boolean;
  iterations: number;
}
