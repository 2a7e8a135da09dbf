/**
 * A realistic SegmentationResult plus Assignments, generated from a seed: four segments of a
 * transaction log with RFM, the way the engine reports Online Retail. Aggregates are computed from
 * the generated customers, so the charts' numbers agree with each other.
 */
import { SegmentationResult, sealResult, type Assignments, type ModelCandidate, type RfmSummary, type SegmentProfile } from '../../src/result/index.js';
import { seededUniform } from '../../src/charts/sample.js';

interface Archetype { name: string; recency: number; frequency: number; monetary: number; weight: number; cx: number; cy: number }

const ARCHETYPES: Archetype[] = [
  { name: 'High-value frequent buyers', recency: 12, frequency: 18, monetary: 9000, weight: 0.09, cx: 3.2, cy: 0.8 },
  { name: 'Recent regulars', recency: 30, frequency: 5, monetary: 1800, weight: 0.31, cx: 0.9, cy: -0.9 },
  { name: 'Lapsing occasional buyers', recency: 140, frequency: 2, monetary: 600, weight: 0.27, cx: -1.0, cy: 1.3 },
  { name: 'Lost one-time buyers', recency: 290, frequency: 1, monetary: 260, weight: 0.33, cx: -1.8, cy: -0.6 },
];

const FEATURES = [
  { name: 'recency_days', label: 'Days since last purchase', unit: 'days' as const, transform: 'none' as const },
  { name: 'frequency', label: 'Orders', unit: 'count' as const, transform: 'log1p' as const },
  { name: 'monetary', label: 'Revenue per customer', unit: 'money' as const, transform: 'log1p' as const },
  { name: 'avg_order_value', label: 'Average order value', unit: 'money' as const, transform: 'log1p' as const },
];

function mean(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return values.length ? s / values.length : 0;
}
function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
}
function std(values: ArrayLike<number>): number {
  const m = mean(values);
  let s = 0;
  for (let i = 0; i < values.length; i++) s += (values[i] - m) ** 2;
  return Math.sqrt(s / Math.max(1, values.length - 1));
}

/** Quintile score 1..5 (recency reversed: recent = 5). */
function scores(values: Float64Array, reverse: boolean): Int8Array {
  const order = Array.from(values.keys()).sort((a, b) => values[a] - values[b] || a - b);
  const out = new Int8Array(values.length);
  order.forEach((idx, rank) => {
    const q = Math.min(4, Math.floor((rank * 5) / values.length)) + 1;
    out[idx] = reverse ? 6 - q : q;
  });
  return out;
}

function rfmSegmentName(r: number, f: number): string {
  if (r >= 4 && f >= 4) return 'Champions';
  if (r >= 3 && f >= 3) return 'Loyal customers';
  if (r >= 4 && f <= 2) return 'New customers';
  if (r === 3 && f <= 2) return 'Need attention';
  if (r <= 2 && f >= 4) return "Can't lose them";
  if (r <= 2 && f === 3) return 'At risk';
  return 'Hibernating';
}

export function makeFixture(options: { customers?: number; seed?: number; shift?: number } = {}): { result: SegmentationResult; assignments: Assignments } {
  const n = options.customers ?? 3000;
  const random = seededUniform(options.seed ?? 7);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const a: Assignments = {
    customerIds: [], segment: new Int32Array(n), segmentNames: new Map(ARCHETYPES.map((t, i) => [i, t.name])),
    rfmSegment: new Int16Array(n), rfmSegmentNames: [], recencyDays: new Float64Array(n), frequency: new Float64Array(n),
    monetary: new Float64Array(n), anomalyScore: new Float64Array(n), x: new Float64Array(n), y: new Float64Array(n),
  };
  const aov = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = random();
    let s = 0;
    for (let acc = ARCHETYPES[0].weight; u > acc && s < ARCHETYPES.length - 1; ) acc += ARCHETYPES[++s].weight;
    const t = ARCHETYPES[s];
    a.customerIds.push(String(12346 + i));
    a.segment[i] = s;
    a.recencyDays[i] = Math.max(0, Math.round(t.recency * Math.exp(0.5 * gauss()) + (options.shift ?? 0)));
    a.frequency[i] = Math.max(1, Math.round(t.frequency * Math.exp(0.4 * gauss())));
    a.monetary[i] = Math.round(t.monetary * Math.exp(0.5 * gauss()) * 100) / 100;
    aov[i] = a.monetary[i] / a.frequency[i];
    a.x[i] = t.cx + 0.55 * gauss();
    a.y[i] = t.cy + 0.5 * gauss();
    a.anomalyScore[i] = 0.4 + 0.05 * gauss() + (random() < 0.02 ? 0.25 : 0);
  }
  const rs = scores(a.recencyDays, true);
  const fs = scores(a.frequency, false);
  const rfmIndex = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const name = rfmSegmentName(rs[i], fs[i]);
    if (!rfmIndex.has(name)) rfmIndex.set(name, rfmIndex.size);
    a.rfmSegment[i] = rfmIndex.get(name)!;
  }
  a.rfmSegmentNames = [...rfmIndex.keys()];
  return { result: buildResult(a, aov, rs, fs), assignments: a };
}

