import { afterAll, describe, expect, it } from 'vitest';
import { fitIsolationForest, fitIsolationForestOnPool } from '../../../src/analysis/models/isolation-forest.js';
import { silhouetteScores, silhouetteScoresOnPool } from '../../../src/analysis/scoring/silhouette.js';
import { createRng } from '../../../src/analysis/compute/random.js';
import type { Matrix } from '../../../src/analysis/types.js';
import { callingThread, openPool, withCallingThread } from '../../../src/analysis/compute/worker-pool.js';
import { fitKMeansSweep } from '../../../src/analysis/models/kmeans.js';
import { fitKMeansSweepOnPool } from '../../../src/analysis/models/kmeans-parallel.js';

function cloud(rows: number, seed: number): Matrix {
  const rng = createRng(seed);
  const data = new Float64Array(rows * 3);
  for (let i = 0; i < rows * 3; i++) data[i] = rng.normal() + (i % 7 === 0 ? 3 : 0);
  return { rows, cols: 3, data };
}

function labelings(rows: number, seed: number): Int32Array[] {
  const rng = createRng(seed);
  // Three partitions, one with noise (-1), as the selection hands them over.
  return [2, 4, 6].map((k) => Int32Array.from({ length: rows }, () => (k === 6 && rng.next() < 0.05 ? -1 : rng.int(k))));
}

describe('worker pool', () => {
  const failures: Error[] = [];
  const pool = openPool({ workers: 2, onWorkerFailure: (e) => failures.push(e) });
  afterAll(() => pool.close());

  it('scores the silhouette on two threads with exactly the one-thread value', async () => {
    const points = cloud(3000, 1);
    const labels = labelings(3000, 2);
    const options = { seed: 5, sampleSize: 1_000 };
    const single = silhouetteScores(points, labels, options);
    const threaded = await silhouetteScoresOnPool(pool, points, labels, options);
    expect(failures).toEqual([]);
    expect(threaded).toEqual(single); // toEqual on numbers is Object.is: every bit the same
    expect(single.every((r) => r.score !== null && r.sampleSize > 900)).toBe(true);
  });

  it('scores isolation-forest rows in slices with exactly the one-thread scores', async () => {
    const points = cloud(5000, 3);
    const single = fitIsolationForest(points, { seed: 9, trees: 30 });
    const threaded = await fitIsolationForestOnPool(pool, points, { seed: 9, trees: 30 });
    expect(failures).toEqual([]);
    expect(Buffer.from(threaded.scores.buffer).equals(Buffer.from(single.scores.buffer))).toBe(true);
    expect(threaded.params).toEqual(single.params);
  });

  it('runs on the calling thread when asked for one worker', async () => {
    expect(openPool({ workers: 1 })).toBe(callingThread);
    const points = cloud(500, 4);
    expect(await silhouetteScoresOnPool(callingThread, points, labelings(500, 6), { seed: 1 })).toEqual(silhouetteScores(points, labelings(500, 6), { seed: 1 }));
  });

  it('runs one background thread beside the calling thread, with the same values', async () => {
    const background = openPool({ workers: 1, background: true, onWorkerFailure: (e) => failures.push(e) });
    try {
      expect(background).not.toBe(callingThread);
      expect(background.threads).toBe(1);
      const points = cloud(2000, 7);
      const labels = labelings(2000, 8);
      // Both parts are posted at once: the thread runs them in order while this thread is free.
      const scoring = silhouetteScoresOnPool(background, points, labels, { seed: 3 });
      const forest = fitIsolationForestOnPool(background, points, { seed: 4, trees: 20 });
      expect(await scoring).toEqual(silhouetteScores(points, labels, { seed: 3 }));
      expect(Buffer.from((await forest).scores.buffer).equals(Buffer.from(fitIsolationForest(points, { seed: 4, trees: 20 }).scores.buffer))).toBe(true);
      expect(failures).toEqual([]);
    } finally {
      await background.close();
    }
  });

  it('shares k-means restarts between a background thread and the calling thread, with the one-thread fits', async () => {
    const background = openPool({ workers: 1, background: true, onWorkerFailure: (e) => failures.push(e) });
    try {
      const both = withCallingThread(background);
      expect(both.threads).toBe(2);
      expect(withCallingThread(callingThread)).toBe(callingThread);
      const points = cloud(1500, 10);
      const options = { seed: 12, restarts: 4 };
      const shared = await fitKMeansSweepOnPool(both, points, [2, 3, 4, 5], options);
      expect(JSON.stringify(shared)).toBe(JSON.stringify(fitKMeansSweep(points, [2, 3, 4, 5], options)));
      expect(failures).toEqual([]);
      await both.close(); // leaves the background pool to its owner
      expect(await silhouetteScoresOnPool(background, points, labelings(1500, 11), { seed: 2 })).toEqual(silhouetteScores(points, labelings(1500, 11), { seed: 2 }));
    } finally {
      await background.close();
    }
  });

  it('rejects a bad number of workers', () => {
    expect(() => openPool({ workers: 1.5 })).toThrow(/workers must be a whole number >= 1, got 1.5/);
  });
});
