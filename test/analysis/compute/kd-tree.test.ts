import { describe, expect, it } from 'vitest';
import { anyWithin, buildKdTree, forEachWithin, kthNeighbourSquared } from '../../../src/analysis/compute/kd-tree.js';
import { createRng } from '../../../src/analysis/compute/random.js';
import type { Matrix } from '../../../src/analysis/types.js';

function cloud(rows: number, cols: number, seed: number): Matrix {
  const rng = createRng(seed);
  // Rounded values give many ties and duplicates, the hard case for median splits.
  return { rows, cols, data: Float64Array.from({ length: rows * cols }, () => Math.round(rng.normal() * 4) / 4) };
}

function squared(m: Matrix, i: number, q: Float64Array, qo: number): number {
  let d = 0;
  for (let j = 0; j < m.cols; j++) d += (m.data[i * m.cols + j] - q[qo + j]) ** 2;
  return d;
}

describe('k-d tree queries agree with brute force', () => {
  const points = cloud(700, 3, 1);
  const tree = buildKdTree(points);
  const queries = cloud(40, 3, 2);

  it('forEachWithin finds exactly the rows within the radius', () => {
    for (let q = 0; q < queries.rows; q++) {
      const found: number[] = [];
      forEachWithin(tree, queries.data, q * 3, 0.5, (row) => found.push(row));
      const expected = Array.from({ length: points.rows }, (_, i) => i).filter((i) => squared(points, i, queries.data, q * 3) <= 0.5);
      expect(found.sort((a, b) => a - b)).toEqual(expected);
    }
  });

  it('kthNeighbourSquared matches the sorted distances to other rows', () => {
    for (const row of [0, 17, 333, 699]) {
      const others = Array.from({ length: points.rows }, (_, i) => i)
        .filter((i) => i !== row)
        .map((i) => squared(points, i, points.data, row * 3))
        .sort((a, b) => a - b);
      for (const k of [1, 5, 12]) expect(kthNeighbourSquared(tree, row, k)).toBe(others[k - 1]);
    }
  });

  it('anyWithin returns a row within the radius exactly when one exists', () => {
    for (let q = 0; q < queries.rows; q++) {
      for (const radiusSq of [0.05, 0.3, 2]) {
        const inReach = Array.from({ length: points.rows }, (_, i) => i).filter((i) => squared(points, i, queries.data, q * 3) <= radiusSq);
        const found = anyWithin(tree, queries.data, q * 3, radiusSq);
        if (inReach.length === 0) expect(found).toBe(-1);
        else expect(inReach).toContain(found);
        expect(anyWithin(tree, queries.data, q * 3, radiusSq)).toBe(found);
      }
    }
  });
});
