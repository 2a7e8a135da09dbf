/**
 * Density clustering: DBSCAN (Ester et al. 1996) on a seeded sample with a k-d tree, eps read off the knee of
 * the sorted k-distance curve when not given. Noise is labelled -1. Points outside the sample take the
 * cluster of a core point within eps (as DBSCAN treats border points), else they are noise too.
 */
import { AnalysisError } from '../../errors.js';
import { anyWithin, buildKdTree, forEachWithin, kthNeighbourSquared, type KdTree } from '../compute/kd-tree.js';
import { assertUsableMatrix, groupMeans, relabelByFirstAppearance, selectRows, withinSumOfSquares } from '../compute/matrix-ops.js';
import { assertSeed, deriveSeed, sampleIndices } from '../compute/random.js';
import type { ClusteringFit, Matrix } from '../types.js';

export interface DbscanOptions {
  seed: number;
  /** Neighbourhood radius in the (standardized) feature space; chosen from the k-distance knee when absent. */
  eps?: number;
  /** Points (itself included) within eps that make a point core. Default max(10, 2 x features), at most the sample size. */
  minPts?: number;
  /**
   * DBSCAN runs on at most this many points (seeded sample); the rest are assigned. Default 20,000 up to
   * 3 features, then 20,000 x 3 / features (6,000 at 10): neighbourhood queries lose their pruning as
   * dimensions grow, and the work grows with the square of the sample.
   */
  maxSample?: number;
}

const BASE_SAMPLE = 20000;
const defaultMaxSample = (cols: number) => (cols <= 3 ? BASE_SAMPLE : Math.round((BASE_SAMPLE * 3) / cols));
/** The knee is searched below this quantile of the k-distance curve, so a few far outliers do not flatten it. */
const KNEE_QUANTILE = 0.99;

export function fitDbscan(points: Matrix, options: DbscanOptions): ClusteringFit {
  assertUsableMatrix(points, 'DBSCAN', 2);
  const maxSample = options.maxSample ?? defaultMaxSample(points.cols);
  if (!Number.isInteger(maxSample) || maxSample < 2) {
    throw new AnalysisError('BAD_OPTION', `DBSCAN: maxSample must be a whole number >= 2, got ${maxSample}.`);
  }
  const sampleSize = Math.min(points.rows, maxSample);
  // The default density threshold shrinks for tiny data sets rather than refusing them.
  const o = { ...options, maxSample, minPts: options.minPts ?? Math.min(sampleSize, Math.max(10, 2 * points.cols)) };
  assertSeed(o.seed, 'DBSCAN seed');
  if (!Number.isInteger(o.minPts) || o.minPts < 2 || o.minPts > sampleSize) {
    throw new AnalysisError('BAD_OPTION', `DBSCAN: minPts must be a whole number in 2..${sampleSize} (the customers it runs on), got ${o.minPts}.`);
  }
  if (o.eps !== undefined && !(Number.isFinite(o.eps) && o.eps > 0)) {
    throw new AnalysisError('BAD_OPTION', `DBSCAN: eps must be a positive number, got ${o.eps}. Leave it out to choose it from the data.`);
  }
  const sampleRows = sampleSize < points.rows ? sampleIndices(points.rows, sampleSize, deriveSeed(o.seed, 'dbscan-sample')) : null;
  const sample = sampleRows ? selectRows(points, sampleRows) : points;
  const tree = buildKdTree(sample);
  const eps = o.eps ?? kneeEps(tree, o.minPts);
  const { labels: sampleLabels, core, clusters } = dbscan(tree, eps * eps, o.minPts);

  let labels = sampleLabels;
  if (sampleRows) labels = assignOutsideSample(points, sample, sampleRows, sampleLabels, core, eps * eps);
  const canonical = relabelByFirstAppearance(labels, clusters).labels;
  const { centroids } = groupMeans(points, canonical, clusters);
  let noise = 0;
  for (let i = 0; i < canonical.length; i++) if (canonical[i] < 0) noise++;
  return {
    labels: canonical,
    centroids,
    inertia: withinSumOfSquares(points, canonical, centroids),
    k: clusters,
    params: { algorithm: 'dbscan', eps, epsChosen: o.eps === undefined ? 'knee' : 'given', minPts: o.minPts, noise, seed: o.seed, sampleSize, sampled: sampleRows !== null, maxSample: o.maxSample },
  };
}

