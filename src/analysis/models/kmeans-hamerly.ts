/**
 * Lloyd's k-means with Hamerly's bounds (Hamerly 2010, "Making k-means even faster"): each point keeps an
 * upper bound on the distance to its centre and a lower bound on the distance to any other, and skips the
 * k-way scan when the bounds prove its label cannot change. Same labels as plain Lloyd (up to exact ties),
 * several times fewer distance computations once clusters settle. Everything sequential, so deterministic.
 */
import type { Matrix } from '../types.js';
import { squaredDistanceAt } from '../compute/matrix-ops.js';

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
  const halfGap = new Float64Array(k); // half the distance from each centre to its nearest other centre
  const moved = new Float64Array(k);

  for (let i = 0; i < rows; i++) scanAll(data, i * cols, centres, k, cols, labels, upper, lower, i);
  // Cluster sums are kept up to date point by point as labels change, so an iteration costs O(changes), not O(n d).
  const { sums, sizes } = clusterSums(points, labels, k);

  let iterations = 0;
  let converged = false;
  let stable = false;
  while (iterations < maxIterations) {
    iterations++;
    relocateEmptyClusters(points, labels, upper, lower, sums, sizes);
    const shift = moveCentres(centres, sums, sizes, k, cols, moved);
    if (shift <= shiftTolerance) converged = true;
    computeHalfGaps(centres, k, cols, halfGap);
    let largest = 0;
    let largestAt = -1;
    let runnerUp = 0;
    for (let c = 0; c < k; c++) {
      if (moved[c] > largest) {
        runnerUp = largest;
        largest = moved[c];
        largestAt = c;
      } else if (moved[c] > runnerUp) {
        runnerUp = moved[c];
      }
    }
    let changed = 0;
    for (let i = 0; i < rows; i++) {
      const a = labels[i];
      // Bounds after the move: own distance grows by at most its centre's move, others shrink by at most the largest other move.
      let u = upper[i] + moved[a];
      const l = lower[i] - (a === largestAt ? runnerUp : largest);
      const bound = halfGap[a] > l ? halfGap[a] : l;
      if (u > bound) {
        u = Math.sqrt(squaredDistanceAt(data, i * cols, centres, a * cols, cols));
        if (u > bound) {
          scanAll(data, i * cols, centres, k, cols, labels, upper, lower, i);
          const b = labels[i];
          if (b !== a) {
            changed++;
            sizes[a]--;
            sizes[b]++;
            for (let j = 0; j < cols; j++) {
              const v = data[i * cols + j];
              sums[a * cols + j] -= v;
              sums[b * cols + j] += v;
            }
          }
          continue;
        }
      }
      upper[i] = u;
      lower[i] = l;
    }
    if (changed === 0) {
      stable = true;
      converged = true;
      break;
    }
    if (converged) break;
  }
  if (stable) {
    // Labels did not move: set the centres to their exact means (no drift from the running sums).
    const exact = clusterSums(points, labels, k);
    moveCentres(centres, exact.sums, exact.sizes, k, cols, moved);
  }
  // Exact distances for the inertia: the bounds are only bounds.
  let inertia = 0;
  for (let i = 0; i < rows; i++) inertia += squaredDistanceAt(data, i * cols, centres, labels[i] * cols, cols);
  return { labels, centroids: centres, inertia, iterations, converged };
}

function clusterSums(points: Matrix, labels: Int32Array, k: number): { sums: Float64Array; sizes: Int32Array } {
  const { rows, cols, data } = points;
  const sums = new Float64Array(k * cols);
  const sizes = new Int32Array(k);
  for (let i = 0; i < rows; i++) {
    const l = labels[i];
    sizes[l]++;
    for (let j = 0; j < cols; j++) sums[l * cols + j] += data[i * cols + j];
  }
  return { sums, sizes };
}

/** Centres to sums / sizes; records each centre's move and returns the summed squared shift. */
function moveCentres(centres: Float64Array, sums: Float64Array, sizes: Int32Array, k: number, cols: number, moved: Float64Array): number {
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

/**
 * An empty cluster takes the point farthest from its centre (scikit-learn's rule; the upper bound stands in for
 * the distance), taken from a cluster that keeps at least one point. Its bounds are reset to force a rescan.
 */
function relocateEmptyClusters(points: Matrix, labels: Int32Array, upper: Float64Array, lower: Float64Array, sums: Float64Array, sizes: Int32Array): void {
  const { rows, cols, data } = points;
  for (let c = 0; c < sizes.length; c++) {
    if (sizes[c] > 0) continue;
    let farthest = -1;
    for (let i = 0; i < rows; i++) {
      if (sizes[labels[i]] > 1 && (farthest === -1 || upper[i] > upper[farthest])) farthest = i;
    }
    if (farthest === -1) return; // fewer distinct groups than k: nothing to give
    const from = labels[farthest];
    sizes[from]--;
    sizes[c] = 1;
    for (let j = 0; j < cols; j++) {
      const v = data[farthest * cols + j];
      sums[from * cols + j] -= v;
      sums[c * cols + j] = v;
    }
    labels[farthest] = c;
    upper[farthest] = Infinity;
    lower[farthest] = 0;
  }
}


/** Full k-way scan for one point: nearest centre (lowest index on ties) and the two bounds, as distances. */
function scanAll(data: Float64Array, o: number, centres: Float64Array, k: number, cols: number, labels: Int32Array, upper: Float64Array, lower: Float64Array, i: number): void {
  let best = Infinity;
  let second = Infinity;
  let bestLabel = 0;
  for (let c = 0; c < k; c++) {
    const d = squaredDistanceAt(data, o, centres, c * cols, cols);
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

function computeHalfGaps(centres: Float64Array, k: number, cols: number, halfGap: Float64Array): void {
  halfGap.fill(Infinity);
  for (let c = 0; c < k; c++) {
    for (let other = c + 1; other < k; other++) {
      const d = Math.sqrt(squaredDistanceAt(centres, c * cols, centres, other * cols, cols)) / 2;
      if (d < halfGap[c]) halfGap[c] = d;
      if (d < halfGap[other]) halfGap[other] = d;
    }
  }
}
