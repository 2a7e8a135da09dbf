/**
 * A small seeded isolation forest (Liu, Ting & Zhou 2008). Written here because the npm `isolation-forest`
 * package draws from Math.random and takes no seed, which would break "same input + same seed = same bytes".
 * Trees live in flat typed arrays (children of a node are adjacent), so scoring a million customers through
 * 100 trees is a tight loop with no object per node or per point.
 */
import { AnalysisError } from '../../errors.js';
import { withDefaults } from '../options.js';
import { assertUsableMatrix } from '../compute/matrix-ops.js';
import { assertSeed, createRng, deriveSeed, sampleIndices, type Rng } from '../compute/random.js';
import type { Matrix } from '../types.js';
import type { ComputePool, PoolJob } from '../compute/worker-pool.js';

export interface IsolationForestOptions {
  seed: number;
  trees?: number;
  /** Points per tree (psi); the tree depth is capped at ceil(log2(psi)). */
  sampleSize?: number;
}

export interface IsolationForestResult {
  /** Per point, 2^(-E[h(x)] / c(psi)): near 1 = easy to isolate (anomalous), around 0.5 or below = ordinary. */
  scores: Float64Array;
  params: { trees: number; sampleSize: number; maxDepth: number; seed: number };
}

const DEFAULTS = { trees: 100, sampleSize: 256 } satisfies Partial<IsolationForestOptions>;
const EULER_GAMMA = 0.5772156649015329;

/** Average path length of an unsuccessful search in a binary search tree of n points: the depth a leaf of n stands for. */
export function averagePathLength(n: number): number {
  if (n <= 1) return 0;
  if (n === 2) return 1;
  return 2 * (Math.log(n - 1) + EULER_GAMMA) - (2 * (n - 1)) / n;
}

/** Flat forest: feature -1 marks a leaf whose `value` is its path length; otherwise `value` is the split threshold. */
interface Forest {
  feature: Int32Array;
  value: Float64Array;
  firstChild: Int32Array; // left = firstChild, right = firstChild + 1
  roots: Int32Array;
}

/** A built forest and the normaliser c(psi): everything scoring needs, structured-clonable for worker threads. */
export interface IsolationForestModel {
  forest: Forest;
  normaliser: number;
}

export function fitIsolationForest(points: Matrix, options: IsolationForestOptions): IsolationForestResult {
  const { model, params } = buildIsolationForest(points, options);
  return { scores: scoreRows(points, model, 0, points.rows), params };
}

/** Like fitIsolationForest, scoring the rows on the pool's threads in slices (each point's score is the same wherever it runs). */
export async function fitIsolationForestOnPool(pool: ComputePool, points: Matrix, options: IsolationForestOptions): Promise<IsolationForestResult> {
  const { model, params } = buildIsolationForest(points, options);
  const shared = pool.share(points);
  const slices = pool.threads;
  const bounds = Array.from({ length: slices + 1 }, (_, s) => Math.round((s * points.rows) / slices));
  const parts = await pool.run(isolationScoresJob, bounds.slice(1).map((to, s) => ({ points: shared, model, from: bounds[s], to })));
  const scores = new Float64Array(points.rows);
  parts.forEach((part, s) => scores.set(part, bounds[s]));
  return { scores, params };
}

function buildIsolationForest(points: Matrix, options: IsolationForestOptions): { model: IsolationForestModel; params: IsolationForestResult['params'] } {
  const o = withDefaults(DEFAULTS, options);
  assertUsableMatrix(points, 'isolation forest', 2);
  assertSeed(o.seed, 'isolation forest seed');
  for (const [name, value] of [
    ['trees', o.trees],
    ['sampleSize', o.sampleSize],
  ] as const) {
    if (!Number.isInteger(value) || value < (name === 'trees' ? 1 : 2)) {
      throw new AnalysisError('BAD_OPTION', `isolation forest: ${name} must be a whole number >= ${name === 'trees' ? 1 : 2}, got ${value}.`);
    }
  }
  const psi = Math.min(o.sampleSize, points.rows);
  const maxDepth = Math.ceil(Math.log2(psi));
  const forest = buildForest(points, o.trees, psi, maxDepth, o.seed);
  return { model: { forest, normaliser: averagePathLength(psi) }, params: { trees: o.trees, sampleSize: psi, maxDepth, seed: o.seed } };
}

