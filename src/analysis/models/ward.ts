/**
 * Agglomerative clustering with Ward's linkage, built once on a seeded sample and cut at every k.
 * Hand-written nearest-neighbour chain on cluster centroids (Ward's distance is reducible, so the chain gives
 * the exact Ward tree in O(n^2 d) time and O(n d) memory). ml-hclust's agnes is O(n^3) on arrays of arrays:
 * measured 5.5 s at 1,000 points and 33 s at 2,000 on this machine, so unusable at the 4,000-point sample.
 * Points outside the sample join the nearest sample-cluster centroid.
 */
import { AnalysisError } from '../../errors.js';
import { withDefaults } from '../options.js';
import { assignNearest } from './kmeans.js';
import { assertUsableMatrix, groupMeans, relabelByFirstAppearance, selectRows, withinSumOfSquares } from '../compute/matrix-ops.js';
import { assertSeed, deriveSeed, sampleIndices } from '../compute/random.js';
import type { ClusteringFit, Matrix } from '../types.js';

export interface WardOptions {
  seed: number;
  /** The tree is built on at most this many points (seeded sample); the rest are assigned to centroids. */
  maxSample?: number;
}

const DEFAULTS = { maxSample: 4000 } satisfies Partial<WardOptions>;

/** One merge of the tree: the clusters holding points `a` and `b` join at Ward cost `height` (the rise in within-cluster SS). */
interface Merge {
  a: number;
  b: number;
  height: number;
}

export function fitWardSweep(points: Matrix, ks: number[], options: WardOptions): ClusteringFit[] {
  const o = withDefaults(DEFAULTS, options);
  assertUsableMatrix(points, 'Ward clustering');
  assertSeed(o.seed, 'Ward seed');
  if (!Number.isInteger(o.maxSample) || o.maxSample < 2) {
    throw new AnalysisError('BAD_OPTION', `Ward clustering: maxSample must be a whole number >= 2, got ${o.maxSample}.`);
  }
  if (ks.length === 0) throw new AnalysisError('BAD_OPTION', 'Ward clustering: the list of k values is empty; pass e.g. 2..10.');
  const sampleSize = Math.min(points.rows, o.maxSample);
  for (const k of ks) {
    if (!Number.isInteger(k) || k < 2 || k > sampleSize) {
      throw new AnalysisError(
        'K_OUT_OF_RANGE',
        `Ward clustering: k must be a whole number in 2..${sampleSize} (${sampleSize === points.rows ? 'the number of customers' : 'the sample size; raise maxSample'}), got ${k}.`,
      );
    }
  }
  const sampled = sampleSize < points.rows;
  const sampleRows = sampled ? sampleIndices(points.rows, sampleSize, deriveSeed(o.seed, 'ward-sample')) : null;
  const sample = sampleRows ? selectRows(points, sampleRows) : points;
  const merges = sortedByHeight(nearestNeighbourChain(sample));
  const cuts = cutTree(sample.rows, merges, ks);
  return ks.map((k, index) => {
    const sampleLabels = cuts[index];
    let labels = sampleLabels;
    if (sampleRows) {
      // Sample points keep their tree cluster; the others take the nearest sample-cluster centroid.
      labels = assignNearest(points, groupMeans(sample, sampleLabels, k).centroids);
      for (let s = 0; s < sampleRows.length; s++) labels[sampleRows[s]] = sampleLabels[s];
    }
    const canonical = relabelByFirstAppearance(labels, k).labels;
    const { centroids } = groupMeans(points, canonical, k);
    return {
      labels: canonical,
      centroids,
      inertia: withinSumOfSquares(points, canonical, centroids),
      k,
      params: { algorithm: 'ward', linkage: 'ward', k, seed: o.seed, sampleSize, sampled, maxSample: o.maxSample },
    };
  });
}

/** Single-k convenience (bootstrap stability refits one k at a time). */
export function fitWard(points: Matrix, options: WardOptions & { k: number }): ClusteringFit {
  const { k, ...rest } = options;
  return fitWardSweep(points, [k], rest)[0];
}

/**
 * The nearest-neighbour chain: grow a chain of nearest neighbours until two clusters are each other's
 * nearest, merge them, continue from the chain's remainder. Ties prefer the previous chain element
 * (guarantees termination), then the lower slot. A cluster lives in the slot of its lowest-index point.
 */
