import { describe, expect, it } from 'vitest';
import { AnalysisError } from '../../../src/errors.js';
import { averagePathLength, fitIsolationForest } from '../../../src/analysis/models/isolation-forest.js';
import { createRng } from '../../../src/analysis/compute/random.js';
import type { Matrix } from '../../../src/analysis/types.js';

/**
 * 1,000 ordinary customers around the origin plus 5 planted outliers at the end, extreme on every axis:
 * axis-parallel splits isolate an out-of-sample point only as fast as the most extreme sample point beside it.
 */
function withOutliers(seed: number): Matrix {
  const rng = createRng(seed);
  const rows = 1005;
  const data = new Float64Array(rows * 3);
  for (let i = 0; i < 1000 * 3; i++) data[i] = rng.normal();
  const outliers = [
    [8, 8, 8],
    [-8, -8, -8],
    [7, -7, 7],
    [-8, 8, -8],
    [9, 9, -9],
  ];
  outliers.forEach((o, r) => data.set(o, (1000 + r) * 3));
  return { rows, cols: 3, data };
}

describe('fitIsolationForest', () => {
  it('scores planted outliers above every ordinary customer', () => {
    const { scores } = fitIsolationForest(withOutliers(1), { seed: 7 });
    let maxOrdinary = 0;
    for (let i = 0; i < 1000; i++) maxOrdinary = Math.max(maxOrdinary, scores[i]);
    for (let i = 1000; i < 1005; i++) {
      expect(scores[i]).toBeGreaterThan(maxOrdinary);
      expect(scores[i]).toBeGreaterThan(0.6);
    }
    let mean = 0;
    for (let i = 0; i < 1000; i++) mean += scores[i] / 1000;
    expect(mean).toBeLessThan(0.5);
    expect(mean).toBeGreaterThan(0.3);
  });

  it('is byte-identical for the same seed and differs for another', () => {
    const points = withOutliers(2);
    const a = fitIsolationForest(points, { seed: 3, trees: 20 });
    const b = fitIsolationForest(points, { seed: 3, trees: 20 });
    const c = fitIsolationForest(points, { seed: 4, trees: 20 });
    expect(Buffer.from(a.scores.buffer).equals(Buffer.from(b.scores.buffer))).toBe(true);
    expect(Buffer.from(a.scores.buffer).equals(Buffer.from(c.scores.buffer))).toBe(false);
  });

  it('uses the standard normaliser c(n)', () => {
    expect(averagePathLength(1)).toBe(0);
    expect(averagePathLength(2)).toBe(1);
    expect(averagePathLength(256)).toBeCloseTo(10.2448, 3);
  });

  it('caps the per-tree sample at the number of customers and reports its parameters', () => {
    const small: Matrix = { rows: 10, cols: 1, data: Float64Array.from({ length: 10 }, (_, i) => i) };
    const result = fitIsolationForest(small, { seed: 1 });
    expect(result.params).toEqual({ trees: 100, sampleSize: 10, maxDepth: 4, seed: 1 });
    expect(result.scores.every((s) => s > 0 && s < 1)).toBe(true);
  });

  it('gives identical customers the neutral score 0.5', () => {
    const same: Matrix = { rows: 50, cols: 2, data: new Float64Array(100).fill(3) };
    const { scores } = fitIsolationForest(same, { seed: 1, trees: 10 });
    expect(new Set(scores).size).toBe(1);
    expect(scores[0]).toBeCloseTo(0.5, 12); // nothing can be isolated: E[h] = c(n)
  });

  it('rejects a single customer', () => {
    expect(() => fitIsolationForest({ rows: 1, cols: 2, data: new Float64Array(2) }, { seed: 1 })).toThrow(expect.objectContaining({ code: 'TOO_FEW_POINTS' }));
  });

  it('rejects an empty matrix', () => {
    expect(() => fitIsolationForest({ rows: 0, cols: 2, data: new Float64Array(0) }, { seed: 1 })).toThrow(expect.objectContaining({ code: 'EMPTY_MATRIX' }));
  });

  it('rejects NaN in the data', () => {
    expect(() => fitIsolationForest({ rows: 2, cols: 1, data: new Float64Array([1, Number.NaN]) }, { seed: 1 })).toThrow(AnalysisError);
  });

  it('rejects zero trees', () => {
    expect(() => fitIsolationForest(withOutliers(1), { seed: 1, trees: 0 })).toThrow(/trees must be a whole number >= 1/);
  });
});