function buildResult(a: Assignments, aov: Float64Array, rs: Int8Array, fs: Int8Array): SegmentationResult {
  const n = a.customerIds.length;
  const columns = [a.recencyDays, a.frequency, a.monetary, aov];
  const totalRevenue = columns[2].reduce((s, v) => s + v, 0);
  const threshold = 0.55;
  const segments: SegmentProfile[] = ARCHETYPES.map((t, s) => {
    const idx = [...a.segment.keys()].filter((i) => a.segment[i] === s);
    const revenue = idx.reduce((acc, i) => acc + a.monetary[i], 0);
    return {
      id: s, key: `S${s + 1}`, name: t.name, isNoise: false, size: idx.length, share: idx.length / n, revenue, revenueShare: revenue / totalRevenue,
      features: FEATURES.map((f, j) => {
        const values = idx.map((i) => columns[j][i]);
        const popMean = mean(columns[j]);
        return { feature: f.name, mean: mean(values), median: median(values), lift: mean(values) / popMean, z: (mean(values) - popMean) / std(columns[j]) };
      }),
      rfmCode: null, rfmCodeShare: null, rfmSegments: [], topCountries: [], topProducts: [], topCategories: {},
      anomalies: idx.filter((i) => a.anomalyScore[i] > threshold).length,
    };
  });
  const grid: RfmSummary['grid'] = [];
  for (let r = 1; r <= 5; r++) {
    for (let f = 1; f <= 5; f++) {
      const idx = [...rs.keys()].filter((i) => rs[i] === r && fs[i] === f);
      grid.push({ r, f, customers: idx.length, revenue: idx.reduce((acc, i) => acc + a.monetary[i], 0), segment: rfmSegmentName(r, f) });
    }
  }
  const rfmSegments = a.rfmSegmentNames.map((name, k) => {
    const idx = [...a.rfmSegment.keys()].filter((i) => a.rfmSegment[i] === k);
    const revenue = idx.reduce((acc, i) => acc + a.monetary[i], 0);
    return {
      name, rule: 'R and F quintiles', action: 'Reward them', customers: idx.length, share: idx.length / n, revenue, revenueShare: revenue / totalRevenue,
      meanRecency: mean(idx.map((i) => a.recencyDays[i])), meanFrequency: mean(idx.map((i) => a.frequency[i])), meanMonetary: mean(idx.map((i) => a.monetary[i])),
    };
  });
  const candidates: ModelCandidate[] = (['kmeans', 'ward'] as const).flatMap((algorithm) =>
    [2, 3, 4, 5, 6, 7, 8].map((k) => ({
      id: `${algorithm}-k${k}`, algorithm, k, params: { k },
      scores: {
        silhouette: 0.42 - 0.04 * Math.abs(k - 4) - (algorithm === 'ward' ? 0.03 : 0), daviesBouldin: 0.9 + 0.05 * k, calinskiHarabasz: 2100 - 80 * k,
        inertia: 9000 / Math.sqrt(k) - (k > 4 ? 300 : 0) + (algorithm === 'ward' ? 250 : 0), stability: 0.9, smallestSegmentShare: 0.2 / k, noiseShare: 0,
      },
      eligible: k <= 7, rejectedBecause: k <= 7 ? [] : ['smallest segment under 2% of customers'], rank: k <= 7 ? (algorithm === 'kmeans' ? 0 : 6) + Math.abs(k - 4) + 1 : null,
    })),
  );
  candidates.push({
    id: 'dbscan-eps0.5', algorithm: 'dbscan', k: 3, params: { eps: 0.5, minPoints: 10 },
    scores: { silhouette: 0.18, daviesBouldin: 1.6, calinskiHarabasz: 800, inertia: null, stability: 0.6, smallestSegmentShare: 0.01, noiseShare: 0.12 },
    eligible: false, rejectedBecause: ['12% of customers are noise'], rank: null,
  });
  return sealResult(SegmentationResult.parse({
    schemaVersion: '1.0', tool: { name: 'segbot', version: '0.1.0' }, options: { seed: 42 },
    input: { source: 'fixture.csv', format: 'csv', compression: 'none', shape: 'tx', columns: { customer: 'CustomerID' }, decisions: [], fingerprint: 'f', rowsRead: n * 20, asOf: '2011-12-10' },
    dataQuality: { rowsRead: n * 20, rowsKept: n * 19, customersBefore: n, customersKept: n, steps: [] },
    totals: { customers: n, revenue: totalRevenue, invoices: n * 4, transactions: n * 19 },
    features: FEATURES.map((f, j) => ({
      ...f, description: f.label, kind: 'numeric', clustering: true, mean: mean(columns[j]), std: std(columns[j]), median: median([...columns[j]]),
      min: Math.min(...columns[j]), max: Math.max(...columns[j]),
    })),
    projection: { method: 'pca', explainedVariance: [0.46, 0.27], loadings: [
      { feature: 'recency_days', pc1: -0.52, pc2: 0.61 }, { feature: 'frequency', pc1: 0.58, pc2: 0.2 },
      { feature: 'monetary', pc1: 0.6, pc2: 0.3 }, { feature: 'avg_order_value', pc1: 0.18, pc2: 0.7 },
    ] },
    anomalies: { method: 'isolation-forest', trees: 100, sampleSize: 256, threshold, contamination: 0.02, count: [...a.anomalyScore].filter((v) => v > threshold).length },
    candidates,
    selection: {
      chosenId: 'kmeans-k4', forced: false, rule: 'highest silhouette among stable candidates', reason: 'kmeans-k4 has the highest silhouette (0.42)',
      silhouetteSample: { size: n, seed: 42, exact: true }, stabilityResamples: 10, minSegmentSize: 30, centroids: [], scaling: [],
    },
    segments,
    rfm: { bins: 5, thresholds: { recency: [1, 2, 3, 4], frequency: [1, 2, 3, 4], monetary: [1, 2, 3, 4] }, segments: rfmSegments, grid },
    contentHash: '',
  }));
}

