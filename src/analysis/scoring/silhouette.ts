/**
 * The silhouette coefficient on the standardized clustering space, like scikit-learn's
 * silhouette_score, on a seeded sample for large n. Noise points (label -1) are left out. The pair
 * sums are cut into fixed parts that the worker pool may run on other threads: the same parts are
 * added in the same order either way, so the value never depends on the threads.
 */
import { sampleIndices } from '../compute/random.js';
import type { Labels, Matrix } from '../types.js';
import type { ComputePool, PoolJob } from '../compute/worker-pool.js';
import { withDefaults } from '../options.js';
import { checkShapes, compactLabels } from './label-codes.js';

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
  return finishSilhouette(plan, await pool.run(silhouetteSumsJob, silhouetteParts(plan)));
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

/** The pair sums of one part, as a job for the worker pool. */
export const silhouetteSumsJob: PoolJob<SilhouettePart, Float64Array> = { name: 'silhouette-sums', run: silhouettePartSums };
