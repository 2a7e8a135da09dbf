/** Planted customer groups as CustomerFeatures (tx shape), seeded, for engine and profile tests. */
import { createRng } from '../../src/analysis/compute/random.js';
import type { CustomerFeatures, NumericColumn } from '../../src/analysis/types.js';

export interface PlantedGroup {
  size: number;
  recencyDays: number;
  frequency: number;
  monetary: number;
  country: number; // index into COUNTRIES
}

export const COUNTRIES = ['United Kingdom', 'Germany', 'France'];

/** The classic four: champions, loyal regulars, recent newcomers, lapsed one-timers. */
export const FOUR_GROUPS: PlantedGroup[] = [
  { size: 60, recencyDays: 5, frequency: 30, monetary: 9000, country: 0 },
  { size: 90, recencyDays: 30, frequency: 8, monetary: 1500, country: 1 },
  { size: 80, recencyDays: 6, frequency: 1, monetary: 120, country: 0 },
  { size: 120, recencyDays: 250, frequency: 1, monetary: 60, country: 2 },
];

function column(name: string, label: string, unit: NumericColumn['unit'], values: Float64Array, clustering = true): NumericColumn {
  return { name, label, description: label, unit, values, log1p: true, clustering };
}

export function plantedCustomers(groups: PlantedGroup[], seed: number): { data: CustomerFeatures; truth: Int32Array } {
  const rng = createRng(seed);
  const n = groups.reduce((s, g) => s + g.size, 0);
  const recency = new Float64Array(n);
  const frequency = new Float64Array(n);
  const monetary = new Float64Array(n);
  const tenure = new Float64Array(n);
  const codes = new Int32Array(n);
  const truth = new Int32Array(n);
  let i = 0;
  groups.forEach((g, gi) => {
    for (let s = 0; s < g.size; s++, i++) {
      truth[i] = gi;
      // Log-normal noise around the planted centre, as real RFM values are skewed.
      recency[i] = Math.max(1, Math.round(g.recencyDays * Math.exp(0.25 * rng.normal())));
      frequency[i] = g.frequency === 1 ? 1 : Math.max(1, Math.round(g.frequency * Math.exp(0.2 * rng.normal())));
      monetary[i] = Math.round(g.monetary * Math.exp(0.25 * rng.normal()) * 100) / 100;
      tenure[i] = recency[i] + Math.round(30 * frequency[i] * rng.next());
      codes[i] = rng.next() < 0.8 ? g.country : rng.int(COUNTRIES.length);
    }
  });
  const data: CustomerFeatures = {
    shape: 'tx',
    customerIds: Array.from({ length: n }, (_, c) => String(10000 + c).padStart(6, '0')),
    numeric: [
      column('recency_days', 'Days since last purchase', 'days', recency),
      column('frequency', 'Number of orders', 'count', frequency),
      column('monetary', 'Total spend', 'money', monetary),
      column('tenure_days', 'Days since first purchase', 'days', tenure, false),
    ],
    categorical: [{ name: 'country', levels: COUNTRIES, codes, clustering: false }],
    revenue: monetary,
  };
  return { data, truth };
}
