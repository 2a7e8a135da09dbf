import { describe, expect, it } from 'vitest';
import { partitionBics } from '../../../src/analysis/scoring/partition-bic.js';
import type { Matrix } from '../../../src/analysis/types.js';
import { gaussianBlobs } from '../blobs.js';

/** Two round groups of 300, and 6 customers of the first far out on the second column (dirt). */
function groupsWithDirt(): { points: Matrix; truth: Int32Array; walledOff: Int32Array } {
  const { points, truth } = gaussianBlobs([[0, 0], [6, 0]], [300, 300], 1, 4);
  const dirty = new Float64Array(points.data);
  for (let i = 0, moved = 0; moved < 6; i++) {
    if (truth[i] !== 0) continue;
    dirty[i * 2 + 1] += 14 + moved++;
  }
  // The first group cut in two so that its upper half takes the far-out customers with it.
  const walledOff = Int32Array.from(truth, (t, i) => (t === 0 && dirty[i * 2 + 1] > 0 ? 2 : t));
  return { points: { rows: points.rows, cols: 2, data: dirty }, truth, walledOff };
}

describe('partition BIC', () => {
  it('is not moved by a few far-out customers to split a group that walls them off', () => {
    const { points, truth, walledOff } = groupsWithDirt();
    const [plainTruth, plainSplit] = partitionBics(points, [truth, walledOff], { seed: 1, robust: false });
    expect(plainSplit!).toBeLessThan(plainTruth!); // without trimming, the split wins: the flaw this guards against
    const [robustTruth, robustSplit] = partitionBics(points, [truth, walledOff], { seed: 1 });
    expect(robustTruth!).toBeLessThan(robustSplit!);
  });

  it('leaves 0/1 columns out: a split along a category level is no better Gaussian fit', () => {
    const { points } = gaussianBlobs([[0, 0]], [400], 1, 5);
    const withLevel: Matrix = { rows: 400, cols: 3, data: new Float64Array(400 * 3) };
    const byLevel = new Int32Array(400);
    for (let i = 0; i < 400; i++) {
      withLevel.data.set(points.data.subarray(i * 2, i * 2 + 2), i * 3);
      byLevel[i] = i % 2;
      withLevel.data[i * 3 + 2] = byLevel[i];
    }
    const [split] = partitionBics(withLevel, [byLevel], { seed: 1 });
    const [sameSplitWithoutLevel] = partitionBics(points, [byLevel], { seed: 1 });
    expect(split).toBe(sameSplitWithoutLevel);
  });

  it('is null for a single group and the same for the same input and seed', () => {
    const { points, truth } = groupsWithDirt();
    expect(partitionBics(points, [new Int32Array(points.rows)], { seed: 1 })).toEqual([null]);
    expect(partitionBics(points, [truth], { seed: 7, sampleSize: 200 })).toEqual(partitionBics(points, [truth], { seed: 7, sampleSize: 200 }));
  });
});
