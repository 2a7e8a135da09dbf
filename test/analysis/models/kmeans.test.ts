import { describe, expect, it } from 'vitest';
import { kmeans as mlKMeans } from 'ml-kmeans';
import { AnalysisError } from '../../../src/errors.js';
import { assignNearest, fitKMeans, fitKMeansSweep } from '../../../src/analysis/models/kmeans.js';
import type { Matrix } from '../../../src/analysis/types.js';
import { interleavedBlobs } from '../blobs.js';

/** Adjusted Rand index from the contingency table (Hubert & Arabie). */
function adjustedRand(a: Int32Array, b: Int32Array): number {
  const table = new Map<string, number>();
  const rowsA = new Map<number, number>();
  const rowsB = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    table.set(`${a[i]},${b[i]}`, (table.get(`${a[i]},${b[i]}`) ?? 0) + 1);
    rowsA.set(a[i], (rowsA.get(a[i]) ?? 0) + 1);
    rowsB.set(b[i], (rowsB.get(b[i]) ?? 0) + 1);
  }
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const sum = (m: Map<unknown, number>) => [...m.values()].reduce((s, n) => s + pairs(n), 0);
  const index = sum(table);
  const expected = (sum(rowsA) * sum(rowsB)) / pairs(a.length);
  const max = (sum(rowsA) + sum(rowsB)) / 2;
  return (index - expected) / (max - expected);
}

function inertiaOf(points: Matrix, labels: ArrayLike<number>, centroids: number[][]): number {
  let total = 0;
  for (let i = 0; i < points.rows; i++) {
    for (let j = 0; j < points.cols; j++) total += (points.data[i * points.cols + j] - centroids[labels[i]][j]) ** 2;
  }
  return total;
}

const toRows = (m: Matrix) => Array.from({ length: m.rows }, (_, i) => Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));

const separated = interleavedBlobs(
  [
    [0, 0, 0],
    [10, 0, 0],
    [0, 10, 0],
    [0, 0, 10],
  ],
  50,
  1,
  11,
);

