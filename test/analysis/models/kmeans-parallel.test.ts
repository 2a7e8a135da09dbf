import { describe, expect, it } from 'vitest';
import { fitKMeansSweep } from '../../../src/analysis/models/kmeans.js';
import { fitKMeansSweepOnPool, fitKMeansSweepParallel } from '../../../src/analysis/models/kmeans-parallel.js';
import { callingThread, openPool } from '../../../src/analysis/compute/worker-pool.js';
import { createRng } from '../../../src/analysis/compute/random.js';
import { gaussianBlobs } from '../blobs.js';
import type { Matrix } from '../../../src/analysis/types.js';

function cloud(rows: number, seed: number): Matrix {
  const rng = createRng(seed);
  const data = new Float64Array(rows * 3);
  for (let i = 0; i < rows; i++) {
    const centre = rng.int(4) * 2;
    for (let j = 0; j < 3; j++) data[i * 3 + j] = centre * (j === i % 3 ? 1 : 0.5) + rng.normal();
  }
  return { rows, cols: 3, data };
}

describe('fitKMeansSweepParallel', () => {
  it('is byte-identical to the single-threaded sweep with 2 worker threads', async () => {
    const points = cloud(3000, 1);
    const ks = [2, 3, 5];
    const single = fitKMeansSweep(points, ks, { seed: 7, restarts: 5 });
    for (const workers of [2]) {
      const failures: Error[] = [];
      const parallel = await fitKMeansSweepParallel(points, ks, { seed: 7, restarts: 5, workers, minRowsForWorkers: 0, onWorkerFailure: (e) => failures.push(e) });
      expect(failures).toEqual([]); // the threads really ran: no fallback to the calling thread
      parallel.forEach((fit, i) => {
        expect(Buffer.from(fit.labels.buffer).equals(Buffer.from(single[i].labels.buffer))).toBe(true);
        expect(Buffer.from(fit.centroids.data.buffer).equals(Buffer.from(single[i].centroids.data.buffer))).toBe(true);
        expect(fit.inertia).toBe(single[i].inertia);
        expect(fit.params).toEqual(single[i].params);
      });
    }
  });

  it('runs small inputs on the calling thread with the same answer', async () => {
    const points = cloud(200, 2);
    const [fit] = await fitKMeansSweepParallel(points, [3], { seed: 1 });
    expect(Array.from(fit.labels)).toEqual(Array.from(fitKMeansSweep(points, [3], { seed: 1 })[0].labels));
  });

  it('rejects a bad number of workers', async () => {
    await expect(fitKMeansSweepParallel(cloud(50, 1), [2], { seed: 1, workers: 0 })).rejects.toMatchObject({ code: 'BAD_OPTION' });
  });

  it('rejects k out of range before starting threads', async () => {
    await expect(fitKMeansSweepParallel(cloud(50, 1), [1], { seed: 1, workers: 2, minRowsForWorkers: 0 })).rejects.toMatchObject({ code: 'K_OUT_OF_RANGE' });
  });
});

describe('fitKMeansSweepOnPool with the restarts on a sample', () => {
  it('is byte-identical on one thread and on two, and records the sample size', async () => {
    const points = cloud(4000, 3);
    const ks = [2, 4];
    const single = await fitKMeansSweepOnPool(callingThread, points, ks, { seed: 5, restarts: 6 }, 800);
    const pool = openPool({ workers: 2 });
    try {
      const shared = await fitKMeansSweepOnPool(pool, points, ks, { seed: 5, restarts: 6 }, 800);
      shared.forEach((fit, i) => {
        expect(Buffer.from(fit.labels.buffer).equals(Buffer.from(single[i].labels.buffer))).toBe(true);
        expect(fit.inertia).toBe(single[i].inertia);
        expect(fit.params).toEqual(single[i].params);
      });
    } finally {
      await pool.close();
    }
    expect(single.map((f) => f.params.restartSample)).toEqual([800, 800]);
    expect(single.every((f) => f.labels.length === points.rows)).toBe(true);
  });

  it('ends at the optimum of every restart on all the points where there are groups (to 0.01 %: Lloyd stops at the tolerance), and near it past them', async () => {
    const { points } = gaussianBlobs([[0, 0, 0], [4, 0, 0], [0, 4, 0], [0, 0, 4]], [1500, 1000, 900, 600], 0.8, 5);
    const ks = [3, 4, 6];
    const full = fitKMeansSweep(points, ks, { seed: 5, restarts: 10 });
    const sampled = await fitKMeansSweepOnPool(callingThread, points, ks, { seed: 5, restarts: 10 }, 1000);
    expect(sampled[0].inertia).toBeLessThanOrEqual(full[0].inertia * 1.0001);
    expect(sampled[1].inertia).toBeLessThanOrEqual(full[1].inertia * 1.0001);
    // k = 6 cuts the four groups: local optima differ a little either way.
    expect(sampled[2].inertia).toBeLessThanOrEqual(full[2].inertia * 1.01);
  });

  it('runs every restart on all the points when they are no more than the sample', async () => {
    const points = cloud(600, 6);
    const [onPool] = await fitKMeansSweepOnPool(callingThread, points, [3], { seed: 2, restarts: 4 }, 600);
    const [plain] = fitKMeansSweep(points, [3], { seed: 2, restarts: 4 });
    expect(Array.from(onPool.labels)).toEqual(Array.from(plain.labels));
    expect(onPool.params.restartSample).toBeUndefined();
  });
});
