/**
 * RFM scores by quantile bins and the named RFM segments, for transaction data. Equal values always
 * get equal scores: the bin edges are the values at pandas' `qcut` positions, and a value equal to an
 * edge stays in the lower bin (bins are right-closed), so a score never depends on customer order or
 * id. Bins are therefore only roughly n/bins each when values repeat. Order counts that are mostly
 * small (where quantile edges collapse: half of CDNOW has one order) use fixed bands instead
 * (FREQUENCY_BANDS), so one order is always F=1 and F means the same thing on every data set.
 */
import type { RfmSummary } from '../../result/index.js';
import { RFM_SEGMENT_NAMES, rfmSegmentName, rfmSegmentRules } from './rfm-segments.js';
import { kthSmallestInPlace } from './preprocess.js';
import type { CustomerFeatures } from '../types.js';

export interface RfmScores {
  bins: 4 | 5;
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  /** Index into RFM_SEGMENT_NAMES per customer. */
  segment: Int16Array;
  /** Composite code per customer as a number, e.g. 431. */
  code: Int16Array;
  recency: Float64Array;
  frequency: Float64Array;
  monetary: Float64Array;
  thresholds: RfmSummary['thresholds'];
}

/** The RFM triple, or null when the data has no recency_days/frequency/monetary (customer tables). */
export function rfmColumns(data: CustomerFeatures): { recency: Float64Array; frequency: Float64Array; monetary: Float64Array } | null {
  const find = (name: string) => data.numeric.find((c) => c.name === name)?.values;
  const recency = find('recency_days');
  const frequency = find('frequency');
  const monetary = find('monetary');
  if (!recency || !frequency || !monetary) return null;
  return { recency, frequency, monetary };
}

/**
 * Quantile bin (1..bins) per value: edge j is the value of rank floor(1 + j/bins·(n-1)) (the last
 * rank at or below pandas' qcut edge on ranks), and bin = 1 + number of edges strictly below the value, so equal
 * values share a bin; also the raw upper bound of bins 1..bins-1 (largest value in the bin). NaN ranks last.
 */
export function quantileBins(values: Float64Array, bins: number): { bin: Uint8Array; upperBounds: number[] } {
  const n = values.length;
  const keys = new Float64Array(n); // a plain loop: Float64Array.from with a callback is ~10x slower
  for (let i = 0; i < n; i++) keys[i] = Number.isNaN(values[i]) ? Infinity : values[i];
  const edges = bins - 1;
  const edgeValue = new Float64Array(edges).fill(Infinity);
  const scratch = keys.slice();
  for (let j = 0; j < edges; j++) {
    if (n > 0) edgeValue[j] = kthSmallestInPlace(scratch, Math.floor(((j + 1) / bins) * (n - 1)));
  }
  return binByEdges(keys, edgeValue, bins);
}

/** bin = 1 + edges strictly below the value (right-closed bins), with each bin's largest value. */
function binByEdges(keys: Float64Array, edgeValue: ArrayLike<number>, bins: number): { bin: Uint8Array; upperBounds: number[] } {
  const n = keys.length;
  const bin = new Uint8Array(n);
  const upperBounds = new Array<number>(bins - 1).fill(-Infinity);
  let smallest = Infinity;
  for (let i = 0; i < n; i++) {
    const v = keys[i];
    if (v < smallest) smallest = v;
    let b = 1;
    for (let j = 0; j < bins - 1; j++) if (v > edgeValue[j]) b++;
    bin[i] = b;
    if (b < bins && v > upperBounds[b - 1]) upperBounds[b - 1] = v;
  }
  // An empty bin (ties, tiny n) carries the bound below so thresholds stay numbers.
  for (let j = 0; j < bins - 1; j++) {
    if (upperBounds[j] === -Infinity) upperBounds[j] = j > 0 ? upperBounds[j - 1] : n > 0 ? smallest : 0;
  }
  return { bin, upperBounds };
}

/** Fixed order-count bands: the largest order count of F=1..bins-1 (F=bins is everything above). */
export const FREQUENCY_BANDS: Record<4 | 5, number[]> = { 4: [1, 2, 4], 5: [1, 2, 3, 5] };

