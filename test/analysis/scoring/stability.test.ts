import { describe, expect, it } from 'vitest';
import { fitKMeansSweep } from '../../../src/analysis/models/kmeans.js';
import { createRng } from '../../../src/analysis/compute/random.js';
import { bootstrapStability, subsampleSize } from '../../../src/analysis/scoring/stability.js';
import { createMatrix } from '../../../src/analysis/types.js';
import { gaussianBlobs } from '../blobs.js';

const refitKMeans = (ks: number[]) => (sample: Parameters<typeof fitKMeansSweep>[0], seed: number) =>
  fitKMeansSweep(sample, ks, { seed, restarts: 3 }).map((f) => f.labels);

describe('bootstrap stability', () => {
  it('is close to 1 for well-separated blobs at the true k', () => {
    const { points } = gaussianBlobs([[0, 0], [8, 0], [0, 8]], [100, 100, 100], 0.8, 1);
    const full = fitKMeansSweep(points, [3], { seed: 1 });
    const [stability] = bootstrapStability(points, full.map((f) => f.labels), refitKMeans([3]), { seed: 2 });
    expect(stability).toBeGreaterThan(0.98);
  });

  it('is lower for an arbitrary split of structureless data', () => {
    const rng = createRng(3);
    const points = createMatrix(300, 2);
    for (let i = 0; i < points.data.length; i++) points.data[i] = rng.next();
    const full = fitKMeansSweep(points, [3, 3 + 5], { seed: 1 });
    const [, eight] = bootstrapStability(points, full.map((f) => f.labels), refitKMeans([3, 8]), { seed: 2 });
    expect(eight).toBeLessThan(0.9);
  });

  it('is deterministic for a seed', () => {
    const { points } = gaussianBlobs([[0, 0], [3, 0]], [80, 80], 1.2, 4);
    const full = fitKMeansSweep(points, [2, 4], { seed: 1 });
    const run = () => bootstrapStability(points, full.map((f) => f.labels), refitKMeans([2, 4]), { seed: 9, resamples: 3 });
    expect(run()).toEqual(run());
  });

  it('returns null stabilities when resamples is 0', () => {
    const { points } = gaussianBlobs([[0, 0]], [10], 1, 5);
    expect(bootstrapStability(points, [new Int32Array(10)], () => [], { seed: 1, resamples: 0 })).toEqual([null]);
  });

  it('subsamples 80% of the customers, capped', () => {
    expect(subsampleSize(1000)).toBe(800);
    expect(subsampleSize(1_000_000)).toBe(5000);
    expect(subsampleSize(3)).toBe(2);
  });
});
