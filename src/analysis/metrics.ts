/**
 * Cluster quality metrics on the standardized clustering space. Noise points (label -1) are left
 * out of silhouette, Davies-Bouldin, Calinski-Harabasz and inertia, as density-model papers do.
 * Everything is O(n·d) except silhouette, which runs on a seeded sample for large n.
 */
import { AnalysisError } from '../errors.js';
import { sampleIndices } from './random.js';
import type { Labels, Matrix } from './types.js';
import type { ComputePool } from './worker-pool.js';
import { withDefaults } from './options.js';

export interface SilhouetteOptions {
  seed: number;
  /** Exact when n is at most this; otherwise a seeded sample of this many points (noise then skipped). */
  sampleSize?: number;
}

export interface SilhouetteResult {
  /** null when fewer than 2 clusters (or fewer than 3 points) remain after dropping noise. */
  score: number | null;
  sampleSize: number;
  exact: boolean;
}

const SILHOUETTE_DEFAULTS = { sampleSize: 10_000 };
const SILHOUETTE_TILE = 64;

function checkShapes(points: Matrix, labels: Labels): void {
  if (labels.length !== points.rows) {
    throw new AnalysisError('LABELS_LENGTH', `got ${labels.length} labels for ${points.rows} points; pass one label per row.`);
  }
}

/** Indices of non-noise points and the labels renumbered 0..k-1 in order of first appearance. */
function compactLabels(labels: Labels): { index: Int32Array; label: Int32Array; k: number } {
  let count = 0;
  let maxLabel = -1;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l < 0) continue;
    count++;
    if (l > maxLabel) maxLabel = l;
  }
  // Cluster labels are small numbers: a table instead of a Map lookup per point.
  const renumbered = new Int32Array(maxLabel + 1).fill(-1);
  const index = new Int32Array(count);
  const label = new Int32Array(count);
  let k = 0;
  let p = 0;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l < 0) continue;
    if (renumbered[l] < 0) renumbered[l] = k++;
    index[p] = i;
    label[p++] = renumbered[l];
  }
  return { index, label, k };
}

/**
 * Mean silhouette coefficient, like scikit-learn's silhouette_score (a singleton cluster's points
 * score 0). See silhouetteScores; this is the one-labeling case.
 */
export function silhouetteScore(points: Matrix, labels: Labels, options: SilhouetteOptions): SilhouetteResult {
  return silhouetteScores(points, [labels], options)[0];
}

/**
 * Silhouette of several labelings of the same points on one shared seeded sample (drawn from all
 * points; each labeling then skips its own noise points). Each pair's distance is computed once and
 * credited to both points under every labeling, so scoring 25 candidates costs little more than one.
 */
export function silhouetteScores(points: Matrix, labelings: Labels[], options: SilhouetteOptions): SilhouetteResult[] {
  const plan = planSilhouette(points, labelings, options);
  return finishSilhouette(plan, silhouetteParts(plan).map(silhouettePartSums));
}

/** silhouetteScores with the pair sums split over the pool's threads; the same parts, so the same value. */
export async function silhouetteScoresOnPool(pool: ComputePool, points: Matrix, labelings: Labels[], options: SilhouetteOptions): Promise<SilhouetteResult[]> {
  const plan = planSilhouette(points, labelings, options);
  return finishSilhouette(plan, await pool.run('silhouette', silhouetteParts(plan)));
}

interface SilhouettePlan {
  exact: boolean;
  /** Sampled points, m x d. */
  x: Float64Array;
  m: number;
  d: number;
  /** Distinct partitions of the sample: compact labels (-1 noise) and cluster count. */
  plans: { label: Int32Array; k: number }[];
  /** Partition scored for each labeling. */
  planOf: number[];
  /** Cells per point in the sums table: k_c + 1 per partition. */
  width: number;
  /** cell[s*count + c] = s's cell within its row of the sums table under partition c. */
  cell: Int32Array;
}

