import { describe, expect, it } from 'vitest';
import { agnes } from 'ml-hclust';
import { AnalysisError } from '../../../src/errors.js';
import { fitWard, fitWardSweep } from '../../../src/analysis/models/ward.js';
import type { Matrix } from '../../../src/analysis/types.js';
import { interleavedBlobs } from '../blobs.js';

/** True when two labelings describe the same partition (equal up to renaming). */
function samePartition(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  const forward = new Map<number, number>();
  const backward = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    if ((forward.get(a[i]) ?? b[i]) !== b[i] || (backward.get(b[i]) ?? a[i]) !== a[i]) return false;
    forward.set(a[i], b[i]);
    backward.set(b[i], a[i]);
  }
  return true;
}

const centres = [
  [0, 0, 0],
  [6, 0, 0],
  [0, 6, 0],
  [3, 3, 6],
];

describe('fitWardSweep', () => {
  it('cuts the same tree as ml-hclust agnes with correct Ward linkage (ward2) at every k', () => {
    const { points } = interleavedBlobs(centres, 30, 1.5, 3);
    const rows = Array.from({ length: points.rows }, (_, i) => Array.from(points.data.subarray(i * 3, i * 3 + 3)));
    const tree = agnes(rows, { method: 'ward2' });
    const ks = [2, 3, 4, 5, 7, 10];
    const fits = fitWardSweep(points, ks, { seed: 1 });
    for (const fit of fits) {
      const reference = new Int32Array(points.rows);
      tree.group(fit.k).children.forEach((cluster, c) => cluster.indices().forEach((i) => (reference[i] = c)));
      expect(samePartition(fit.labels, reference)).toBe(true);
      expect(new Set(fit.labels).size).toBe(fit.k);
    }
  });

  it('recovers planted blobs from a sample and assigns the rest to the nearest centroid', () => {
    const far = centres.map((c) => c.map((v) => v * 2));
    const { points, truth } = interleavedBlobs(far, 500, 1, 7);
    const [fit] = fitWardSweep(points, [4], { seed: 2, maxSample: 300 });
    expect(samePartition(fit.labels, truth)).toBe(true);
    expect(fit.params).toMatchObject({ algorithm: 'ward', sampleSize: 300, sampled: true });
    expect(fit.centroids.rows).toBe(4);
  });

  it('reports inertia that falls as k grows', () => {
    const { points } = interleavedBlobs(centres, 40, 2, 1);
    const inertias = fitWardSweep(points, [2, 3, 4, 6], { seed: 1 }).map((f) => f.inertia);
    for (let i = 1; i < inertias.length; i++) expect(inertias[i]).toBeLessThan(inertias[i - 1]);
  });

  it('is byte-identical for the same seed and sample', () => {
    const { points } = interleavedBlobs(centres, 200, 2, 4);
    const a = fitWard(points, { k: 3, seed: 5, maxSample: 150 });
    const b = fitWard(points, { k: 3, seed: 5, maxSample: 150 });
    expect(Buffer.from(b.labels.buffer).equals(Buffer.from(a.labels.buffer))).toBe(true);
    expect(Buffer.from(b.centroids.data.buffer).equals(Buffer.from(a.centroids.data.buffer))).toBe(true);
  });

  it('rejects k < 2', () => {
    const { points } = interleavedBlobs(centres, 10, 1, 1);
    expect(() => fitWardSweep(points, [1, 3], { seed: 1 })).toThrow(expect.objectContaining({ code: 'K_OUT_OF_RANGE' }));
  });

  it('rejects k larger than the sample, saying to raise maxSample', () => {
    const { points } = interleavedBlobs(centres, 10, 1, 1);
    expect(() => fitWardSweep(points, [12], { seed: 1, maxSample: 10 })).toThrow(/raise maxSample/);
  });

  it('rejects k larger than the number of customers', () => {
    const tiny: Matrix = { rows: 3, cols: 1, data: new Float64Array([1, 2, 3]) };
    expect(() => fitWard(tiny, { k: 4, seed: 1 })).toThrow(/the number of customers/);
  });

  it('rejects an empty matrix', () => {
    expect(() => fitWardSweep({ rows: 0, cols: 2, data: new Float64Array(0) }, [2], { seed: 1 })).toThrow(expect.objectContaining({ code: 'EMPTY_MATRIX' }));
  });

  it('rejects NaN in the data', () => {
    const data = new Float64Array([1, 2, Number.NaN, 4, 5, 6]);
    expect(() => fitWardSweep({ rows: 3, cols: 2, data }, [2], { seed: 1 })).toThrow(AnalysisError);
  });

  it('rejects an empty list of k', () => {
    const { points } = interleavedBlobs(centres, 10, 1, 1);
    expect(() => fitWardSweep(points, [], { seed: 1 })).toThrow(/list of k values is empty/);
  });
});
