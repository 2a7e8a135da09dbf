/**
 * One yardstick for partitions from any family: the Bayesian information criterion of the Gaussian
 * mixture that a partition implies (each segment's share, mean and covariance, estimated from its own
 * customers). It rewards segments that are each one compact or elongated cloud, whatever their size,
 * and charges every extra segment its parameters, so it neither merges real segments (as silhouette and
 * Calinski-Harabasz tend to) nor splits one wide segment in two. Lower is better. Noise (-1) counts as
 * its own group, as the result reports it.
 *
 * Outlier-robust: a few customers far out on one column (a data-entry slip, a wholesale order) would
 * inflate the covariance of the segment they land in, and a partition that splits segments to wall them
 * off would then look better. So each segment's mean and covariance are estimated without its members
 * beyond the 99.9% Mahalanobis radius, and every customer's likelihood has a small uniform background
 * (as in mclust's noise component) that the far-out ones fall back on.
 */
import { FULL_COVARIANCE_MAX_FEATURES } from '../models/gmm.js';
import { sampleIndices } from '../compute/random.js';
import { columnSpans } from '../compute/matrix-ops.js';
import type { Labels, Matrix } from '../types.js';
import { compactLabels } from './label-codes.js';
import type { ComputePool, PoolJob } from '../compute/worker-pool.js';

/** Variance added to every segment's covariance (features are z-scores): a segment of customers with one equal value is not infinitely dense. */
export const PARTITION_REGULARIZATION = 0.01;

/** Share of the likelihood given to a uniform density over the customers' bounding box. */
export const BACKGROUND_SHARE = 0.01;

export interface PartitionBicOptions {
  seed: number;
  /** Scored on at most this many customers (seeded sample; the same sample for every candidate). */
  sampleSize?: number;
  /** Multiplies the parameter charge (1 = BIC). */
  penalty?: number;
  /** Weight of the classification entropy added (twice, as in ICL); 0 = plain BIC. */
  entropy?: number;
  /** Trim far-out members and add the uniform background (default true). */
  robust?: boolean;
}

const LOG_2PI = Math.log(2 * Math.PI);
/** Standard normal 99.9% quantile, for the chi-square radius beyond which a member is trimmed. */
const TRIM_Z = 3.09;

/** Chi-square quantile with d degrees of freedom at the TRIM_Z normal quantile (Wilson-Hilferty). */
function trimRadius(d: number): number {
  const a = 2 / (9 * d);
  return d * (1 - a + TRIM_Z * Math.sqrt(a)) ** 3;
}

/** BIC per candidate labeling (null when a labeling has fewer than 2 groups). */
export function partitionBics(points: Matrix, labelings: Labels[], options: PartitionBicOptions): (number | null)[] {
  const plan = planBics(points, labelings, options);
  return partitionBicsJob.run(plan);
}

/** partitionBics with the candidates dealt out as jobs on the pool's threads: the same BIC per candidate. */
export async function partitionBicsOnPool(pool: ComputePool, points: Matrix, labelings: Labels[], options: PartitionBicOptions): Promise<(number | null)[]> {
  const plan = planBics(points, labelings, options);
  const sample = pool.share(plan.sample);
  const size = Math.max(1, Math.ceil(plan.groups.length / (2 * pool.threads)));
  const parts: PartitionBicsPart[] = [];
  for (let from = 0; from < plan.groups.length; from += size) parts.push({ ...plan, sample, groups: plan.groups.slice(from, from + size) });
  return (await pool.run(partitionBicsJob, parts)).flat();
}

/** Some candidates' groups on the shared sample, with what every candidate's BIC needs. */
interface PartitionBicsPart {
  sample: Matrix;
  groups: Int32Array[];
  penalty: number;
  entropy: number;
  logBackground: number | null;
}