function planSilhouette(points: Matrix, labelings: Labels[], options: SilhouetteOptions): SilhouettePlan {
  const o = withDefaults(SILHOUETTE_DEFAULTS, options);
  for (const labels of labelings) checkShapes(points, labels);
  const n = points.rows;
  const exact = n <= o.sampleSize;
  const chosen = exact ? Int32Array.from({ length: n }, (_, i) => i) : sampleIndices(n, o.sampleSize, o.seed);
  const m = chosen.length;
  const d = points.cols;
  const x = new Float64Array(m * d);
  for (let s = 0; s < m; s++) x.set(points.data.subarray(chosen[s] * d, chosen[s] * d + d), s * d);
  // Per labeling: compact labels of the sampled points (-1 noise) and cluster count k. Labelings that
  // partition the sample identically (k-means and Ward often agree) are scored once.
  const plans: { label: Int32Array; k: number }[] = [];
  const planOf = labelings.map((labels) => {
    const sampled = new Int32Array(m);
    for (let s = 0; s < m; s++) sampled[s] = labels[chosen[s]];
    const compact = compactLabels(sampled);
    const label = new Int32Array(m).fill(-1);
    for (let p = 0; p < compact.index.length; p++) label[compact.index[p]] = compact.label[p];
    const same = plans.findIndex((q) => q.k === compact.k && q.label.every((l, s) => l === label[s]));
    if (same >= 0) return same;
    plans.push({ label, k: compact.k });
    return plans.length - 1;
  });
  // One flat table for all labelings, row-major by point so that one point's cells sit together in
  // cache: point s, labeling c has k_c + 1 cells, the last a sink for noise, so the pair loop
  // needs no branch. cell[s*C + c] = offset of labeling c's cells + s's cluster (k_c for noise).
  const count = plans.length;
  const width = plans.reduce((w, p) => w + p.k + 1, 0);
  const cell = new Int32Array(m * count);
  let offset = 0;
  plans.forEach(({ label, k }, c) => {
    for (let s = 0; s < m; s++) cell[s * count + c] = offset + (label[s] < 0 ? k : label[s]);
    offset += k + 1;
  });
  return { exact, x, m, d, plans, planOf, width, cell };
}

/** The pairs (a, b > a) whose a lies in tile rows from..to-1 (tiles of SILHOUETTE_TILE points). */
export interface SilhouettePart {
  x: Float64Array;
  m: number;
  d: number;
  width: number;
  count: number;
  cell: Int32Array;
  fromTile: number;
  toTile: number;
}

/**
 * A fixed number of parts (not one per thread), cut where half the pairs are done: the sums add up in
 * the same order on one thread or two, so the scores are byte-identical either way.
 */
function silhouetteParts(plan: SilhouettePlan): SilhouettePart[] {
  const { x, m, d, width, cell } = plan;
  const tiles = Math.ceil(m / SILHOUETTE_TILE);
  const pairsBefore = (tile: number) => {
    const a = Math.min(m, tile * SILHOUETTE_TILE); // pairs with their first point below a
    return a * m - (a * (a + 1)) / 2;
  };
  const half = pairsBefore(tiles) / 2;
  let cut = 0;
  while (cut < tiles && pairsBefore(cut) < half) cut++;
  const base = { x, m, d, width, count: plan.plans.length, cell };
  return [
    { ...base, fromTile: 0, toTile: cut },
    { ...base, fromTile: cut, toTile: tiles },
  ];
}

/**
 * Sum of distances from each sampled point to the points of each cluster, over the part's pairs
 * (m x width table). Pairs are visited in square tiles so that the sums rows of both tiles stay in
 * cache: a plain a-then-b loop streams the whole table through memory once per point.
 */
