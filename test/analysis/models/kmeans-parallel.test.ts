import { describe, expect, it } from 'vitest';
import { fitKMeansSweep } from '../../../src/analysis/models/kmeans.js';
import { fitKMeansSweepParallel } from '../../../src/analysis/models/kmeans-parallel.js';
import { createRng } from '../../../src/analysis/compute/random.js';
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