/** The sample (the same for every candidate), its background density and each candidate's groups on it. */
function planBics(points: Matrix, labelings: Labels[], options: PartitionBicOptions): PartitionBicsPart {
  const sampleSize = options.sampleSize ?? 20_000;
  const rows = points.rows > sampleSize ? sampleIndices(points.rows, sampleSize, options.seed) : null;
  const sample = continuousOnly(sampledRows(points, rows));
  const logBackground = options.robust === false ? null : Math.log(BACKGROUND_SHARE) + uniformLogDensity(sample);
  const groups = labelings.map((labels) => (rows ? Int32Array.from(rows, (r) => labels[r]) : labels));
  return { sample, groups, penalty: options.penalty ?? 1, entropy: options.entropy ?? 0, logBackground };
}

export const partitionBicsJob: PoolJob<PartitionBicsPart, (number | null)[]> = {
  name: 'partition-bics',
  run: ({ sample, groups, penalty, entropy, logBackground }) => groups.map((group) => partitionBic(sample, group, penalty, entropy, logBackground)),
};

/** Log of the background density: uniform over the customers' bounding box (one over its volume). */
function uniformLogDensity(points: Matrix): number {
  let logVolume = 0;
  for (const span of columnSpans(points)) logVolume += Math.log(Math.max(span, 1e-6));
  return -logVolume;
}

/** Without 0/1 columns (one-hot levels): a Gaussian on two values is as dense as the regularization lets it be, and would reward any split along a category. */
function continuousOnly(points: Matrix): Matrix {
  const keep: number[] = [];
  for (let j = 0; j < points.cols; j++) {
    const seen = new Set<number>();
    for (let i = 0; i < points.rows && seen.size <= 2; i++) seen.add(points.data[i * points.cols + j]);
    if (seen.size > 2) keep.push(j);
  }
  if (keep.length === points.cols || keep.length === 0) return points;
  const data = new Float64Array(points.rows * keep.length);
  for (let i = 0; i < points.rows; i++) keep.forEach((j, c) => (data[i * keep.length + c] = points.data[i * points.cols + j]));
  return { rows: points.rows, cols: keep.length, data };
}

function sampledRows(points: Matrix, rows: Int32Array | null): Matrix {
  if (!rows) return points;
  const d = points.cols;
  const data = new Float64Array(rows.length * d);
  rows.forEach((r, s) => data.set(points.data.subarray(r * d, (r + 1) * d), s * d));
  return { rows: rows.length, cols: d, data };
}

/** Per group: mean, lower Cholesky factor (or diagonal roots) and log det, from the members with use[s] set. */
interface GroupGaussians {
  k: number;
  d: number;
  full: boolean;
  means: Float64Array;
  chol: Float64Array;
  logDet: Float64Array;
}

function fitGroups(points: Matrix, group: Int32Array, k: number, use: Uint8Array | null, full: boolean): GroupGaussians {
  const { rows: m, cols: d, data } = points;
  const counts = new Float64Array(k);
  const means = new Float64Array(k * d);
  for (let s = 0; s < m; s++) {
    if (use && !use[s]) continue;
    const g = group[s];
    counts[g]++;
    for (let j = 0; j < d; j++) means[g * d + j] += data[s * d + j];
  }
  for (let g = 0; g < k; g++) for (let j = 0; j < d; j++) means[g * d + j] /= Math.max(counts[g], 1);
  const chol = new Float64Array(k * d * d);
  for (let s = 0; s < m; s++) {
    if (use && !use[s]) continue;
    const g = group[s];
    const co = g * d * d;
    for (let a = 0; a < d; a++) {
      const da = data[s * d + a] - means[g * d + a];
      if (full) for (let b = 0; b <= a; b++) chol[co + a * d + b] += da * (data[s * d + b] - means[g * d + b]);
      else chol[co + a * d + a] += da * da;
    }
  }
  // Cholesky factor per group, in place in the lower triangle; log det alongside.
  const logDet = new Float64Array(k);
  for (let g = 0; g < k; g++) {
    const co = g * d * d;
    for (let a = 0; a < d; a++) {
      for (let b = 0; b <= a; b++) chol[co + a * d + b] /= Math.max(counts[g], 1);
      chol[co + a * d + a] += PARTITION_REGULARIZATION;
    }
    for (let i = 0; i < d; i++) {
      for (let j = 0; j <= i; j++) {
        if (!full && j < i) continue;
        let v = chol[co + i * d + j];
        if (full) for (let t = 0; t < j; t++) v -= chol[co + i * d + t] * chol[co + j * d + t];
        if (i === j) {
          const root = Math.sqrt(Math.max(v, 1e-12));
          chol[co + i * d + i] = root;
          logDet[g] += 2 * Math.log(root);
        } else chol[co + i * d + j] = v / chol[co + j * d + j];
      }
    }
  }
  return { k, d, full, means, chol, logDet };
}

