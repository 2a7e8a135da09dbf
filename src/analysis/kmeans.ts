/**
 * k-means on one Float64Array: Lloyd iterations, greedy k-means++ initialisation (as scikit-learn:
 * 2 + ln k candidates per centre, keep the one that lowers the potential most), best of `restarts` by inertia.
 * ml-kmeans gives the same answers but costs ~6x per iteration on arrays of arrays (PERFORMANCE.md).
 */
import { AnalysisError } from '../errors.js';
import { assertUsableMatrix, columnMeans, columnStds, permuteRows, relabelByFirstAppearance } from './matrix.js';
import { runLloyd, type LloydRun } from './kmeans-hamerly.js';
import { assertSeed, createRng, deriveSeed, type Rng } from './random.js';
import type { ClusteringFit, Matrix } from './types.js';

export interface KMeansOptions {
  k: number;
  seed: number;
  /** Independent initialisations; the lowest inertia wins. */
  restarts?: number;
  maxIterations?: number;
  /** Stop when the centres move less than tolerance x (mean feature variance), squared, summed (scikit-learn's rule). */
  tolerance?: number;
}

const DEFAULTS = { restarts: 10, maxIterations: 300, tolerance: 1e-4 } satisfies Partial<KMeansOptions>;

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
  const o = { ...DEFAULTS, ...options };
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
    const o = { ...DEFAULTS, ...options, k };
    validateKMeansOptions(points, o);
    return fitValidated(points, o, variance);
  });
}

function validateKMeansOptions(points: Matrix, o: Required<KMeansOptions>): void {
  assertK(o.k, points.rows, 'k-means');
  assertSeed(o.seed, 'k-means seed');
  assertPositiveInteger(o.restarts, 'restarts', 'k-means');
  assertPositiveInteger(o.maxIterations, 'maxIterations', 'k-means');
  if (!(o.tolerance >= 0)) throw new AnalysisError('BAD_OPTION', `k-means: tolerance must be >= 0, got ${o.tolerance}.`);
}

function meanVariance(points: Matrix): number {
  const stds = columnStds(points, columnMeans(points));
  let sum = 0;
  for (const s of stds) sum += s * s;
  return sum / points.cols;
}

function fitValidated(points: Matrix, o: Required<KMeansOptions>, variance: number): ClusteringFit {
  let best: LloydRun | null = null;
  for (let restart = 0; restart < o.restarts; restart++) {
    const rng = createRng(deriveSeed(o.seed, 'kmeans', o.k, restart));
    const run = runLloyd(points, greedyKMeansPlusPlus(points, o.k, rng), o.k, o.maxIterations, o.tolerance * variance);
    if (best === null || run.inertia < best.inertia) best = run; // ties keep the earlier restart
  }
  const winner = best as LloydRun;
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

/** Greedy k-means++ (Arthur & Vassilvitskii; scikit-learn's variant with several candidates per centre). */
export function greedyKMeansPlusPlus(points: Matrix, k: number, rng: Rng): Float64Array {
  const { rows, cols, data } = points;
  const candidatesPerCentre = 2 + Math.floor(Math.log(k));
  const centres = new Float64Array(k * cols);
  const closest = new Float64Array(rows);
  const cumulative = new Float64Array(rows);
  const first = rng.int(rows);
  centres.set(data.subarray(first * cols, (first + 1) * cols), 0);
  for (let i = 0; i < rows; i++) closest[i] = distanceToRow(data, i * cols, data, first * cols, cols);
  for (let c = 1; c < k; c++) {
    let running = 0;
    for (let i = 0; i < rows; i++) {
      running += closest[i];
      cumulative[i] = running;
    }
    let bestCandidate = -1;
    let bestPotential = Infinity;
    for (let t = 0; t < candidatesPerCentre; t++) {
      // All remaining points coincide with a centre: any point will do.
      const candidate = running > 0 ? searchCumulative(cumulative, rng.next() * running) : rng.int(rows);
      let candidatePotential = 0;
      for (let i = 0; i < rows; i++) {
        const d = distanceToRow(data, i * cols, data, candidate * cols, cols);
        candidatePotential += d < closest[i] ? d : closest[i];
      }
      if (candidatePotential < bestPotential) {
        bestPotential = candidatePotential;
        bestCandidate = candidate;
      }
    }
    for (let i = 0; i < rows; i++) {
      const d = distanceToRow(data, i * cols, data, bestCandidate * cols, cols);
      if (d < closest[i]) closest[i] = d;
    }
    centres.set(data.subarray(bestCandidate * cols, (bestCandidate + 1) * cols), c * cols);
  }
  return centres;
}

function distanceToRow(a: Float64Array, ao: number, b: Float64Array, bo: number, cols: number): number {
  let d = 0;
  for (let j = 0; j < cols; j++) {
    const diff = a[ao + j] - b[bo + j];
    d += diff * diff;
  }
  return d;
}

/** First index whose cumulative weight exceeds target (points of zero weight are never picked). */
function searchCumulative(cumulative: Float64Array, target: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
