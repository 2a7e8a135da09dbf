/**
 * One yardstick for partitions from any family: the Bayesian information criterion of the Gaussian
 * mixture that a partition implies (each segment's share, mean and covariance, estimated from its own
 * customers). It rewards segments that are each one compact or elongated cloud, whatever their size,
 * and charges every extra segment its parameters, so it neither merges real segments (as silhouette and
 * Calinski-Harabasz tend to) nor splits one wide segment in two. Lower is better. Noise (-1) counts as
 * its own group, as the result reports it.
 */
import { FULL_COVARIANCE_MAX_FEATURES } from '../models/gmm.js';
import { sampleIndices } from '../compute/random.js';
import type { Labels, Matrix } from '../types.js';
import { compactLabels } from './label-codes.js';

/** Variance added to every segment's covariance (features are z-scores): a segment of customers with one equal value is not infinitely dense. */
export const PARTITION_REGULARIZATION = 0.01;

export interface PartitionBicOptions {
  seed: number;
  /** Scored on at most this many customers (seeded sample; the same sample for every candidate). */
  sampleSize?: number;
  /** Multiplies the parameter charge (1 = BIC). */
  penalty?: number;
  /** Weight of the classification entropy added (twice, as in ICL); 0 = plain BIC. */
  entropy?: number;
}

const LOG_2PI = Math.log(2 * Math.PI);

/** BIC per candidate labeling (null when a labeling has fewer than 2 groups). */
export function partitionBics(points: Matrix, labelings: Labels[], options: PartitionBicOptions): (number | null)[] {
  const sampleSize = options.sampleSize ?? 20_000;
  const rows = points.rows > sampleSize ? sampleIndices(points.rows, sampleSize, options.seed) : null;
  return labelings.map((labels) => partitionBic(points, labels, rows, options.penalty ?? 1, options.entropy ?? 0));
}

function partitionBic(points: Matrix, labels: Labels, rows: Int32Array | null, penalty: number, entropyWeight: number): number | null {
  const d = points.cols;
  const m = rows ? rows.length : points.rows;
  const rowAt = (s: number) => (rows ? rows[s] : s);
  const sampled = new Int32Array(m);
  for (let s = 0; s < m; s++) {
    const l = labels[rowAt(s)];
    sampled[s] = l;
  }
  // Noise as one more group.
  let max = -1;
  for (const l of sampled) if (l > max) max = l;
  for (let s = 0; s < m; s++) if (sampled[s] < 0) sampled[s] = max + 1;
  const compact = compactLabels(sampled);
  const k = compact.k;
  if (k < 2) return null;
  const full = d <= FULL_COVARIANCE_MAX_FEATURES;
  const group = new Int32Array(m);
  for (let p = 0; p < compact.index.length; p++) group[compact.index[p]] = compact.label[p];
  const counts = new Float64Array(k);
  const means = new Float64Array(k * d);
  for (let s = 0; s < m; s++) {
    const g = group[s];
    counts[g]++;
    const o = rowAt(s) * d;
    for (let j = 0; j < d; j++) means[g * d + j] += points.data[o + j];
  }
  for (let g = 0; g < k; g++) for (let j = 0; j < d; j++) means[g * d + j] /= counts[g];
  const cov = new Float64Array(k * d * d);
  for (let s = 0; s < m; s++) {
    const g = group[s];
    const o = rowAt(s) * d;
    const co = g * d * d;
    for (let a = 0; a < d; a++) {
      const da = points.data[o + a] - means[g * d + a];
      if (full) for (let b = 0; b <= a; b++) cov[co + a * d + b] += da * (points.data[o + b] - means[g * d + b]);
      else cov[co + a * d + a] += da * da;
    }
  }
  // Cholesky factor per group, in place in cov's lower triangle; log det alongside.
  const logDet = new Float64Array(k);
  for (let g = 0; g < k; g++) {
    const co = g * d * d;
    for (let a = 0; a < d; a++) {
      for (let b = 0; b <= a; b++) cov[co + a * d + b] /= counts[g];
      cov[co + a * d + a] += PARTITION_REGULARIZATION;
    }
    for (let i = 0; i < d; i++) {
      for (let j = 0; j <= i; j++) {
        if (!full && j < i) continue;
        let v = cov[co + i * d + j];
        if (full) for (let t = 0; t < j; t++) v -= cov[co + i * d + t] * cov[co + j * d + t];
        if (i === j) {
          const root = Math.sqrt(Math.max(v, 1e-12));
          cov[co + i * d + i] = root;
          logDet[g] += 2 * Math.log(root);
        } else cov[co + i * d + j] = v / cov[co + j * d + j];
      }
    }
  }
  const logWeights = Float64Array.from(counts, (c) => Math.log(c / m));
  const scratch = new Float64Array(d);
  const terms = new Float64Array(k);
  let logLikelihood = 0;
  let entropy = 0;
  for (let s = 0; s < m; s++) {
    const o = rowAt(s) * d;
    let top = -Infinity;
    for (let g = 0; g < k; g++) {
      const co = g * d * d;
      let quad = 0;
      for (let i = 0; i < d; i++) {
        let v = points.data[o + i] - means[g * d + i];
        if (full) for (let j = 0; j < i; j++) v -= cov[co + i * d + j] * scratch[j];
        const y = v / cov[co + i * d + i];
        scratch[i] = y;
        quad += y * y;
      }
      terms[g] = logWeights[g] - 0.5 * (d * LOG_2PI + logDet[g] + quad);
      if (terms[g] > top) top = terms[g];
    }
    let sum = 0;
    for (let g = 0; g < k; g++) sum += Math.exp(terms[g] - top);
    const logSum = top + Math.log(sum);
    logLikelihood += logSum;
    for (let g = 0; g < k; g++) {
      const t = terms[g] - logSum;
      if (t > -30) entropy -= Math.exp(t) * t;
    }
  }
  const parameters = k * d + k * (full ? (d * (d + 1)) / 2 : d) + (k - 1);
  return -2 * logLikelihood + penalty * parameters * Math.log(m) + 2 * entropyWeight * entropy;
}