function nearestNeighbourChain(sample: Matrix): Merge[] {
  const { rows: n, cols } = sample;
  const centroids = sample.data.slice();
  const sizes = new Float64Array(n).fill(1);
  const active = Int32Array.from({ length: n }, (_, i) => i); // active slots, ascending
  let activeCount = n;
  const chain = new Int32Array(n);
  let chainLength = 0;
  const merges: Merge[] = [];
  const scan = cols === 3 ? nearestOf3 : nearestOf;
  const found: Nearest = { slot: -1, cost: Infinity };
  while (activeCount > 1) {
    if (chainLength === 0) chain[chainLength++] = active[0];
    const a = chain[chainLength - 1];
    const previous = chainLength > 1 ? chain[chainLength - 2] : -1;
    scan(centroids, sizes, active, activeCount, a, previous, cols, found);
    const nearest = found.slot;
    if (nearest !== previous) {
      chain[chainLength++] = nearest;
      continue;
    }
    chainLength -= 2;
    const keep = a < nearest ? a : nearest;
    const drop = a < nearest ? nearest : a;
    merges.push({ a: keep, b: drop, height: found.cost });
    const total = sizes[keep] + sizes[drop];
    for (let j = 0; j < cols; j++) {
      centroids[keep * cols + j] = (sizes[keep] * centroids[keep * cols + j] + sizes[drop] * centroids[drop * cols + j]) / total;
    }
    sizes[keep] = total;
    activeCount = removeSorted(active, activeCount, drop);
  }
  return merges;
}

interface Nearest {
  slot: number;
  cost: number;
}

/**
 * The active cluster nearest to a by Ward's merge cost, (sa·sb / (sa + sb)) · ‖ca − cb‖²: how much the
 * within-cluster sum of squares rises if they join. Ties prefer `previous`, then the lower slot. This
 * is the inner loop of the tree (about 25M costs at 4,000 points), so a's centroid and size are read
 * once; the arithmetic keeps its order, so the costs, and the tree, are the same to the last bit.
 */
function nearestOf(centroids: Float64Array, sizes: Float64Array, active: Int32Array, activeCount: number, a: number, previous: number, cols: number, found: Nearest): void {
  const sa = sizes[a];
  const offsetA = a * cols;
  let nearest = -1;
  let nearestCost = Infinity;
  for (let t = 0; t < activeCount; t++) {
    const b = active[t];
    if (b === a) continue;
    const offsetB = b * cols;
    let d = 0;
    for (let j = 0; j < cols; j++) {
      const diff = centroids[offsetA + j] - centroids[offsetB + j];
      d += diff * diff;
    }
    const sb = sizes[b];
    const cost = ((sa * sb) / (sa + sb)) * d;
    if (cost < nearestCost || (cost === nearestCost && b === previous)) {
      nearestCost = cost;
      nearest = b;
    }
  }
  found.slot = nearest;
  found.cost = nearestCost;
}

/** nearestOf unrolled for three clustering features (recency, frequency, monetary: every transaction log). */
function nearestOf3(centroids: Float64Array, sizes: Float64Array, active: Int32Array, activeCount: number, a: number, previous: number, _cols: number, found: Nearest): void {
  const sa = sizes[a];
  const a0 = centroids[a * 3];
  const a1 = centroids[a * 3 + 1];
  const a2 = centroids[a * 3 + 2];
  let nearest = -1;
  let nearestCost = Infinity;
  for (let t = 0; t < activeCount; t++) {
    const b = active[t];
    if (b === a) continue;
    const o = b * 3;
    const d0 = a0 - centroids[o];
    const d1 = a1 - centroids[o + 1];
    const d2 = a2 - centroids[o + 2];
    // ((x0 + x1) + x2), as the loop from d = 0 sums them (0 + x0 is x0 exactly): bit-identical costs.
    const d = d0 * d0 + d1 * d1 + d2 * d2;
    const sb = sizes[b];
    const cost = ((sa * sb) / (sa + sb)) * d;
    if (cost < nearestCost || (cost === nearestCost && b === previous)) {
      nearestCost = cost;
      nearest = b;
    }
  }
  found.slot = nearest;
  found.cost = nearestCost;
}

function removeSorted(active: Int32Array, count: number, slot: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (active[mid] < slot) lo = mid + 1;
    else hi = mid;
  }
  active.copyWithin(lo, lo + 1, count);
  return count - 1;
}

/** The chain finds merges out of height order; the dendrogram is their order by height (stable). */
function sortedByHeight(merges: Merge[]): Merge[] {
  return merges.map((m, order) => ({ m, order })).sort((x, y) => x.m.height - y.m.height || x.order - y.order).map((x) => x.m);
}

/**
 * Labels of the sample for each k: the merges form a spanning tree over the points, so applying the
 * n - k lowest merges with union-find leaves exactly k groups.
 */
function cutTree(n: number, merges: Merge[], ks: number[]): Int32Array[] {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  const order = ks.map((k, index) => ({ k, index })).sort((x, y) => y.k - x.k);
  const out: Int32Array[] = new Array(ks.length);
  let applied = 0;
  for (const { k, index } of order) {
    for (; applied < n - k; applied++) {
      const ra = find(merges[applied].a);
      const rb = find(merges[applied].b);
      if (ra < rb) parent[rb] = ra;
      else parent[ra] = rb;
    }
    const roots = new Int32Array(n);
    for (let i = 0; i < n; i++) roots[i] = find(i);
    out[index] = relabelByFirstAppearance(roots, n).labels;
  }
  return out;
}
