/** Greedy k-means++ seeding (Arthur & Vassilvitskii 2007, with scikit-learn's several candidates per centre). */
import type { Rng } from '../compute/random.js';
import type { Matrix } from '../types.js';
import { squaredDistanceAt } from '../compute/matrix-ops.js';

/**
 * k starting centres: the first uniformly, each next one the best of 2 + ln k candidates drawn by squared
 * distance. The candidates of a centre are all drawn first and scored in one pass over the points (no random
 * draw happens while scoring, so they are the same candidates), and updating the nearest distances shares its
 * pass with the next centre's cumulative weights: the same sums in the same order, so the same centres.
 */
export function greedyKMeansPlusPlus(points: Matrix, k: number, rng: Rng): Float64Array {
  const { rows, cols, data } = points;
  const candidatesPerCentre = 2 + Math.floor(Math.log(k));
  const centres = new Float64Array(k * cols);
  const closest = new Float64Array(rows);
  const cumulative = new Float64Array(rows);
  const candidates = new Int32Array(candidatesPerCentre);
  const potential = new Float64Array(candidatesPerCentre);
  const first = rng.int(rows);
  centres.set(data.subarray(first * cols, (first + 1) * cols), 0);
  let running = 0;
  for (let i = 0; i < rows; i++) {
    closest[i] = squaredDistanceAt(data, i * cols, data, first * cols, cols);
    running += closest[i];
    cumulative[i] = running;
  }
  for (let c = 1; c < k; c++) {
    for (let t = 0; t < candidatesPerCentre; t++) {
      // All remaining points coincide with a centre: any point will do.
      candidates[t] = running > 0 ? searchCumulative(cumulative, rng.next() * running) : rng.int(rows);
    }
    scoreCandidates(data, cols, rows, closest, candidates, potential);
    let bestCandidate = -1;
    let bestPotential = Infinity;
    for (let t = 0; t < candidatesPerCentre; t++) {
      if (potential[t] < bestPotential) {
        bestPotential = potential[t];
        bestCandidate = candidates[t];
      }
    }
    running = 0;
    for (let i = 0; i < rows; i++) {
      const d = squaredDistanceAt(data, i * cols, data, bestCandidate * cols, cols);
      if (d < closest[i]) closest[i] = d;
      running += closest[i];
      cumulative[i] = running;
    }
    centres.set(data.subarray(bestCandidate * cols, (bestCandidate + 1) * cols), c * cols);
  }
  return centres;
}

/**
 * potential[t] = sum over points of min(closest, squared distance to candidate t), each summed in point order.
 * Candidates go four at a time with their sums in locals: one read of a point serves four candidates.
 */
function scoreCandidates(data: Float64Array, cols: number, rows: number, closest: Float64Array, candidates: Int32Array, potential: Float64Array): void {
  for (let t0 = 0; t0 < candidates.length; t0 += 4) {
    const width = Math.min(4, candidates.length - t0);
    const c0 = candidates[t0] * cols;
    const c1 = candidates[t0 + Math.min(1, width - 1)] * cols;
    const c2 = candidates[t0 + Math.min(2, width - 1)] * cols;
    const c3 = candidates[t0 + Math.min(3, width - 1)] * cols;
    let p0 = 0;
    let p1 = 0;
    let p2 = 0;
    let p3 = 0;
    for (let i = 0; i < rows; i++) {
      const o = i * cols;
      const nearest = closest[i];
      const d0 = squaredDistanceAt(data, o, data, c0, cols);
      const d1 = squaredDistanceAt(data, o, data, c1, cols);
      const d2 = squaredDistanceAt(data, o, data, c2, cols);
      const d3 = squaredDistanceAt(data, o, data, c3, cols);
      p0 += d0 < nearest ? d0 : nearest;
      p1 += d1 < nearest ? d1 : nearest;
      p2 += d2 < nearest ? d2 : nearest;
      p3 += d3 < nearest ? d3 : nearest;
    }
    // Fewer than four left: the spare lanes repeated the last candidate and are dropped here.
    const sums = [p0, p1, p2, p3];
    for (let w = 0; w < width; w++) potential[t0 + w] = sums[w];
  }
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
