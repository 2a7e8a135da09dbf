/**
 * A static k-d tree over the rows of a Matrix, for the density model's neighbourhood queries. Median splits
 * on the widest dimension, leaves of up to 16 points, node fields in typed arrays. Exact answers; good for
 * the low-dimensional standardized features we cluster (3-10 columns), not meant for hundreds of dimensions.
 */
import type { Matrix } from '../types.js';

const LEAF_SIZE = 16;

export interface KdTree {
  points: Matrix;
  /** Row indices, permuted so each node owns a contiguous range. */
  order: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** Split dimension, -1 for a leaf. Left holds values <= split, right values >= split. */
  dim: Int32Array;
  split: Float64Array;
  left: Int32Array;
  right: Int32Array;
}

export function buildKdTree(points: Matrix): KdTree {
  const { rows, cols, data } = points;
  const order = Int32Array.from({ length: rows }, (_, i) => i);
  const start: number[] = [];
  const end: number[] = [];
  const dim: number[] = [];
  const split: number[] = [];
  const left: number[] = [];
  const right: number[] = [];
  const build = (from: number, to: number): number => {
    const node = start.length;
    start.push(from);
    end.push(to);
    dim.push(-1);
    split.push(0);
    left.push(-1);
    right.push(-1);
    if (to - from <= LEAF_SIZE) return node;
    let widest = -1;
    let widestSpread = 0;
    for (let j = 0; j < cols; j++) {
      let lo = Infinity;
      let hi = -Infinity;
      for (let m = from; m < to; m++) {
        const v = data[order[m] * cols + j];
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      if (hi - lo > widestSpread) {
        widestSpread = hi - lo;
        widest = j;
      }
    }
    if (widest === -1) return node; // all points identical: one leaf
    const middle = (from + to) >>> 1;
    selectNth(order, from, to, middle, data, cols, widest);
    dim[node] = widest;
    split[node] = data[order[middle] * cols + widest];
    const l = build(from, middle);
    const r = build(middle, to);
    left[node] = l;
    right[node] = r;
    return node;
  };
  build(0, rows);
  return {
    points,
    order,
    start: Int32Array.from(start),
    end: Int32Array.from(end),
    dim: Int32Array.from(dim),
    split: Float64Array.from(split),
    left: Int32Array.from(left),
    right: Int32Array.from(right),
  };
}

/** Quickselect (middle pivot, deterministic): order[nth] gets its sorted value, smaller ones before it. */
function selectNth(order: Int32Array, from: number, to: number, nth: number, data: Float64Array, cols: number, j: number): void {
  let lo = from;
  let hi = to - 1;
  while (lo < hi) {
    const pivot = data[order[(lo + hi) >>> 1] * cols + j];
    let i = lo;
    let k = hi;
    while (i <= k) {
      while (data[order[i] * cols + j] < pivot) i++;
      while (data[order[k] * cols + j] > pivot) k--;
      if (i <= k) {
        const held = order[i];
        order[i] = order[k];
        order[k] = held;
        i++;
        k--;
      }
    }
    if (nth <= k) hi = k;
    else if (nth >= i) lo = i;
    else return;
  }
}

function squaredTo(tree: KdTree, row: number, query: Float64Array, qo: number): number {
  const { cols, data } = tree.points;
  let d = 0;
  for (let j = 0; j < cols; j++) {
    const diff = data[row * cols + j] - query[qo + j];
    d += diff * diff;
  }
  return d;
}

/** Calls visit(row) for every tree row within squared distance radiusSq of the query (the query's own row included). */
export function forEachWithin(tree: KdTree, query: Float64Array, qo: number, radiusSq: number, visit: (row: number) => void): void {
  const walk = (node: number): void => {
    const d = tree.dim[node];
    if (d === -1) {
      for (let m = tree.start[node]; m < tree.end[node]; m++) {
        const row = tree.order[m];
        if (squaredTo(tree, row, query, qo) <= radiusSq) visit(row);
      }
      return;
    }
    const offset = query[qo + d] - tree.split[node];
    if (offset <= 0 || offset * offset <= radiusSq) walk(tree.left[node]);
    if (offset >= 0 || offset * offset <= radiusSq) walk(tree.right[node]);
  };
  walk(0);
}

/** Squared distance from a tree row to its k-th nearest other row (k >= 1). */
export function kthNeighbourSquared(tree: KdTree, row: number, k: number): number {
  const { cols, data } = tree.points;
  const qo = row * cols;
  // Max-heap of the k smallest squared distances seen so far.
  const heap = new Float64Array(k).fill(Infinity);
  const offer = (d: number): void => {
    if (d >= heap[0]) return;
    heap[0] = d;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let largest = i;
      if (l < k && heap[l] > heap[largest]) largest = l;
      if (r < k && heap[r] > heap[largest]) largest = r;
      if (largest === i) return;
      const held = heap[i];
      heap[i] = heap[largest];
      heap[largest] = held;
      i = largest;
    }
  };
  const walk = (node: number): void => {
    const d = tree.dim[node];
    if (d === -1) {
      for (let m = tree.start[node]; m < tree.end[node]; m++) {
        const other = tree.order[m];
        if (other !== row) offer(squaredTo(tree, other, data, qo));
      }
      return;
    }
    const offset = data[qo + d] - tree.split[node];
    const [near, far] = offset <= 0 ? [tree.left[node], tree.right[node]] : [tree.right[node], tree.left[node]];
    walk(near);
    if (offset * offset <= heap[0]) walk(far);
  };
  walk(0);
  return heap[0];
}

/**
 * Some tree row within squared distance radiusSq of the query, or -1: the first one met when the nearer side
 * of every split is searched first. Much cheaper than the nearest when many rows are in reach (high dimensions).
 */
export function anyWithin(tree: KdTree, query: Float64Array, qo: number, radiusSq: number): number {
  const walk = (node: number): number => {
    const d = tree.dim[node];
    if (d === -1) {
      for (let m = tree.start[node]; m < tree.end[node]; m++) {
        const row = tree.order[m];
        if (squaredTo(tree, row, query, qo) <= radiusSq) return row;
      }
      return -1;
    }
    const offset = query[qo + d] - tree.split[node];
    const [near, far] = offset <= 0 ? [tree.left[node], tree.right[node]] : [tree.right[node], tree.left[node]];
    const found = walk(near);
    if (found !== -1 || offset * offset > radiusSq) return found;
    return walk(far);
  };
  return walk(0);
}