export function silhouettePartSums(part: SilhouettePart): Float64Array {
  const { x, m, d, width, count, cell } = part;
  const sums = new Float64Array(m * width);
  for (let a0 = part.fromTile * SILHOUETTE_TILE; a0 < Math.min(m, part.toTile * SILHOUETTE_TILE); a0 += SILHOUETTE_TILE) {
    const a1 = Math.min(m, a0 + SILHOUETTE_TILE);
    for (let b0 = a0; b0 < m; b0 += SILHOUETTE_TILE) {
      const b1 = Math.min(m, b0 + SILHOUETTE_TILE);
      for (let a = a0; a < a1; a++) {
        const ao = a * d;
        const ac = a * count;
        const aw = a * width;
        for (let b = Math.max(b0, a + 1); b < b1; b++) {
          const bo = b * d;
          let sq = 0;
          for (let j = 0; j < d; j++) {
            const t = x[ao + j] - x[bo + j];
            sq += t * t;
          }
          const dist = Math.sqrt(sq);
          const bc = b * count;
          const bw = b * width;
          for (let c = 0; c < count; c++) {
            sums[aw + cell[bc + c]] += dist;
            sums[bw + cell[ac + c]] += dist;
          }
        }
      }
    }
  }
  return sums;
}

function finishSilhouette(plan: SilhouettePlan, parts: Float64Array[]): SilhouetteResult[] {
  const { m, exact, width, plans, planOf } = plan;
  const sums = parts[0];
  for (let p = 1; p < parts.length; p++) {
    const part = parts[p];
    for (let i = 0; i < sums.length; i++) sums[i] += part[i];
  }
  let offset = 0;
  const results = plans.map(({ label, k }): SilhouetteResult => {
    const start = offset;
    offset += k + 1;
    const counts = new Float64Array(Math.max(1, k));
    let members = 0;
    for (let s = 0; s < m; s++) {
      if (label[s] < 0) continue;
      counts[label[s]]++;
      members++;
    }
    if (k < 2 || members < 3) return { score: null, sampleSize: members, exact };
    let sum = 0;
    for (let s = 0; s < m; s++) {
      const own = label[s];
      if (own < 0 || counts[own] <= 1) continue; // noise skipped; a singleton scores 0
      const row = s * width + start;
      const a = sums[row + own] / (counts[own] - 1);
      let b = Infinity;
      for (let q = 0; q < k; q++) {
        if (q === own || counts[q] === 0) continue;
        const mean = sums[row + q] / counts[q];
        if (mean < b) b = mean;
      }
      if (!Number.isFinite(b)) continue;
      const denom = Math.max(a, b);
      sum += denom > 0 ? (b - a) / denom : 0;
    }
    return { score: sum / members, sampleSize: members, exact };
  });
  return planOf.map((p) => results[p]);
}

interface ClusterMoments {
  k: number;
  counts: Float64Array;
  centroids: Float64Array; // k x d
  mean: Float64Array; // d, over non-noise points
  points: number; // non-noise points
  label: Int32Array;
  index: Int32Array;
}

function moments(points: Matrix, labels: Labels): ClusterMoments {
  checkShapes(points, labels);
  const { index, label, k } = compactLabels(labels);
  const d = points.cols;
  const counts = new Float64Array(k);
  const centroids = new Float64Array(k * d);
  const mean = new Float64Array(d);
  for (let p = 0; p < index.length; p++) {
    const c = label[p];
    const o = index[p] * d;
    counts[c]++;
    for (let j = 0; j < d; j++) {
      centroids[c * d + j] += points.data[o + j];
      mean[j] += points.data[o + j];
    }
  }
  for (let c = 0; c < k; c++) for (let j = 0; j < d; j++) centroids[c * d + j] /= counts[c];
  for (let j = 0; j < d; j++) mean[j] /= Math.max(1, index.length);
  return { k, counts, centroids, mean, points: index.length, label, index };
}

/** Within-cluster sum of squared distances to each cluster's mean (the elbow curve's y). */
export function inertia(points: Matrix, labels: Labels): number {
  return clusterIndices(points, labels).inertia;
}

/** Davies-Bouldin index (lower is better); null with fewer than 2 clusters. */
export function daviesBouldin(points: Matrix, labels: Labels): number | null {
  return clusterIndices(points, labels).daviesBouldin;
}

/** Calinski-Harabasz index (higher is better); null with fewer than 2 clusters or n <= k. */
export function calinskiHarabasz(points: Matrix, labels: Labels): number | null {
  return clusterIndices(points, labels).calinskiHarabasz;
}

