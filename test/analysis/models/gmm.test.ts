import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/analysis/compute/random.js';
import { fitGmm, fitGmmSweep, fitGmmSweepOnPool } from '../../../src/analysis/models/gmm.js';
import { openPool } from '../../../src/analysis/compute/worker-pool.js';
import { gaussianBlobs } from '../blobs.js';
import { fitKMeans } from '../../../src/analysis/models/kmeans.js';
import { adjustedRandIndex } from '../../../src/analysis/scoring/metrics.js';
import { createMatrix, type Matrix } from '../../../src/analysis/types.js';

/** A wide 60% segment stretched along x, a round 33% one above its middle and a small 7% one: k-means cuts the wide one in two. */
function elongated(seed: number): { points: Matrix; truth: Int32Array } {
  const rng = createRng(seed);
  const sizes = [360, 200, 40];
  const n = 600;
  const points = createMatrix(n, 2);
  const truth = new Int32Array(n);
  let i = 0;
  sizes.forEach((size, c) => {
    for (let s = 0; s < size; s++, i++) {
      truth[i] = c;
      const [x, y, sx, sy] = [[0, 0, 5, 0.5], [0, 4, 0.8, 0.8], [14, 4, 0.5, 0.5]][c];
      points.data[i * 2] = x + sx * rng.normal();
      points.data[i * 2 + 1] = y + sy * rng.normal();
    }
  });
  return { points, truth };
}

describe('Gaussian mixture', () => {
  it('recovers elongated segments and a small one that k-means cuts across', () => {
    const { points, truth } = elongated(3);
    const gmm = fitGmm(points, { k: 3, seed: 1 });
    const kmeans = fitKMeans(points, { k: 3, seed: 1 });
    expect(adjustedRandIndex(truth, gmm.labels)).toBeGreaterThan(0.95);
    expect(adjustedRandIndex(truth, gmm.labels)).toBeGreaterThan(adjustedRandIndex(truth, kmeans.labels) + 0.3);
    expect(gmm.params.covariance).toBe('full');
  });

  it('is deterministic: same input and seed, same bits', () => {
    const { points } = elongated(4);
    expect(JSON.stringify(fitGmmSweep(points, [2, 3, 4], { seed: 9 }))).toBe(JSON.stringify(fitGmmSweep(points, [2, 3, 4], { seed: 9 })));
  });

  it('fits diagonal covariances when asked (or with many features) and reports BIC and log-likelihood', () => {
    const { points } = elongated(5);
    const fit = fitGmm(points, { k: 3, seed: 2, covariance: 'diagonal' });
    expect(fit.params.covariance).toBe('diagonal');
    expect(Number.isFinite(fit.bic) && Number.isFinite(fit.logLikelihood)).toBe(true);
  });

  it('drops a component that only holds a few outliers', () => {
    const { points, truth } = elongated(6);
    // Five far-away points: a component of their own would be 0.8% of the customers.
    for (let i = 0; i < 5; i++) points.data[i * 2 + 1] = 60 + i;
    const fit = fitGmm(points, { k: 4, seed: 3 });
    expect(fit.k).toBe(3);
    expect(fit.params.dropped).toBe(1);
    expect(adjustedRandIndex(truth.subarray(5), fit.labels.subarray(5))).toBeGreaterThan(0.9);
  });

  it('rejects bad options with what to do', () => {
    const { points } = elongated(7);
    expect(() => fitGmm(points, { k: 1, seed: 1 })).toThrow(/k must be a whole number in 2\.\.600/);
    expect(() => fitGmm(points, { k: 3, seed: 1, covariance: 'spherical' as never })).toThrow(/covariance must be "full" or "diagonal"/);
    expect(() => fitGmm(points, { k: 3, seed: 1, regularization: 0 })).toThrow(/regularization must be > 0/);
  });
});

describe('fitGmmSweepOnPool', () => {
  it('gives exactly the one-thread sweep with each k on a worker thread', async () => {
    const { points } = gaussianBlobs([[0, 0, 0], [4, 0, 0], [0, 4, 0]], [1800, 1200, 1000], 0.8, 3);
    const ks = [2, 3, 4];
    const single = fitGmmSweep(points, ks, { seed: 4 });
    const failures: Error[] = [];
    const pool = openPool({ workers: 2, onWorkerFailure: (e) => failures.push(e) });
    try {
      const shared = await fitGmmSweepOnPool(pool, points, ks, { seed: 4 });
      expect(failures).toEqual([]);
      shared.forEach((fit, i) => {
        expect(Buffer.from(fit.labels.buffer).equals(Buffer.from(single[i].labels.buffer))).toBe(true);
        expect(fit.logLikelihood).toBe(single[i].logLikelihood);
        expect(fit.bic).toBe(single[i].bic);
        expect(fit.params).toEqual(single[i].params);
      });
    } finally {
      await pool.close();
    }
  });
});
