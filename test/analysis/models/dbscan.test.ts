import { describe, expect, it } from 'vitest';
import { AnalysisError } from '../../../src/errors.js';
import { fitDbscan } from '../../../src/analysis/models/dbscan.js';
import { createRng } from '../../../src/analysis/compute/random.js';
import type { Matrix } from '../../../src/analysis/types.js';

/** Three tight blobs in 3-D, then `noise` points spread uniformly over a wide box (truth -1). */
function blobsWithNoise(perBlob: number, noise: number, seed: number): { points: Matrix; truth: Int32Array } {
  const rng = createRng(seed);
  const centres = [
    [0, 0, 0],
    [8, 0, 0],
    [0, 8, 4],
  ];
  const rows = centres.length * perBlob + noise;
  const data = new Float64Array(rows * 3);
  const truth = new Int32Array(rows).fill(-1);
  for (let i = 0; i < centres.length * perBlob; i++) {
    truth[i] = i % 3;
    for (let j = 0; j < 3; j++) data[i * 3 + j] = centres[truth[i]][j] + 0.5 * rng.normal();
  }
  for (let i = centres.length * perBlob; i < rows; i++) for (let j = 0; j < 3; j++) data[i * 3 + j] = -10 + 30 * rng.next();
  return { points: { rows, cols: 3, data }, truth };
}

/** Share of blob points whose found cluster matches the truth under the majority mapping. */
function blobAgreement(labels: Int32Array, truth: Int32Array): number {
  let agree = 0;
  let total = 0;
  for (let c = 0; c < 3; c++) {
    const counts = new Map<number, number>();
    for (let i = 0; i < truth.length; i++) if (truth[i] === c) counts.set(labels[i], (counts.get(labels[i]) ?? 0) + 1);
    const [label, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (label >= 0) agree += count;
    total += [...counts.values()].reduce((s, n) => s + n, 0);
  }
  return agree / total;
}

describe('fitDbscan', () => {
  it('finds the three blobs, chooses eps itself, and labels scattered points noise', () => {
    const { points, truth } = blobsWithNoise(200, 40, 1);
    const fit = fitDbscan(points, { seed: 1 });
    expect(fit.k).toBe(3);
    expect(blobAgreement(fit.labels, truth)).toBeGreaterThan(0.97);
    let noiseCaught = 0;
    for (let i = 600; i < points.rows; i++) if (fit.labels[i] === -1) noiseCaught++;
    expect(noiseCaught).toBeGreaterThan(30);
    expect(fit.params).toMatchObject({ algorithm: 'dbscan', epsChosen: 'knee', minPts: 10, sampled: false });
    expect(fit.params.eps).toBeGreaterThan(0);
    expect(fit.centroids.rows).toBe(3);
  });

  it('uses a given eps and minPts', () => {
    const { points } = blobsWithNoise(100, 0, 2);
    const fit = fitDbscan(points, { seed: 1, eps: 20, minPts: 3 });
    expect(fit.k).toBe(1);
    expect(fit.params).toMatchObject({ eps: 20, minPts: 3, epsChosen: 'given', noise: 0 });
  });

  it('runs on a sample and assigns the rest through the nearest core point', () => {
    const { points, truth } = blobsWithNoise(1000, 100, 3);
    const fit = fitDbscan(points, { seed: 4, maxSample: 600 });
    expect(fit.params).toMatchObject({ sampled: true, sampleSize: 600 });
    expect(fit.k).toBe(3);
    expect(blobAgreement(fit.labels, truth)).toBeGreaterThan(0.97);
  });

  it('is byte-identical for the same seed', () => {
    const { points } = blobsWithNoise(300, 50, 5);
    const a = fitDbscan(points, { seed: 9, maxSample: 500 });
    const b = fitDbscan(points, { seed: 9, maxSample: 500 });
    expect(Buffer.from(b.labels.buffer).equals(Buffer.from(a.labels.buffer))).toBe(true);
    expect(b.params).toEqual(a.params);
  });

  it('still finds a positive eps when most customers share identical features', () => {
    const data = new Float64Array(200 * 2);
    for (let i = 150; i < 200; i++) data.set([5 + (i % 7) * 0.1, 5], i * 2);
    const fit = fitDbscan({ rows: 200, cols: 2, data }, { seed: 1, minPts: 4 });
    expect(fit.params.eps).toBeGreaterThan(0);
    expect(fit.k).toBeGreaterThanOrEqual(1);
  });

  it('shrinks the default sample as features grow (20,000 up to 3, 6,000 at 10)', () => {
    const rng = createRng(1);
    const wide: Matrix = { rows: 40, cols: 10, data: Float64Array.from({ length: 400 }, () => rng.normal()) };
    expect(fitDbscan(wide, { seed: 1 }).params).toMatchObject({ maxSample: 6000, minPts: 20 });
    expect(fitDbscan(blobsWithNoise(20, 0, 1).points, { seed: 1 }).params.maxSample).toBe(20000);
  });

  it('rejects minPts below 2', () => {
    const { points } = blobsWithNoise(20, 0, 1);
    expect(() => fitDbscan(points, { seed: 1, minPts: 1 })).toThrow(/minPts must be a whole number in 2\.\./);
  });

  it('rejects minPts above the number of customers', () => {
    const { points } = blobsWithNoise(5, 0, 1);
    expect(() => fitDbscan(points, { seed: 1, minPts: 16 })).toThrow(expect.objectContaining({ code: 'BAD_OPTION' }));
  });

  it('lowers the default minPts for a data set smaller than it', () => {
    const { points } = blobsWithNoise(2, 0, 1);
    expect(fitDbscan(points, { seed: 1 }).params.minPts).toBe(6);
  });

  it('rejects a non-positive eps', () => {
    const { points } = blobsWithNoise(20, 0, 1);
    expect(() => fitDbscan(points, { seed: 1, eps: 0 })).toThrow(/eps must be a positive number/);
  });

  it('rejects an empty matrix', () => {
    expect(() => fitDbscan({ rows: 0, cols: 3, data: new Float64Array(0) }, { seed: 1 })).toThrow(expect.objectContaining({ code: 'EMPTY_MATRIX' }));
  });

  it('rejects NaN in the data', () => {
    expect(() => fitDbscan({ rows: 2, cols: 1, data: new Float64Array([Number.NaN, 1]) }, { seed: 1 })).toThrow(AnalysisError);
  });
});