/** A later run of the same customers: most stay, some move one segment down, some leave, some arrive. */
export function laterAssignments(earlier: Assignments, seed = 11): Assignments {
  const random = seededUniform(seed);
  const kept: number[] = [];
  earlier.customerIds.forEach((_, i) => {
    if (random() >= 0.06) kept.push(i);
  });
  const newcomers = Math.round(earlier.customerIds.length * 0.08);
  const n = kept.length + newcomers;
  const pick = <T extends Float64Array | Int16Array>(src: T, make: (n: number) => T, fresh: () => number): T => {
    const out = make(n);
    kept.forEach((i, j) => (out[j] = src[i]));
    for (let j = kept.length; j < n; j++) out[j] = fresh();
    return out;
  };
  const k = earlier.segmentNames.size;
  const segment = new Int32Array(n);
  kept.forEach((i, j) => {
    const s = earlier.segment[i];
    segment[j] = random() < 0.2 ? Math.min(k - 1, s + 1) : s;
  });
  for (let j = kept.length; j < n; j++) segment[j] = random() < 0.7 ? k - 1 : 1;
  return {
    customerIds: [...kept.map((i) => earlier.customerIds[i]), ...Array.from({ length: newcomers }, (_, j) => String(90000 + j))],
    segment,
    segmentNames: new Map(earlier.segmentNames),
    rfmSegment: pick(earlier.rfmSegment, (m) => new Int16Array(m), () => 0),
    rfmSegmentNames: [...earlier.rfmSegmentNames],
    recencyDays: pick(earlier.recencyDays, (m) => new Float64Array(m), () => 5),
    frequency: pick(earlier.frequency, (m) => new Float64Array(m), () => 1),
    monetary: pick(earlier.monetary, (m) => new Float64Array(m), () => 100),
    anomalyScore: pick(earlier.anomalyScore, (m) => new Float64Array(m), () => 0.4),
    x: pick(earlier.x, (m) => new Float64Array(m), () => 0),
    y: pick(earlier.y, (m) => new Float64Array(m), () => 0),
  };
}
