/**
 * 2-D coordinates by principal components. The covariance matrix is accumulated on the typed array (two cheap
 * passes: means, then centred cross-products), only that cols x cols matrix goes to ml-pca for the
 * eigen-decomposition, and every point is projected here. So 1M customers never become arrays of arrays.
 */
import { PCA } from 'ml-pca';
import { AnalysisError } from '../../errors.js';
import { withDefaults } from '../options.js';
import { assertUsableMatrix, columnMeans } from '../compute/matrix-ops.js';
import type { Matrix } from '../types.js';

export interface PcaOptions {
  /** Only the 2-D map is supported; the option exists so callers state it. */
  components?: 2;
}

export interface PcaProjection {
  x: Float64Array;
  y: Float64Array;
  /** Share of total variance on each axis (ratios in [0, 1]). */
  explainedVariance: [number, number];
  /** Per input column, its weight on [axis 1, axis 2]: the unit eigenvectors, sign fixed (largest |weight| positive). */
  loadings: number[][];
  /** Column means subtracted before projecting: with `loadings`, enough to place new points on the map. */
  means: number[];
}

const DEFAULTS = { components: 2 } satisfies PcaOptions;

export function projectPca(points: Matrix, options: PcaOptions = {}): PcaProjection {
  const o = withDefaults(DEFAULTS, options);
  if (o.components !== 2) throw new AnalysisError('BAD_OPTION', `PCA: only 2 components are supported (the scatter map), got ${String(o.components)}.`);
  assertUsableMatrix(points, 'PCA', 2);
  if (points.cols < 2) {
    throw new AnalysisError('TOO_FEW_FEATURES', `PCA: a 2-D map needs at least 2 features, got ${points.cols}. Add a feature or skip the map.`);
  }
  const means = columnMeans(points);
  const covariance = covarianceMatrix(points, means);
  const { values, vectors } = sortedEigen(covariance);
  const total = values.reduce((sum, v) => sum + Math.max(v, 0), 0);
  const axes = [0, 1].map((c) => fixSign(vectors.map((row) => row[c])));
  const x = new Float64Array(points.rows);
  const y = new Float64Array(points.rows);
  const { rows, cols, data } = points;
  const [first, second] = axes;
  for (let i = 0; i < rows; i++) {
    let a = 0;
    let b = 0;
    for (let j = 0; j < cols; j++) {
      const centred = data[i * cols + j] - means[j];
      a += centred * first[j];
      b += centred * second[j];
    }
    x[i] = a;
    y[i] = b;
  }
  const ratio = (v: number) => (total > 0 ? Math.max(v, 0) / total : 0);
  return {
    x,
    y,
    explainedVariance: [ratio(values[0]), ratio(values[1])],
    loadings: Array.from({ length: cols }, (_, j) => [first[j], second[j]]),
    means: Array.from(means),
  };
}

/** Sample covariance (divide by n - 1), as a plain cols x cols array for ml-pca. */
function covarianceMatrix(points: Matrix, means: Float64Array): number[][] {
  const { rows, cols, data } = points;
  const sums = new Float64Array(cols * cols);
  const centred = new Float64Array(cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) centred[j] = data[i * cols + j] - means[j];
    for (let j = 0; j < cols; j++) {
      const cj = centred[j];
      for (let l = j; l < cols; l++) sums[j * cols + l] += cj * centred[l];
    }
  }
  return Array.from({ length: cols }, (_, j) => Array.from({ length: cols }, (_, l) => sums[Math.min(j, l) * cols + Math.max(j, l)] / (rows - 1)));
}

/** Eigenvalues descending with their eigenvectors as columns (ml-pca's order, re-sorted so we never depend on it). */
function sortedEigen(covariance: number[][]): { values: number[]; vectors: number[][] } {
  const pca = new PCA(covariance, { isCovarianceMatrix: true });
  const rawValues = pca.getEigenvalues();
  const rawVectors = pca.getEigenvectors().to2DArray(); // rows = features, columns = components
  const order = rawValues.map((v, c) => ({ v, c })).sort((p, q) => q.v - p.v || p.c - q.c);
  return {
    values: order.map((p) => p.v),
    vectors: rawVectors.map((row) => order.map((p) => row[p.c])),
  };
}

/** Eigenvectors are defined up to sign; make the entry of largest magnitude positive so the map never flips. */
function fixSign(vector: number[]): Float64Array {
  let largest = 0;
  for (let j = 1; j < vector.length; j++) if (Math.abs(vector[j]) > Math.abs(vector[largest])) largest = j;
  const sign = vector[largest] < 0 ? -1 : 1;
  return Float64Array.from(vector, (v) => v * sign + 0); // + 0 turns -0 into 0
}