/** Squared Mahalanobis distance of row s to group g. */
function mahalanobis(points: Matrix, s: number, gauss: GroupGaussians, g: number, scratch: Float64Array): number {
  const { d, full, means, chol } = gauss;
  const co = g * d * d;
  let quad = 0;
  for (let i = 0; i < d; i++) {
    let v = points.data[s * d + i] - means[g * d + i];
    if (full) for (let j = 0; j < i; j++) v -= chol[co + i * d + j] * scratch[j];
    const y = v / chol[co + i * d + i];
    scratch[i] = y;
    quad += y * y;
  }
  return quad;
}

function partitionBic(points: Matrix, labels: Labels, penalty: number, entropyWeight: number, logBackground: number | null): number | null {
  const { rows: m, cols: d } = points;
  // Noise as one more group.
  let max = -1;
  for (const l of labels) if (l > max) max = l;
  const withNoise = labels.map((l) => (l < 0 ? max + 1 : l));
  const compact = compactLabels(withNoise);
  const k = compact.k;
  if (k < 2) return null;
  const full = d <= FULL_COVARIANCE_MAX_FEATURES;
  const group = new Int32Array(m);
  for (let p = 0; p < compact.index.length; p++) group[compact.index[p]] = compact.label[p];
  const counts = new Float64Array(k);
  for (const g of group) counts[g]++;
  const scratch = new Float64Array(d);
  let gauss = fitGroups(points, group, k, null, full);
  if (logBackground !== null) {
    // Refit each group without its far-out members (a group keeps at least d + 1 of them).
    const radius = trimRadius(d);
    const use = new Uint8Array(m);
    const kept = new Float64Array(k);
    for (let s = 0; s < m; s++) {
      if (mahalanobis(points, s, gauss, group[s], scratch) <= radius) {
        use[s] = 1;
        kept[group[s]]++;
      }
    }
    for (let s = 0; s < m; s++) if (kept[group[s]] <= d) use[s] = 1;
    gauss = fitGroups(points, group, k, use, full);
  }
  const logWeights = Float64Array.from(counts, (c) => Math.log(c / m));
  const logMixture = logBackground === null ? 0 : Math.log(1 - BACKGROUND_SHARE);
  const terms = new Float64Array(k);
  let logLikelihood = 0;
  let entropy = 0;
  for (let s = 0; s < m; s++) {
    let top = -Infinity;
    for (let g = 0; g < k; g++) {
      terms[g] = logWeights[g] - 0.5 * (d * LOG_2PI + gauss.logDet[g] + mahalanobis(points, s, gauss, g, scratch));
      if (terms[g] > top) top = terms[g];
    }
    let sum = 0;
    for (let g = 0; g < k; g++) sum += Math.exp(terms[g] - top);
    const logSum = top + Math.log(sum);
    logLikelihood += logBackground === null ? logSum : logAddExp(logMixture + logSum, logBackground);
    for (let g = 0; g < k; g++) {
      const t = terms[g] - logSum;
      if (t > -30) entropy -= Math.exp(t) * t;
    }
  }
  const parameters = k * d + k * (full ? (d * (d + 1)) / 2 : d) + (k - 1);
  return -2 * logLikelihood + penalty * parameters * Math.log(m) + 2 * entropyWeight * entropy;
}

function logAddExp(a: number, b: number): number {
  const top = Math.max(a, b);
  return top + Math.log(Math.exp(a - top) + Math.exp(b - top));
}
