/**
 * The selection's jobs (every family's fit, the stability refits, the partition BICs) run in worker
 * threads, not only on the calling thread, and give exactly the one-thread results there. A job
 * missing from the threads' list would still pass an equality test (the pool reruns it here), so the
 * pool's counts say where each job was answered.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ENGINE_JOBS } from '../../../src/analysis/engine-jobs.js';
import { dbscanFamily, familyFitJob, gmmFamily, kmeansFamily, stabilityRefitJob, wardFamily } from '../../../src/analysis/models/families.js';
import { partitionBics, partitionBicsJob, partitionBicsOnPool } from '../../../src/analysis/scoring/partition-bic.js';
import { refitResample } from '../../../src/analysis/scoring/stability.js';
import { selectModel } from '../../../src/analysis/scoring/selection.js';
import { createRng } from '../../../src/analysis/compute/random.js';
import { callingThread, openPool, type ComputePool } from '../../../src/analysis/compute/worker-pool.js';
import type { Matrix } from '../../../src/analysis/types.js';

function blobs(rows: number, seed: number): Matrix {
  const rng = createRng(seed);
  const data = new Float64Array(rows * 3);
  for (let i = 0; i < rows; i++) {
    const centre = i % 3;
    for (let j = 0; j < 3; j++) data[i * 3 + j] = rng.normal() * 0.4 + (j === centre ? 4 : 0);
  }
  return { rows, cols: 3, data };
}

const json = (value: unknown) => JSON.stringify(value, (_, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Int32Array) : v));

/** Runs work on the pool and returns its result with the jobs the pool's threads answered meanwhile. */
async function onThreads<T>(pool: ComputePool, work: () => Promise<T>): Promise<{ result: T; onThreads: number; rerunHere: number }> {
  const before = pool.counts();
  const result = await work();
  const after = pool.counts();
  return { result, onThreads: after.onThreads - before.onThreads, rerunHere: after.rerunHere - before.rerunHere };
}

describe('engine jobs on worker threads', () => {
  const failures: Error[] = [];
  const pool = openPool({ workers: 2, onWorkerFailure: (e) => failures.push(e) });
  afterAll(() => pool.close());
  const points = blobs(3000, 1);

  it('lists every job of the selection for the threads', () => {
    for (const job of [familyFitJob, stabilityRefitJob, partitionBicsJob]) expect(ENGINE_JOBS.get(job.name)).toBe(job);
  });

  it('fits Ward and DBSCAN in a thread each, with the one-thread candidates', async () => {
    for (const factory of [wardFamily, dbscanFamily]) {
      const family = factory({ seed: 4, ks: [2, 3, 4] });
      const threaded = await onThreads(pool, async () => family.fit(points, pool));
      expect(threaded.onThreads).toBe(1);
      expect(threaded.rerunHere).toBe(0);
      expect(json(threaded.result)).toBe(json(await family.fit(points, callingThread)));
    }
    expect(failures).toEqual([]);
  });

  it('refits stability resamples in threads, with the one-thread labels', async () => {
    const fits = [{ k: 3, params: {} }, { k: 4, params: {} }];
    const inputs = [0, 1, 2].map((resample) => ({ algorithm: 'kmeans' as const, fits, points: pool.share(points), seed: 7, sampleSize: 1000, resample }));
    const threaded = await onThreads(pool, () => pool.run(stabilityRefitJob, inputs));
    expect(threaded.onThreads).toBe(3);
    expect(threaded.rerunHere).toBe(0);
    const here = [0, 1, 2].map((r) => refitResample(points, kmeansFamily({ seed: 0, ks: [] }).refit(fits), 7, 1000, r));
    expect(json(threaded.result)).toBe(json(here));
  });

  it('computes partition BICs in threads, with the one-thread values', async () => {
    const labelings = [2, 3, 4, 5].map((k) => Int32Array.from({ length: points.rows }, (_, i) => i % k));
    const options = { seed: 3, sampleSize: 1500, penalty: 0.4 };
    const threaded = await onThreads(pool, () => partitionBicsOnPool(pool, points, labelings, options));
    expect(threaded.onThreads).toBeGreaterThan(1);
    expect(threaded.rerunHere).toBe(0);
    expect(threaded.result).toEqual(partitionBics(points, labelings, options)); // Object.is per number
  });

  it('selects the same model with one thread and with two, every job answered by a thread', async () => {
    const families = { kmeans: kmeansFamily, ward: wardFamily, dbscan: dbscanFamily, gmm: gmmFamily };
    const options = { seed: 11, kMax: 5, families, stabilityResamples: 2, stabilitySample: 800, silhouetteSample: 1000, screenSample: 300 };
    const one = await selectModel(points, { ...options, pool: callingThread });
    const two = await onThreads(pool, () => selectModel(points, { ...options, pool }));
    expect(json(two.result)).toBe(json(one));
    expect(two.onThreads).toBeGreaterThan(10);
    expect(two.rerunHere).toBe(0);
    expect(failures).toEqual([]);
  });
});
