/**
 * Lloyd's k-means with Hamerly's bounds (Hamerly 2010, "Making k-means even faster"): each point keeps an
 * upper bound on the distance to its centre and a lower bound on the distance to any other, and skips the
 * k-way scan when the bounds prove its label cannot change. Same labels as plain Lloyd (up to exact ties),
 * several times fewer distance computations once clusters settle. Everything sequential, so deterministic.
 */
import type { Matrix } from './types.js';

export interface LloydRun {
  labels: Int32Array;
  centroids: Float64Array;
  inertia: number;
  iterations: number;
  converged: boolean;
}

/** Runs from the given starting centres (modified in place) until labels stop changing or centres stop moving. */
export function runLloyd(points: Matrix, centres: Float64Array, k: number, maxIterations: number, shiftTolerance: number): LloydRun {
  const { rows, cols, data } = points;
  const labels = new Int32Array(rows);
  const upper = new Float64Array(rows);
  const lower = new Float64Array(rows);
  const sums = new Float64Array(k * cols);
  const sizes = new Int32Array(k);
  const halfGap = new Float64Array(k); // half the distance from each centre to its nearest other centre
  const moved = new Float64Array(k);

  for (let i = 0; i < rows; i++) scanAll(data, i * cols, centres, k, cols, labels, upper, lower, i);

  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    const shift = updateCentres(points, labels, centres, k, sums, sizes, upper, moved);
    if (shift <= shiftTolerance) converged = true;
    moveBounds(labels, upper, lower, moved);
    computeHalfGaps(centres, k, cols, halfGap);
    let changed = 0;
    for (let i = 0; i < rows; i++) {
      const a = labels[i];
      const bound = halfGap[a] > lower[i] ? halfGap[a] : lower[i];
      if (upper[i] <= bound) continue;
      upper[i] = Math.sqrt(squared(data, i * cols, centres, a * cols, cols));
      if (upper[i] <= bound) continue;
      scanAll(data, i * cols, centres, k, cols, labels, upper, lower, i);
      if (labels[i] !== a) changed++;
    }
    if (changed === 0 || converged) {
      converged = true; // no label moved: centres are the means of their points
      break;
    }
  }
  // Exact distances for the inertia: the bounds are only bounds.
  let inertia = 0;
  for (let i = 0; i < rows; i++) inertia += squared(data, i * cols, centres, labels[i] * cols, cols);
  return { labels, centroids: centres, inertia, iterations, converged };
}

function squared(a: Float64Array, ao: number, b: Float64Array, bo: number, cols: number): number {
  let d = 0;
  for (let j = 0; j < cols; j++) {
    const diff = a[ao + j] - b[bo + j];
    d += diff * diff;
  }
  return d;
}

/** Full k-way scan for one point: nearest centre (lowest index on ties) and the two bounds, as distances. */
function scanAll(data: Float64Array, o: number, centres: Float64Array, k: number, cols: number, labels: Int32Array, upper: Float64Array, lower: Float64Array, i: number): void {
  let best = Infinity;
  let second = Infinity;
  let bestLabel = 0;
  for (let c = 0; c < k; c++) {
    const d = squared(data, o, centres, c * cols, cols);
    if (d < best) {
      second = best;
      best = d;
      bestLabel = c;
    } else if (d < second) {
      second = d;
    }
  }
  labels[i] = bestLabel;
  upper[i] = Math.sqrt(best);
  lower[i] = Math.sqrt(second);
}

/**
 * Moves every centre to the mean of its points; an empty cluster takes the point farthest from its centre
 * (scikit-learn's rule, using the upper bounds as the distances). Returns the summed squared shift.
 */
function updateCentres(points: Matrix, labels: Int32Array, centres: Float64Array, k: number, sums: Float64Array, sizes: Int32Array, upper: Float64Array, moved: Float64Array): number {
  const { rows, cols, data } = points;
  sums.fill(0);
  sizes.fill(0);
  for (let i = 0; i < rows; i++) {
    const l = labels[i];
    sizes[l]++;
    const o = i * cols;
    const lo = l * cols;
    for (let j = 0; j < cols; j++) sums[lo + j] += data[o + j];
  }
  for (let c = 0; c < k; c++) {
    if (sizes[c] > 0) continue;
    let farthest = 0;
    for (let i = 1; i < rows; i++) if (upper[i] > upper[farthest]) farthest = i;
    upper[farthest] = -1; // not picked twice
    for (let j = 0; j < cols; j++) sums[c * cols + j] = data[farthest * cols + j];
    sizes[c] = 1;
  }
  let shift = 0;
  for (let c = 0; c < k; c++) {
    let move = 0;
    for (let j = 0; j < cols; j++) {
      const updated = sums[c * cols + j] / sizes[c];
      const diff = updated - centres[c * cols + j];
      move += diff * diff;
      centres[c * cols + j] = updated;
    }
    moved[c] = Math.sqrt(move);
    shift += move;
  }
  return shift;
}

/** After centres move, the point's own distance can grow by its centre's move, any other shrink by the largest other move. */
function moveBounds(labels: Int32Array, upper: Float64Array, lower: Float64Array, moved: Float64Array): void {
  let largest = 0;
  let largestAt = -1;
  let runnerUp = 0;
  for (let c = 0; c < moved.length; c++) {
    if (moved[c] > largest) {
      runnerUp = largest;
      largest = moved[c];
      largestAt = c;
    } else if (moved[c] > runnerUp) {
      runnerUp = moved[c];
    }
  }
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i];
    // An upper bound of -1 marks a point moved into an empty cluster: force its rescan.
    upper[i] = upper[i] < 0 ? Infinity : upper[i] + moved[a];
    lower[i] -= a === largestAt ? runnerUp : largest;
  }
}

function computeHalfGaps(centres: Float64Array, k: number, cols: number, halfGap: Float64Array): void {
  halfGap.fill(Infinity);
  for (let c = 0; c < k; c++) {
    for (let other = c + 1; other < k; other++) {
      const d = Math.sqrt(squared(centres, c * cols, centres, other * cols, cols)) / 2;
      if (d < halfGap[c]) halfGap[c] = d;
      if (d < halfGap[other]) halfGap[other] = d;
    }
  }
}
