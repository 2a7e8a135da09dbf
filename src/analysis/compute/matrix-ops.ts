/** Small helpers on the row-major `Matrix`: no object per point, loops over one Float64Array. */
import { AnalysisError } from '../../errors.js';
import type { Matrix } from '../types.js';

/**
 * Checks a matrix before a model sees it: shape consistent, at least `minRows` rows, every value finite.
 * `context` names the step in the message ("k-means", "PCA"...).
 */
export function assertUsableMatrix(points: Matrix, context: string, minRows = 1): void {
  const { rows, cols, data } = points;
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0 || data.length !== rows * cols) {
    throw new AnalysisError('BAD_MATRIX', `${context}: matrix says ${rows}x${cols} but holds ${data.length} values; build it with createMatrix(rows, cols).`);
  }
  if (rows === 0 || cols === 0) {
    throw new AnalysisError('EMPTY_MATRIX', `${context}: no data (${rows} customers x ${cols} features). Check that the input has customers and at least one numeric feature.`);
  }
  if (rows < minRows) {
    throw new AnalysisError('TOO_FEW_POINTS', `${context}: needs at least ${minRows} customers, got ${rows}.`);
  }
  for (let i = 0; i < data.length; i++) {
    if (!Number.isFinite(data[i])) {
      const row = Math.floor(i / cols);
      throw new AnalysisError(
        'NON_FINITE_VALUE',
        `${context}: value at row ${row}, column ${i - row * cols} is ${data[i]}. Impute or drop missing values before modelling.`,
        { row, column: i - row * cols },
      );
    }
  }
}

/** A view (no copy) of row i; writing to it writes the matrix. */
export function rowView(m: Matrix, i: number): Float64Array {
  return m.data.subarray(i * m.cols, (i + 1) * m.cols);
}

export function rowCopy(m: Matrix, i: number): Float64Array {
  return m.data.slice(i * m.cols, (i + 1) * m.cols);
}

/** A new matrix of the given rows, in the given order. */
export function selectRows(m: Matrix, indices: ArrayLike<number>): Matrix {
  const { cols } = m;
  const data = new Float64Array(indices.length * cols);
  for (let r = 0; r < indices.length; r++) {
    const from = indices[r] * cols;
    for (let j = 0; j < cols; j++) data[r * cols + j] = m.data[from + j];
  }
  return { rows: indices.length, cols, data };
}

/** Squared Euclidean distance between row i of a and row j of b (same width). */
export function squaredDistance(a: Matrix, i: number, b: Matrix, j: number): number {
  const cols = a.cols;
  const ad = a.data;
  const bd = b.data;
  const ao = i * cols;
  const bo = j * cols;
  let sum = 0;
  for (let c = 0; c < cols; c++) {
    const d = ad[ao + c] - bd[bo + c];
    sum += d * d;
  }
  return sum;
}

export function columnMeans(m: Matrix): Float64Array {
  const means = new Float64Array(m.cols);
  if (m.rows === 0) return means;
  for (let i = 0; i < m.rows; i++) {
    const o = i * m.cols;
    for (let j = 0; j < m.cols; j++) means[j] += m.data[o + j];
  }
  for (let j = 0; j < m.cols; j++) means[j] /= m.rows;
  return means;
}

/** Each column's max minus min (0 for a constant column or no rows). */
export function columnSpans(m: Matrix): Float64Array {
  const spans = new Float64Array(m.cols);
  for (let j = 0; j < m.cols; j++) {
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < m.rows; i++) {
      const v = m.data[i * m.cols + j];
      if (v < min) min = v;
      if (v > max) max = v;
    }
    spans[j] = m.rows > 0 ? max - min : 0;
  }
  return spans;
}

/** Population standard deviations (divide by n), as scikit-learn's StandardScaler uses. */
export function columnStds(m: Matrix, means: Float64Array = columnMeans(m)): Float64Array {
  const stds = new Float64Array(m.cols);
  if (m.rows === 0) return stds;
  for (let i = 0; i < m.rows; i++) {
    const o = i * m.cols;
    for (let j = 0; j < m.cols; j++) {
      const d = m.data[o + j] - means[j];
      stds[j] += d * d;
    }
  }
  for (let j = 0; j < m.cols; j++) stds[j] = Math.sqrt(stds[j] / m.rows);
  return stds;
}

/** Mean of each label's rows (labels 0..k-1; -1 and out-of-range labels skipped). Empty groups stay at 0. */
export function groupMeans(points: Matrix, labels: Int32Array, k: number): { centroids: Matrix; sizes: Int32Array } {
  const { rows, cols, data } = points;
  const sums = new Float64Array(k * cols);
  const sizes = new Int32Array(k);
  for (let i = 0; i < rows; i++) {
    const l = labels[i];
    if (l < 0 || l >= k) continue;
    sizes[l]++;
    const o = i * cols;
    const co = l * cols;
    for (let j = 0; j < cols; j++) sums[co + j] += data[o + j];
  }
  for (let l = 0; l < k; l++) {
    if (sizes[l] === 0) continue;
    for (let j = 0; j < cols; j++) sums[l * cols + j] /= sizes[l];
  }
  return { centroids: { rows: k, cols, data: sums }, sizes };
}

/** Sum of squared distances of labelled rows to their centroid (noise, label -1, excluded). */
export function withinSumOfSquares(points: Matrix, labels: Int32Array, centroids: Matrix): number {
  let total = 0;
  for (let i = 0; i < points.rows; i++) {
    const l = labels[i];
    if (l >= 0) total += squaredDistance(points, i, centroids, l);
  }
  return total;
}

/**
 * Renumbers labels by first appearance (the cluster of row 0 becomes 0, the next new one 1...), so two fits
 * that found the same partition carry the same labels. Returns the mapping old -> new (-1 kept as noise).
 */
export function relabelByFirstAppearance(labels: Int32Array, k: number): { labels: Int32Array; mapping: Int32Array } {
  const mapping = new Int32Array(k).fill(-1);
  let next = 0;
  const out = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l < 0) {
      out[i] = -1;
      continue;
    }
    if (mapping[l] === -1) mapping[l] = next++;
    out[i] = mapping[l];
  }
  // Groups that never occur keep the last numbers, in their old order.
  for (let l = 0; l < k; l++) if (mapping[l] === -1) mapping[l] = next++;
  return { labels: out, mapping };
}

/** Reorders centroid rows so that row mapping[old] holds old centroid `old`. */
export function permuteRows(m: Matrix, mapping: Int32Array): Matrix {
  const data = new Float64Array(m.data.length);
  for (let old = 0; old < m.rows; old++) {
    data.set(m.data.subarray(old * m.cols, (old + 1) * m.cols), mapping[old] * m.cols);
  }
  return { rows: m.rows, cols: m.cols, data };
}

/** Squared distance between row offsets of two flat arrays: the k-means hot path (seeding and Lloyd). */
export function squaredDistanceAt(a: Float64Array, ao: number, b: Float64Array, bo: number, cols: number): number {
  if (cols === 3) {
    // RFM, the common case, unrolled; same left-to-right sum as the loop, so the same bits.
    const d0 = a[ao] - b[bo];
    const d1 = a[ao + 1] - b[bo + 1];
    const d2 = a[ao + 2] - b[bo + 2];
    return d0 * d0 + d1 * d1 + d2 * d2;
  }
  let d = 0;
  for (let j = 0; j < cols; j++) {
    const diff = a[ao + j] - b[bo + j];
    d += diff * diff;
  }
  return d;
}
