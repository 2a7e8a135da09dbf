import { describe, expect, it } from 'vitest';
import { kmeansFamily } from '../../../src/analysis/models/families.js';
import { adjustedRandIndex } from '../../../src/analysis/scoring/metrics.js';
import { selectModel } from '../../../src/analysis/scoring/selection.js';
import { AnalysisError } from '../../../src/errors.js';
import { gaussianBlobs } from '../blobs.js';

const families = { kmeans: kmeansFamily };
const centres = [[0, 0], [6, 0], [0, 6], [6, 6]];

describe('model selection', () => {
  it('recovers four planted blobs and explains why', async () => {
    const { points, truth } = gaussianBlobs(centres, [80, 80, 80, 80], 0.7, 1);
    const out = await selectModel(points, { seed: 3, kMax: 7, algorithms: ['kmeans'], families });
    expect(out.selection.chosenId).toBe('kmeans-k4');
    expect(adjustedRandIndex(out.chosen.labels, truth)).toBeGreaterThan(0.9);
    expect(out.candidates).toHaveLength(6);
    expect(out.selection.reason).toMatch(/^kmeans k=4 won: partition BIC \d+ \(1st of \d\), silhouette 0\.\d\d \(1st\)/);
    expect(out.candidates.find((c) => c.id === 'kmeans-k4')!.rank).toBe(1);
    expect(out.selection.silhouetteSample).toMatchObject({ exact: true, size: 320 });
  });

  it('rejects a candidate whose smallest segment is under the minimum size', async () => {
    // A planted group of 12 customers: splitting it off is below the minimum of 20.
    const { points } = gaussianBlobs([[0, 0], [8, 0], [4, 9]], [150, 150, 12], 0.6, 2);
    // Two real groups plus a tiny one: allow a two-segment winner (the default wants 3).
    const out = await selectModel(points, { seed: 3, kMax: 4, algorithms: ['kmeans'], minSegments: 2, families });
    const k3 = out.candidates.find((c) => c.id === 'kmeans-k3')!;
    expect(k3.eligible).toBe(false);
    expect(k3.rejectedBecause.join()).toMatch(/smallest segment has 12 customers, below the minimum of 20/);
    expect(out.selection.minSegmentSize).toBe(20);
    expect(out.selection.chosenId).not.toBe('kmeans-k3');
  });

  it('forces algorithm and k', async () => {
    const { points } = gaussianBlobs(centres, [60, 60, 60, 60], 0.7, 4);
    const out = await selectModel(points, { seed: 3, algorithm: 'kmeans', k: 3, families });
    expect(out.selection.forced).toBe(true);
    expect(out.selection.chosenId).toBe('kmeans-k3');
    expect(out.candidates.map((c) => c.id)).toEqual(['kmeans-k3']);
    expect(out.selection.reason).toMatch(/^Forced by algorithm=kmeans, k=3\./);
  });

  it('falls back to the best k-means by silhouette when nothing is eligible, and says so', async () => {
    const { points } = gaussianBlobs(centres, [30, 30, 30, 30], 0.7, 5);
    const out = await selectModel(points, { seed: 3, kMax: 5, algorithms: ['kmeans'], minSegmentSize: 500, minSegments: 2, families });
    expect(out.candidates.every((c) => !c.eligible)).toBe(true);
    expect(out.selection.reason).toMatch(/^No candidate met the rules \(a segment below the minimum size: 4.*so kmeans k=\d was taken as the best k-means by silhouette/);
  });

  it('refuses fewer customers than k', async () => {
    const { points } = gaussianBlobs([[0, 0]], [5], 1, 6);
    await expect(selectModel(points, { seed: 1, k: 6, families })).rejects.toThrow(AnalysisError);
    await expect(selectModel(points, { seed: 1, k: 6, families })).rejects.toThrow(/k=6 segments but there are only 5 customers/);
  });

  it('refuses a single customer', async () => {
    const { points } = gaussianBlobs([[0, 0]], [1], 1, 6);
    await expect(selectModel(points, { seed: 1, families })).rejects.toThrow(/only 1 customer left/);
  });

  it('refuses k for dbscan, which finds its own k', async () => {
    const { points } = gaussianBlobs([[0, 0]], [30], 1, 6);
    await expect(selectModel(points, { seed: 1, k: 3, algorithm: 'dbscan', families })).rejects.toThrow(/dbscan finds its own number/);
  });
});