function buildForest(points: Matrix, trees: number, psi: number, maxDepth: number, seed: number): Forest {
  const nodesPerTree = 2 * psi - 1; // a binary tree with at most psi non-empty leaves
  const size = trees * nodesPerTree;
  const forest: Forest = { feature: new Int32Array(size), value: new Float64Array(size), firstChild: new Int32Array(size), roots: new Int32Array(trees) };
  const lows = new Float64Array(points.cols);
  const highs = new Float64Array(points.cols);
  const splittable = new Int32Array(points.cols);
  for (let t = 0; t < trees; t++) {
    const members = sampleIndices(points.rows, psi, deriveSeed(seed, 'iforest-sample', t));
    const rng = createRng(deriveSeed(seed, 'iforest-splits', t));
    let next = t * nodesPerTree;
    forest.roots[t] = next++;
    // Explicit stack of (node, start, end, depth) over the members buffer, partitioned in place.
    const stack: number[] = [forest.roots[t], 0, psi, 0];
    while (stack.length > 0) {
      const depth = stack.pop() as number;
      const end = stack.pop() as number;
      const start = stack.pop() as number;
      const node = stack.pop() as number;
      const split = depth < maxDepth && end - start > 1 ? chooseSplit(points, members, start, end, rng, lows, highs, splittable) : null;
      if (split === null) {
        forest.feature[node] = -1;
        forest.value[node] = depth + averagePathLength(end - start);
        continue;
      }
      forest.feature[node] = split.feature;
      forest.value[node] = split.threshold;
      forest.firstChild[node] = next;
      stack.push(next, start, split.middle, depth + 1, next + 1, split.middle, end, depth + 1);
      next += 2;
    }
  }
  return forest;
}

/** A random feature among those not constant in the node, a uniform threshold in [min, max); null = leaf. */
function chooseSplit(points: Matrix, members: Int32Array, start: number, end: number, rng: Rng, lows: Float64Array, highs: Float64Array, splittable: Int32Array): { feature: number; threshold: number; middle: number } | null {
  const { cols, data } = points;
  lows.fill(Infinity);
  highs.fill(-Infinity);
  for (let m = start; m < end; m++) {
    const o = members[m] * cols;
    for (let j = 0; j < cols; j++) {
      const v = data[o + j];
      if (v < lows[j]) lows[j] = v;
      if (v > highs[j]) highs[j] = v;
    }
  }
  let count = 0;
  for (let j = 0; j < cols; j++) if (highs[j] > lows[j]) splittable[count++] = j;
  if (count === 0) return null; // all points identical: cannot be isolated further
  const feature = splittable[rng.int(count)];
  const threshold = lows[feature] + rng.next() * (highs[feature] - lows[feature]);
  let middle = start;
  for (let m = start; m < end; m++) {
    if (data[members[m] * cols + feature] < threshold) {
      const held = members[middle];
      members[middle] = members[m];
      members[m] = held;
      middle++;
    }
  }
  // A threshold landing exactly on the minimum isolates nothing; a leaf keeps the node count bounded.
  if (middle === start || middle === end) return null;
  return { feature, threshold, middle };
}

/**
 * Scores of rows from..to-1. Tree by tree (one tree stays in L1 cache while every point passes through it);
 * per point, trees add in order, so a point's score does not depend on the slice it is scored in.
 */
export function scoreRows(points: Matrix, model: IsolationForestModel, from: number, to: number): Float64Array {
  const { cols, data } = points;
  const { feature, value, firstChild, roots } = model.forest;
  const trees = roots.length;
  const totals = new Float64Array(to - from);
  for (let t = 0; t < trees; t++) {
    const root = roots[t];
    for (let i = from; i < to; i++) {
      const o = i * cols;
      let node = root;
      while (feature[node] >= 0) node = data[o + feature[node]] < value[node] ? firstChild[node] : firstChild[node] + 1;
      totals[i - from] += value[node];
    }
  }
  for (let i = 0; i < totals.length; i++) totals[i] = Math.pow(2, -totals[i] / trees / model.normaliser);
  return totals;
}

/** Isolation-forest scores of rows from..to-1. */
export interface IsolationScoreJob {
  points: Matrix;
  model: IsolationForestModel;
  from: number;
  to: number;
}

export const isolationScoresJob: PoolJob<IsolationScoreJob, Float64Array> = {
  name: 'isolation-scores',
  run: ({ points, model, from, to }) => scoreRows(points, model, from, to),
};
