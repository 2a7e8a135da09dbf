/**
 * k-means on one Float64Array: Lloyd iterations, greedy k-means++ initialisation (as scikit-learn:
 * 2 + ln k candidates per centre, keep the one that lowers the potential most), best of `restarts` by inertia.
 * ml-kmeans gives the same answers but costs ~6x per iteration on arrays of arrays (PERFORMANCE.md).
 */
import { AnalysisError } from '../../errors.js';
import { withDefaults } from '../options.js';
import { assertUsableMatrix, columnMeans, columnStds, permuteRows, relabelByFirstAppearance } from '../compute/matrix-ops.js';
import { runLloyd, type LloydRun } from './kmeans-hamerly.js';
import { greedyKMeansPlusPlus } from './kmeans-init.js';
export { greedyKMeansPlusPlus };
import { assertSeed, createRng, deriveSeed } from '../compute/random.js';
import type { ClusteringFit, Matrix } from '../types.js';

export interface KMeansOptions {
  k: number;
  seed: number;
  /** Independent initialisations; the lowest inertia wins. */
  restarts?: number;
  maxIterations?: number;
  /** Stop when the centres move less than tolerance x (mean feature variance), squared, summed (scikit-learn's rule). */
  tolerance?: number;
}

export const KMEANS_DEFAULTS = { restarts: 10, maxIterations: 300, tolerance: 1e-4 } satisfies Partial<KMeansOptions>;

function assertK(k: number, rows: number, context: string): void {
  if (!Number.isInteger(k) || k < 2 || k > rows) {
    throw new AnalysisError('K_OUT_OF_RANGE', `${context}: k must be a whole number in 2..${rows} (the number of customers), got ${k}. Ask for fewer segments or give more customers.`);
  }
}

function assertPositiveInteger(value: number, name: string, context: string): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new AnalysisError('BAD_OPTION', `${context}: ${name} must be a whole number >= 1, got ${value}.`);
  }
}

export function fitKMeans(points: Matrix, options: KMeansOptions): ClusteringFit {
  const o = withDefaults(KMEANS_DEFAULTS, options);
  assertUsableMatrix(points, 'k-means');
  validateKMeansOptions(points, o);
  return fitValidated(points, o, meanVariance(points));
}

/** One fit per k (each with its own restarts), validating and scanning the data once. */
export function fitKMeansSweep(points: Matrix, ks: number[], options: Omit<KMeansOptions, 'k'>): ClusteringFit[] {
  assertUsableMatrix(points, 'k-means');
  if (ks.length === 0) throw new AnalysisError('BAD_OPTION', 'k-means sweep: the list of k values is empty; pass e.g. 2..10.');
  const variance = meanVariance(points);
  return ks.map((k) => {
    const o = withDefaults(KMEANS_DEFAULTS, { ...options, k });
    validateKMeansOptions(points, o);
    return fitValidated(points, o, variance);
  });
}

export function validateKMeansOptions(points: Matrix, o: Required<KMeansOptions>): void {
  assertK(o.k, points.rows, 'k-means');
  assertSeed(o.seed, 'k-means seed');
  assertPositiveInteger(o.restarts, 'restarts', 'k-means');
  assertPositiveInteger(o.maxIterations, 'maxIterations', 'k-means');
  if (!(o.tolerance >= 0)) throw new AnalysisError('BAD_OPTION', `k-means: tolerance must be >= 0, got ${o.tolerance}.`);
}

export function meanVariance(points: Matrix): number {
  const stds = columnStds(points, columnMeans(points));
  let sum = 0;
  for (const s of stds) sum += s * s;
  return sum / points.cols;
}

/** One restart: its own seed stream, so restarts can run in any order or thread and give the same run. */
export function runRestart(points: Matrix, o: Required<KMeansOptions>, variance: number, restart: number): LloydRun {
  const rng = createRng(deriveSeed(o.seed, 'kmeans', o.k, restart));
  return runLloyd(points, greedyKMeansPlusPlus(points, o.k, rng), o.k, o.maxIterations, o.tolerance * variance);
}

function fitValidated(points: Matrix, o: Required<KMeansOptions>, variance: number): ClusteringFit {
  let best: LloydRun | null = null;
  for (let restart = 0; restart < o.restarts; restart++) {
    const run = runRestart(points, o, variance, restart);
    if (best === null || run.inertia < best.inertia) best = run; // ties keep the earlier restart
  }
  return toClusteringFit(points, o, best as LloydRun);
}

/** The winning run as a ClusteringFit, labels numbered by first appearance; restartSample when the restarts ran on a sample. */
export function toClusteringFit(points: Matrix, o: Required<KMeansOptions>, winner: LloydRun, restartSample?: number): ClusteringFit {
  const { labels, mapping } = relabelByFirstAppearance(winner.labels, o.k);
  return {
    labels,
    centroids: permuteRows({ rows: o.k, cols: points.cols, data: winner.centroids }, mapping),
    inertia: winner.inertia,
    k: o.k,
    params: {
      algorithm: 'kmeans',
      init: 'greedy-kmeans++',
      k: o.k,
      seed: o.seed,
      restarts: o.restarts,
      ...(restartSample !== undefined ? { restartSample } : {}),
      iterations: winner.iterations,
      converged: winner.converged,
    },
  };
}

/** Index of the nearest centroid for every point (ties go to the lower index). */
export function assignNearest(points: Matrix, centroids: Matrix): Int32Array {
  assertUsableMatrix(points, 'nearest-centroid assignment');
  assertUsableMatrix(centroids, 'nearest-centroid assignment (centroids)');
  if (centroids.cols !== points.cols) {
    throw new AnalysisError('DIMENSION_MISMATCH', `nearest-centroid assignment: points have ${points.cols} features but centroids have ${centroids.cols}.`);
  }
  const { rows, cols, data } = points;
  const centres = centroids.data;
  const k = centroids.rows;
  const labels = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    const o = i * cols;
    let bestLabel = 0;
    let bestDistance = Infinity;
    for (let c = 0; c < k; c++) {
      const co = c * cols;
      let d = 0;
      for (let j = 0; j < cols; j++) {
        const diff = data[o + j] - centres[co + j];
        d += diff * diff;
      }
      if (d < bestDistance) {
        bestDistance = d;
        bestLabel = c;
      }
    }
    labels[i] = bestLabel;
  }
  return labels;
}
