/**
 * RFM scores by quantile bins and the named RFM segments, for transaction data. Scores are
 * rank-based like pandas `qcut(x.rank(method='first'), bins)`: ties are broken by customer order
 * (data/ orders customers by id), so every bin holds n/bins customers and the result is deterministic.
 */
import type { RfmSummary } from '../result/index.js';
import { RFM_SEGMENT_NAMES, rfmSegmentName, rfmSegmentRules } from './rfm-segments.js';
import { kthSmallestInPlace } from './preprocess.js';
import type { CustomerFeatures } from './types.js';

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
 * Quantile bin (1..bins) per value by rank(method='first') and pandas' qcut edges on the ranks,
 * edge j = 1 + j/bins·(n-1); also the raw upper bound of bins 1..bins-1 (largest value in the bin).
 */
export function quantileBins(values: Float64Array, bins: number): { bin: Uint8Array; upperBounds: number[] } {
  const n = values.length;
  // NaN ranks last. rank(method='first') = (customers with a smaller value) + (earlier customers with the
  // same value) + 1. A customer is above edge j when its value is above the value at the edge, or equal to
  // it and late enough among the customers sharing it: a selection per edge and one counting pass find
  // that, and then a few comparisons per customer bin everyone (no sort, no search per customer).
  const keys = new Float64Array(n); // a plain loop: Float64Array.from with a callback is ~10x slower
  for (let i = 0; i < n; i++) keys[i] = Number.isNaN(values[i]) ? Infinity : values[i];
  const edges = bins - 1;
  const edgeAt = new Int32Array(edges); // 0-based sorted position of the first rank above edge j
  const edgeValue = new Float64Array(edges).fill(Infinity);
  const scratch = keys.slice();
  for (let j = 0; j < edges; j++) {
    edgeAt[j] = Math.floor(1 + ((j + 1) / bins) * (n - 1));
    if (edgeAt[j] < n) edgeValue[j] = kthSmallestInPlace(scratch, edgeAt[j]);
  }
  const below = new Int32Array(edges); // customers with a smaller value than edgeValue[j]
  let smallest = Infinity;
  for (let i = 0; i < n; i++) {
    const v = keys[i];
    if (v < smallest) smallest = v;
    for (let j = 0; j < edges; j++) if (v < edgeValue[j]) below[j]++;
  }
  // Customers sharing edgeValue[j] rank above the edge from this occurrence on (never, past the end).
  const lateFrom = Int32Array.from(edgeAt, (p, j) => (p < n ? p - below[j] : 2 ** 31 - 1));
  const seen = new Int32Array(edges);
  const bin = new Uint8Array(n);
  const upperBounds = new Array<number>(bins - 1).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    const v = keys[i];
    let b = 1;
    for (let j = 0; j < edges; j++) {
      const w = edgeValue[j];
      if (v > w || (v === w && seen[j]++ >= lateFrom[j])) b++;
    }
    bin[i] = b;
    if (b < bins && v > upperBounds[b - 1]) upperBounds[b - 1] = v;
  }
  // Tiny n can leave a bin empty: carry the bound below so thresholds stay numbers.
  for (let j = 0; j < bins - 1; j++) {
    if (upperBounds[j] === -Infinity) upperBounds[j] = j > 0 ? upperBounds[j - 1] : n > 0 ? smallest : 0;
  }
  return { bin, upperBounds };
}

export function scoreRfm(data: CustomerFeatures, bins: 4 | 5 = 4): RfmScores | null {
  const columns = rfmColumns(data);
  if (!columns) return null;
  const n = data.customerIds.length;
  const rBins = quantileBins(columns.recency, bins);
  const fBins = quantileBins(columns.frequency, bins);
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
