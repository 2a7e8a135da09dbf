/**
 * The model a snapshot keeps so that next week's customers can be placed in last week's segments:
 * log1p of recency, frequency and monetary value, z-scored with this run's means and deviations,
 * and each segment's centroid in that space. Small, serializable, pure.
 */
export interface RfmColumns {
  recencyDays: ArrayLike<number>;
  frequency: ArrayLike<number>;
  monetary: ArrayLike<number>;
}

export interface SegmentModel {
  features: ['log1p_recency_days', 'log1p_frequency', 'log1p_monetary'];
  mean: number[];
  std: number[];
  /** One per segment id present (noise, -1, has none). */
  centroids: { segment: number; center: number[]; customers: number }[];
}

const DIMS = 3;

function point(c: RfmColumns, i: number, out: number[]): number[] {
  out[0] = Math.log1p(Math.max(0, c.recencyDays[i] ?? 0));
  out[1] = Math.log1p(Math.max(0, c.frequency[i] ?? 0));
  out[2] = Math.log1p(Math.max(0, c.monetary[i] ?? 0));
  return out;
}

/** Fits scaling and centroids; with `scaling`, centroids are placed in that (another run's) scaling instead. */
export function fitSegmentModel(columns: RfmColumns, segment: ArrayLike<number>, scaling?: { mean: number[]; std: number[] }): SegmentModel {
  const n = segment.length;
  const mean = new Array<number>(DIMS).fill(0);
  const sq = new Array<number>(DIMS).fill(0);
  const p = new Array<number>(DIMS).fill(0);
  for (let i = 0; i < n; i++) {
    point(columns, i, p);
    for (let d = 0; d < DIMS; d++) mean[d] += p[d];
  }
  for (let d = 0; d < DIMS; d++) mean[d] /= Math.max(1, n);
  const sums = new Map<number, { sum: number[]; customers: number }>();
  for (let i = 0; i < n; i++) {
    point(columns, i, p);
    for (let d = 0; d < DIMS; d++) sq[d] += (p[d] - mean[d]) ** 2;
    const s = segment[i];
    if (s < 0) continue;
    const entry = sums.get(s) ?? { sum: new Array<number>(DIMS).fill(0), customers: 0 };
    for (let d = 0; d < DIMS; d++) entry.sum[d] += p[d];
    entry.customers++;
    sums.set(s, entry);
  }
  let std = sq.map((v) => Math.sqrt(v / Math.max(1, n)) || 1);
  if (scaling) {
    mean.splice(0, DIMS, ...scaling.mean);
    std = [...scaling.std];
  }
  const centroids = [...sums.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([s, e]) => ({ segment: s, center: e.sum.map((v, d) => round((v / e.customers - mean[d]) / std[d])), customers: e.customers }));
  return { features: ['log1p_recency_days', 'log1p_frequency', 'log1p_monetary'], mean: mean.map(round), std: std.map(round), centroids };
}

/** Each customer's nearest centroid of `model` (ties: the lower segment id). */
export function assignWithModel(model: SegmentModel, columns: RfmColumns, n: number): Int16Array {
  const out = new Int16Array(n);
  const p = new Array<number>(DIMS).fill(0);
  for (let i = 0; i < n; i++) {
    point(columns, i, p);
    for (let d = 0; d < DIMS; d++) p[d] = (p[d] - model.mean[d]) / model.std[d];
    let best = -1;
    let bestDistance = Infinity;
    for (const c of model.centroids) {
      let dist = 0;
      for (let d = 0; d < DIMS; d++) dist += (p[d] - c.center[d]) ** 2;
      if (dist < bestDistance) {
        bestDistance = dist;
        best = c.segment;
      }
    }
    out[i] = best;
  }
  return out;
}

export function centroidDistance(a: number[], b: number[]): number {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += (a[d] - b[d]) ** 2;
  return Math.sqrt(s);
}

// Twelve significant digits: stable across platforms, so that the same data gives the same bytes.
function round(v: number): number {
  return Number(v.toPrecision(12));
}
