/**
 * A planted-effect scenario: an audience split by the real holdout hash, and a transaction log for
 * a short window in which most customers buy nothing, purchase rates and basket sizes vary widely
 * between customers, and every treated customer's spend is raised by a known relative lift. Used
 * to check that the measurement recovers what was planted. Seeded: same options, same log.
 */
import { createRng, deriveSeed } from '../analysis/index.js';
import { splitAudience, type AudienceRow } from './holdout.js';

export interface PlantedScenario {
  customers: number;
  holdoutFraction: number;
  /** Planted relative lift of treated customers' spend (0.2 = +20%). */
  lift: number;
  seed: number;
  /** Mean purchases per customer in the window; default 0.3 (most customers buy nothing). */
  purchaseRate?: number;
  /** Mean basket in money; default 40. */
  meanBasket?: number;
}

export interface SimulatedTransaction {
  customerId: string;
  /** Day offset inside the window, 0-based. */
  day: number;
  amount: number;
}

export interface SimulatedCampaign {
  campaignId: string;
  audience: AudienceRow[];
  transactions: SimulatedTransaction[];
}

/** Gamma(shape, 1) by Marsaglia–Tsang (shape < 1 boosted). */
function gamma(rng: ReturnType<typeof createRng>, shape: number): number {
  if (shape < 1) return gamma(rng, shape + 1) * rng.next() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = rng.normal();
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    if (Math.log(rng.next()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

function poisson(rng: ReturnType<typeof createRng>, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.next();
  while (p > limit) {
    k++;
    p *= rng.next();
  }
  return k;
}

export function simulateCampaign(s: PlantedScenario, windowDays = 30): SimulatedCampaign {
  const campaignId = `sim-${s.seed}`;
  const ids = Array.from({ length: s.customers }, (_, i) => `C${String(i + 1).padStart(6, '0')}`);
  const audience = splitAudience(campaignId, ids, s.holdoutFraction);
  return { campaignId, audience, transactions: plantedTransactions(audience, s, windowDays) };
}

/**
 * A window's purchases for a given, already split audience (a real export): the same heterogeneity
 * as `simulateCampaign`, with every treated customer's spend raised by `lift`.
 */
export function plantedTransactions(audience: readonly AudienceRow[], s: Pick<PlantedScenario, 'lift' | 'seed' | 'purchaseRate' | 'meanBasket'>, windowDays = 30): SimulatedTransaction[] {
  const rate = s.purchaseRate ?? 0.3;
  const basket = s.meanBasket ?? 40;
  const rng = createRng(deriveSeed(s.seed, 'planted'));
  const transactions: SimulatedTransaction[] = [];
  for (const { customerId, group } of audience) {
    // Heterogeneity: a customer's purchase rate is gamma-distributed (shape 0.5: many near zero, a few frequent).
    const customerRate = rate * gamma(rng, 0.5) / 0.5;
    // Their usual basket is lognormal around the mean basket (sd of log 0.8).
    const customerBasket = basket * Math.exp(0.8 * rng.normal() - 0.32);
    const purchases = poisson(rng, customerRate);
    for (let k = 0; k < purchases; k++) {
      const amount = customerBasket * Math.exp(0.4 * rng.normal() - 0.08) * (group === 'treatment' ? 1 + s.lift : 1);
      transactions.push({ customerId, day: rng.int(windowDays), amount: Math.round(amount * 100) / 100 });
    }
  }
  return transactions;
}

/** Sales per customer by group: every audience customer counted, zeros included. */
export function salesByGroup(audience: readonly AudienceRow[], salesByCustomer: ReadonlyMap<string, number>): { treatment: Float64Array; holdout: Float64Array } {
  const t: number[] = [];
  const h: number[] = [];
  for (const row of audience) (row.group === 'holdout' ? h : t).push(salesByCustomer.get(row.customerId) ?? 0);
  return { treatment: Float64Array.from(t), holdout: Float64Array.from(h) };
}

export function totalsByCustomer(transactions: readonly { customerId: string; amount: number }[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const t of transactions) totals.set(t.customerId, (totals.get(t.customerId) ?? 0) + t.amount);
  return totals;
}
