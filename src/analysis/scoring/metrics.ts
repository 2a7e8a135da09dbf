/**
 * Cluster quality indices on the standardized clustering space: inertia, Davies-Bouldin,
 * Calinski-Harabasz (one O(n·d) pass each), and the adjusted Rand index between two labelings.
 * Noise points (label -1) are left out, as density-model papers do. The silhouette is in silhouette.ts.
 */
import { AnalysisError } from '../../errors.js';
import type { Labels, Matrix } from '../types.js';
import { checkShapes, compactLabels } from './label-codes.js';

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
  // Two segments on the same centre (customers with identical values split apart) leave the index undefined.
  let coincident = false;
  for (let a = 0; a < m.k; a++) {
    let worst = 0;
    for (let b = 0; b < m.k; b++) {
      if (a === b) continue;
      let sq = 0;
      for (let j = 0; j < d; j++) sq += (m.centroids[a * d + j] - m.centroids[b * d + j]) ** 2;
      const separation = Math.sqrt(sq);
      if (separation === 0) coincident = true;
      const ratio = separation > 0 ? (scatter[a] + scatter[b]) / separation : 0;
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
  return { inertia: within, daviesBouldin: coincident ? null : total / m.k, calinskiHarabasz: calinski };
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
