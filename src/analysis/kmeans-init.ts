/** Greedy k-means++ seeding (Arthur & Vassilvitskii 2007, with scikit-learn's several candidates per centre). */
import type { Rng } from './random.js';
import type { Matrix } from './types.js';
import { squaredDistanceAt } from './matrix.js';

/** k starting centres: the first uniformly, each next one the best of 2 + ln k candidates drawn by squared distance. */
export function greedyKMeansPlusPlus(points: Matrix, k: number, rng: Rng): Float64Array {
  const { rows, cols, data } = points;
  const candidatesPerCentre = 2 + Math.floor(Math.log(k));
  const centres = new Float64Array(k * cols);
  const closest = new Float64Array(rows);
  const cumulative = new Float64Array(rows);
  const first = rng.int(rows);
  centres.set(data.subarray(first * cols, (first + 1) * cols), 0);
  for (let i = 0; i < rows; i++) closest[i] = squaredDistanceAt(data, i * cols, data, first * cols, cols);
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
        const d = squaredDistanceAt(data, i * cols, data, candidate * cols, cols);
        candidatePotential += d < closest[i] ? d : closest[i];
      }
      if (candidatePotential < bestPotential) {
        bestPotential = candidatePotential;
        bestCandidate = candidate;
      }
    }
    for (let i = 0; i < rows; i++) {
      const d = squaredDistanceAt(data, i * cols, data, bestCandidate * cols, cols);
      if (d < closest[i]) closest[i] = d;
    }
    centres.set(data.subarray(bestCandidate * cols, (bestCandidate + 1) * cols), c * cols);
  }
  return centres;
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