describe('fitKMeans', () => {
  it('recovers well-separated blobs (ARI 1) and agrees with ml-kmeans up to a permutation', () => {
    const fit = fitKMeans(separated.points, { k: 4, seed: 1 });
    expect(adjustedRand(fit.labels, separated.truth)).toBe(1);
    const reference = mlKMeans(toRows(separated.points), 4, { seed: 1, initialization: 'kmeans++' });
    expect(adjustedRand(fit.labels, Int32Array.from(reference.clusters))).toBe(1);
    expect(fit.inertia).toBeCloseTo(inertiaOf(separated.points, reference.clusters, reference.centroids), 6);
    expect(fit.k).toBe(4);
    expect(fit.params).toMatchObject({ algorithm: 'kmeans', k: 4, seed: 1, restarts: 10, converged: true });
  });

  it('reaches the same or a lower inertia than ml-kmeans on overlapping blobs', () => {
    const { points } = interleavedBlobs(
      [
        [0, 0],
        [3, 0],
        [0, 3],
        [3, 3],
        [1.5, 1.5],
      ],
      60,
      1,
      5,
    );
    for (const k of [3, 5, 7]) {
      const ours = fitKMeans(points, { k, seed: 3 });
      let bestReference = Infinity;
      for (let seed = 0; seed < 10; seed++) {
        const r = mlKMeans(toRows(points), k, { seed, initialization: 'kmeans++', maxIterations: 300 });
        bestReference = Math.min(bestReference, inertiaOf(points, r.clusters, r.centroids));
      }
      expect(ours.inertia).toBeLessThanOrEqual(bestReference * (1 + 1e-9));
    }
  });

  it('reports the inertia of its own labels and centroids, labels numbered by first appearance', () => {
    const fit = fitKMeans(separated.points, { k: 4, seed: 2 });
    expect(fit.inertia).toBeCloseTo(inertiaOf(separated.points, fit.labels, toRows(fit.centroids)), 9);
    expect(fit.labels[0]).toBe(0);
    expect(Array.from(assignNearest(separated.points, fit.centroids))).toEqual(Array.from(fit.labels));
  });

  it('is byte-identical for the same seed', () => {
    const { points } = interleavedBlobs(
      [
        [0, 0],
        [2, 1],
        [1, 3],
      ],
      100,
      1.2,
      8,
    );
    const a = fitKMeans(points, { k: 3, seed: 99 });
    const b = fitKMeans(points, { k: 3, seed: 99 });
    expect(Buffer.from(b.labels.buffer).equals(Buffer.from(a.labels.buffer))).toBe(true);
    expect(Buffer.from(b.centroids.data.buffer).equals(Buffer.from(a.centroids.data.buffer))).toBe(true);
    expect(b.inertia).toBe(a.inertia);
  });

  it('keeps k clusters when the data has duplicate points', () => {
    const data = new Float64Array([0, 0, 0, 0, 0, 0, 5, 5, 5, 5, 9, 9]);
    const fit = fitKMeans({ rows: 6, cols: 2, data }, { k: 3, seed: 1 });
    expect(new Set(fit.labels).size).toBe(3);
    expect(fit.inertia).toBe(0);
  });

  it('gives finite centroids and zero inertia when every customer is identical', () => {
    const fit = fitKMeans({ rows: 10, cols: 2, data: new Float64Array(20).fill(4) }, { k: 3, seed: 1 });
    expect(fit.inertia).toBe(0);
    expect(fit.centroids.data.every((v) => v === 4)).toBe(true);
  });

  it('keeps the defaults for options passed as undefined', () => {
    const fit = fitKMeans(separated.points, { k: 4, seed: 1, restarts: undefined, maxIterations: undefined });
    expect(fit.params).toMatchObject({ restarts: 10 });
  });

  it('rejects k < 2', () => {
    expect(() => fitKMeans(separated.points, { k: 1, seed: 1 })).toThrow(AnalysisError);
    expect(() => fitKMeans(separated.points, { k: 1, seed: 1 })).toThrow(/k must be a whole number in 2\.\.200/);
  });

  it('rejects k > number of points', () => {
    const tiny: Matrix = { rows: 3, cols: 1, data: new Float64Array([1, 2, 3]) };
    expect(() => fitKMeans(tiny, { k: 4, seed: 1 })).toThrow(expect.objectContaining({ code: 'K_OUT_OF_RANGE' }));
  });

  it('rejects an empty matrix', () => {
    expect(() => fitKMeans({ rows: 0, cols: 3, data: new Float64Array(0) }, { k: 2, seed: 1 })).toThrow(expect.objectContaining({ code: 'EMPTY_MATRIX' }));
  });

  it('rejects NaN in the data, naming the row and column', () => {
    const data = separated.points.data.slice();
    data[3 * 3 + 2] = Number.NaN;
    expect(() => fitKMeans({ rows: separated.points.rows, cols: 3, data }, { k: 2, seed: 1 })).toThrow(/row 3, column 2 is NaN/);
  });

  it('rejects a bad restarts option', () => {
    expect(() => fitKMeans(separated.points, { k: 2, seed: 1, restarts: 0 })).toThrow(expect.objectContaining({ code: 'BAD_OPTION' }));
  });
});

describe('fitKMeansSweep', () => {
  it('fits each k and equals the single fits', () => {
    const fits = fitKMeansSweep(separated.points, [2, 3, 4], { seed: 5, restarts: 3 });
    expect(fits.map((f) => f.k)).toEqual([2, 3, 4]);
    const single = fitKMeans(separated.points, { k: 3, seed: 5, restarts: 3 });
    expect(Array.from(fits[1].labels)).toEqual(Array.from(single.labels));
    expect(fits[0].inertia).toBeGreaterThan(fits[2].inertia);
  });

  it('rejects an empty list of k', () => {
    expect(() => fitKMeansSweep(separated.points, [], { seed: 1 })).toThrow(/list of k values is empty/);
  });
});

describe('assignNearest', () => {
  it('rejects centroids of another width', () => {
    expect(() => assignNearest(separated.points, { rows: 2, cols: 2, data: new Float64Array(4) })).toThrow(expect.objectContaining({ code: 'DIMENSION_MISMATCH' }));
  });
});