export interface ClusterIndices {
  inertia: number;
  daviesBouldin: number | null;
  calinskiHarabasz: number | null;
}

/** Inertia, Davies-Bouldin and Calinski-Harabasz from one pass for the centroids and one over the points. */
export function clusterIndices(points: Matrix, labels: Labels): ClusterIndices {
  const m = moments(points, labels);
  const d = points.cols;
  const data = points.data;
  let within = 0;
  const scatter = new Float64Array(m.k); // mean distance of members to their centroid
  for (let p = 0; p < m.index.length; p++) {
    const o = m.index[p] * d;
    const co = m.label[p] * d;
    let sq = 0;
    for (let j = 0; j < d; j++) {
      const t = (data[o + j] - m.centroids[co + j]) ** 2;
      within += t;
      sq += t;
    }
    scatter[m.label[p]] += Math.sqrt(sq);
  }
  if (m.k < 2) return { inertia: within, daviesBouldin: null, calinskiHarabasz: null };
  for (let c = 0; c < m.k; c++) scatter[c] /= m.counts[c];
  let total = 0;
  for (let a = 0; a < m.k; a++) {
    let worst = 0;
    for (let b = 0; b < m.k; b++) {
      if (a === b) continue;
      let sq = 0;
      for (let j = 0; j < d; j++) sq += (m.centroids[a * d + j] - m.centroids[b * d + j]) ** 2;
      const separation = Math.sqrt(sq);
      const ratio = separation > 0 ? (scatter[a] + scatter[b]) / separation : Infinity;
      if (ratio > worst) worst = ratio;
    }
    total += worst;
  }
  let calinski: number | null = null;
  // Every point on its centroid (within = 0) leaves the ratio undefined.
  if (m.points > m.k && within !== 0) {
    let between = 0;
    for (let c = 0; c < m.k; c++) {
      let sq = 0;
      for (let j = 0; j < d; j++) sq += (m.centroids[c * d + j] - m.mean[j]) ** 2;
      between += m.counts[c] * sq;
    }
    calinski = (between / (m.k - 1)) / (within / (m.points - m.k));
  }
  return { inertia: within, daviesBouldin: total / m.k, calinskiHarabasz: calinski };
}

/**
 * Adjusted Rand index between two labelings of the same points (Hubert & Arabie). Every label,
 * -1 included, is a group of its own. 1 = identical partitions up to renaming, ~0 = chance.
 */
export function adjustedRandIndex(a: Labels, b: Labels): number {
  if (a.length !== b.length) {
    throw new AnalysisError('LABELS_LENGTH', `cannot compare labelings of ${a.length} and ${b.length} points; they must label the same points.`);
  }
  const n = a.length;
  if (n < 2) return 1;
  const ra = compactLabels(a.map((l) => l + 1) as Int32Array);
  const rb = compactLabels(b.map((l) => l + 1) as Int32Array);
  const table = new Float64Array(ra.k * rb.k);
  const rowSums = new Float64Array(ra.k);
  const colSums = new Float64Array(rb.k);
  for (let i = 0; i < n; i++) {
    table[ra.label[i] * rb.k + rb.label[i]]++;
    rowSums[ra.label[i]]++;
    colSums[rb.label[i]]++;
  }
  const pairs = (x: number) => (x * (x - 1)) / 2;
  let sumCells = 0;
  for (let i = 0; i < table.length; i++) sumCells += pairs(table[i]);
  let sumRows = 0;
  for (let i = 0; i < ra.k; i++) sumRows += pairs(rowSums[i]);
  let sumCols = 0;
  for (let j = 0; j < rb.k; j++) sumCols += pairs(colSums[j]);
  const expected = (sumRows * sumCols) / pairs(n);
  const max = (sumRows + sumCols) / 2;
  // Both labelings put everything in one group (or every point alone): identical partitions.
  if (max === expected) return 1;
  return (sumCells - expected) / (max - expected);
}
