import { describe, expect, it } from 'vitest';
import { AnalysisError } from '../../../src/errors.js';
import {
  assertUsableMatrix,
  columnMeans,
  columnStds,
  groupMeans,
  permuteRows,
  relabelByFirstAppearance,
  rowCopy,
  rowView,
  selectRows,
  squaredDistance,
  withinSumOfSquares,
} from '../../../src/analysis/compute/matrix-ops.js';
import type { Matrix } from '../../../src/analysis/types.js';

const m: Matrix = { rows: 3, cols: 2, data: new Float64Array([1, 2, 3, 4, 5, 6]) };

describe('matrix helpers', () => {
  it('views and copies rows', () => {
    expect(Array.from(rowView(m, 1))).toEqual([3, 4]);
    const copy = rowCopy(m, 2);
    copy[0] = 99;
    expect(m.data[4]).toBe(5);
  });

  it('selects rows in the given order', () => {
    expect(Array.from(selectRows(m, [2, 0]).data)).toEqual([5, 6, 1, 2]);
  });

  it('computes squared distances, means and population standard deviations', () => {
    expect(squaredDistance(m, 0, m, 2)).toBe(32);
    expect(Array.from(columnMeans(m))).toEqual([3, 4]);
    expect(columnStds(m)[0]).toBeCloseTo(Math.sqrt(8 / 3), 12);
  });

  it('computes group means, skipping noise, and the within-group sum of squares', () => {
    const labels = new Int32Array([0, -1, 0]);
    const { centroids, sizes } = groupMeans(m, labels, 1);
    expect(Array.from(centroids.data)).toEqual([3, 4]);
    expect(Array.from(sizes)).toEqual([2]);
    expect(withinSumOfSquares(m, labels, centroids)).toBe(16);
  });

  it('renumbers labels by first appearance and permutes centroids to match', () => {
    const { labels, mapping } = relabelByFirstAppearance(new Int32Array([2, -1, 0, 2, 1]), 4);
    expect(Array.from(labels)).toEqual([0, -1, 1, 0, 2]);
    expect(Array.from(mapping)).toEqual([1, 2, 0, 3]);
    const centroids: Matrix = { rows: 4, cols: 1, data: new Float64Array([10, 11, 12, 13]) };
    expect(Array.from(permuteRows(centroids, mapping).data)).toEqual([12, 10, 11, 13]);
  });
});

describe('assertUsableMatrix', () => {
  it('accepts a finite matrix', () => {
    expect(() => assertUsableMatrix(m, 'test')).not.toThrow();
  });

  it('rejects a shape that does not match the data', () => {
    expect(() => assertUsableMatrix({ rows: 2, cols: 2, data: new Float64Array(3) }, 'test')).toThrow(expect.objectContaining({ code: 'BAD_MATRIX' }));
  });

  it('rejects an empty matrix', () => {
    expect(() => assertUsableMatrix({ rows: 0, cols: 0, data: new Float64Array(0) }, 'test')).toThrow(expect.objectContaining({ code: 'EMPTY_MATRIX' }));
  });

  it('rejects too few rows', () => {
    expect(() => assertUsableMatrix(m, 'test', 4)).toThrow(expect.objectContaining({ code: 'TOO_FEW_POINTS' }));
  });

  it('rejects Infinity, naming the position', () => {
    const data = m.data.slice();
    data[5] = Infinity;
    expect(() => assertUsableMatrix({ ...m, data }, 'PCA')).toThrow(AnalysisError);
    expect(() => assertUsableMatrix({ ...m, data }, 'PCA')).toThrow('PCA: value at row 2, column 1 is Infinity');
  });
});