/**
 * F bins: quantile bins while their edges are distinct; fixed bands (FREQUENCY_BANDS) when ties
 * collapse two edges into one order count, which would otherwise leave a score empty and lift
 * two-order customers to the top scores.
 */
export function frequencyBins(values: Float64Array, bins: 4 | 5): { bin: Uint8Array; upperBounds: number[]; method: 'quantile' | 'bands' } {
  const quantile = quantileBins(values, bins);
  const distinct = new Set(quantile.upperBounds).size === bins - 1 && quantile.upperBounds.every((b, j) => j === 0 || b > quantile.upperBounds[j - 1]);
  if (distinct) return { ...quantile, method: 'quantile' };
  const keys = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) keys[i] = Number.isNaN(values[i]) ? Infinity : values[i];
  return { ...binByEdges(keys, FREQUENCY_BANDS[bins], bins), method: 'bands' };
}

export function scoreRfm(data: CustomerFeatures, bins: 4 | 5 = 4): RfmScores | null {
  const columns = rfmColumns(data);
  if (!columns) return null;
  const n = data.customerIds.length;
  const rBins = quantileBins(columns.recency, bins);
  const fBins = frequencyBins(columns.frequency, bins);
  const mBins = quantileBins(columns.monetary, bins);
  const r = new Uint8Array(n);
  const segment = new Int16Array(n);
  const code = new Int16Array(n);
  const nameIndex = new Map(RFM_SEGMENT_NAMES.map((name, i) => [name, i]));
  for (let i = 0; i < n; i++) {
    r[i] = bins + 1 - rBins.bin[i]; // fewest days since the last order = highest score
    code[i] = r[i] * 100 + fBins.bin[i] * 10 + mBins.bin[i];
    segment[i] = nameIndex.get(rfmSegmentName(r[i], fBins.bin[i], bins))!;
  }
  return {
    bins,
    r,
    f: fBins.bin,
    m: mBins.bin,
    segment,
    code,
    ...columns,
    thresholds: { recency: rBins.upperBounds, frequency: fBins.upperBounds, monetary: mBins.upperBounds },
  };
}

/** Counts, revenue and means per named segment (non-empty ones, table order) and the R×F grid. */
export function summarizeRfm(scores: RfmScores, revenue: Float64Array | null): RfmSummary {
  const n = scores.r.length;
  const money = revenue ?? scores.monetary;
  const rules = rfmSegmentRules(scores.bins);
  const s = rules.length;
  const customers = new Float64Array(s);
  const segRevenue = new Float64Array(s);
  const sumR = new Float64Array(s);
  const sumF = new Float64Array(s);
  const sumM = new Float64Array(s);
  const b = scores.bins;
  const gridCustomers = new Float64Array(b * b);
  const gridRevenue = new Float64Array(b * b);
  let totalRevenue = 0;
  for (let i = 0; i < n; i++) {
    const g = scores.segment[i];
    customers[g]++;
    segRevenue[g] += money[i];
    sumR[g] += scores.recency[i];
    sumF[g] += scores.frequency[i];
    sumM[g] += scores.monetary[i];
    totalRevenue += money[i];
    const cell = (scores.r[i] - 1) * b + (scores.f[i] - 1);
    gridCustomers[cell]++;
    gridRevenue[cell] += money[i];
  }
  const segments: RfmSummary['segments'] = [];
  rules.forEach((rule, g) => {
    if (customers[g] === 0) return;
    segments.push({
      ...rule,
      customers: customers[g],
      share: customers[g] / n,
      revenue: segRevenue[g],
      revenueShare: totalRevenue !== 0 ? segRevenue[g] / totalRevenue : 0,
      meanRecency: sumR[g] / customers[g],
      meanFrequency: sumF[g] / customers[g],
      meanMonetary: sumM[g] / customers[g],
    });
  });
  const grid: RfmSummary['grid'] = [];
  for (let r = b; r >= 1; r--) {
    for (let f = 1; f <= b; f++) {
      const cell = (r - 1) * b + (f - 1);
      grid.push({ r, f, customers: gridCustomers[cell], revenue: gridRevenue[cell], segment: rfmSegmentName(r, f, b) });
    }
  }
  return { bins: scores.bins, thresholds: scores.thresholds, segments, grid };
}