/**
 * eps from the sorted distances to each point's (minPts-1)-th neighbour: the point farthest below the chord
 * from the curve's start to its 99th percentile (Kneedle on a convex rising curve). Never zero, even when
 * many customers share identical features.
 */
export function kneeEps(tree: KdTree, minPts: number): number {
  const n = tree.points.rows;
  const distances = new Float64Array(n);
  for (let row = 0; row < n; row++) distances[row] = Math.sqrt(kthNeighbourSquared(tree, row, Math.min(minPts - 1, n - 1)));
  distances.sort();
  const last = Math.max(1, Math.floor((n - 1) * KNEE_QUANTILE));
  const low = distances[0];
  const span = distances[last] - low;
  let eps = distances[last];
  if (span > 0) {
    let bestGap = -Infinity;
    for (let i = 0; i <= last; i++) {
      const gap = i / last - (distances[i] - low) / span;
      if (gap > bestGap) {
        bestGap = gap;
        eps = distances[i];
      }
    }
  }
  if (eps > 0) return eps;
  for (let i = 0; i < n; i++) if (distances[i] > 0) return distances[i];
  return 1e-9; // every customer identical: any positive radius puts them in one cluster
}

/** Classic DBSCAN: clusters grow from core points in row order; a border point joins the first cluster that reaches it. */
function dbscan(tree: KdTree, epsSq: number, minPts: number): { labels: Int32Array; core: Uint8Array; clusters: number } {
  const { rows, cols, data } = tree.points;
  const core = new Uint8Array(rows);
  for (let i = 0; i < rows; i++) {
    let count = 0;
    forEachWithin(tree, data, i * cols, epsSq, () => count++);
    if (count >= minPts) core[i] = 1;
  }
  const UNSEEN = -2;
  const labels = new Int32Array(rows).fill(UNSEEN);
  const queue = new Int32Array(rows);
  let clusters = 0;
  for (let seed = 0; seed < rows; seed++) {
    if (!core[seed] || labels[seed] !== UNSEEN) continue;
    const cluster = clusters++;
    labels[seed] = cluster;
    let head = 0;
    let tail = 0;
    queue[tail++] = seed;
    while (head < tail) {
      const p = queue[head++];
      forEachWithin(tree, data, p * cols, epsSq, (q) => {
        if (labels[q] !== UNSEEN) return;
        labels[q] = cluster;
        if (core[q]) queue[tail++] = q;
      });
    }
  }
  for (let i = 0; i < rows; i++) if (labels[i] === UNSEEN) labels[i] = -1;
  return { labels, core, clusters };
}

function assignOutsideSample(points: Matrix, sample: Matrix, sampleRows: Int32Array, sampleLabels: Int32Array, core: Uint8Array, epsSq: number): Int32Array {
  const coreRows: number[] = [];
  for (let s = 0; s < core.length; s++) if (core[s]) coreRows.push(s);
  const labels = new Int32Array(points.rows).fill(-1);
  if (coreRows.length > 0) {
    const coreTree = buildKdTree(selectRows(sample, coreRows));
    for (let i = 0; i < points.rows; i++) {
      // Any core point in reach, not the nearest: the same rule as a border point's, and in 10 dimensions
      // it is many times cheaper (the nearest search cannot prune when dozens of core points are in reach).
      const reached = anyWithin(coreTree, points.data, i * points.cols, epsSq);
      if (reached >= 0) labels[i] = sampleLabels[coreRows[reached]];
    }
  }
  // Sample points keep what DBSCAN decided (border points included).
  for (let s = 0; s < sampleRows.length; s++) labels[sampleRows[s]] = sampleLabels[s];
  return labels;
}
