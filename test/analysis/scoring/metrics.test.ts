import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, calinskiHarabasz, daviesBouldin, inertia } from '../../../src/analysis/scoring/metrics.js';
import { silhouetteScore, silhouetteScores } from '../../../src/analysis/scoring/silhouette.js';
import { createMatrix, type Matrix } from '../../../src/analysis/types.js';

// The same formula in Python produced the reference values below with scikit-learn 1.2.1.
function formulaPoints(): Matrix {
  const n = 90;
  const d = 3;
  const m = createMatrix(n, d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) m.data[i * d + j] = Math.sin(i * 1.3 + j * 0.7) + (i % 3) * 1.5 * (j === 0 ? 1 : 0.5);
  }
  return m;
}
const points = formulaPoints();
const byThree = Int32Array.from({ length: 90 }, (_, i) => i % 3);
const byFour = Int32Array.from({ length: 90 }, (_, i) => (i * 7) % 4);

describe('metrics against scikit-learn', () => {
  it('silhouette matches silhouette_score when exact', () => {
    const r = silhouetteScore(points, byThree, { seed: 1 });
    expect(r.exact).toBe(true);
    expect(r.sampleSize).toBe(90);
    expect(r.score).toBeCloseTo(0.16292248576814194, 10);
    expect(silhouetteScore(points, byFour, { seed: 1 }).score).toBeCloseTo(-0.044845460294704056, 10);
  });

  it('Davies-Bouldin matches davies_bouldin_score', () => {
    expect(daviesBouldin(points, byThree)).toBeCloseTo(1.3299539115581807, 10);
    expect(daviesBouldin(points, byFour)).toBeCloseTo(48.11848878460492, 8);
  });

  it('Calinski-Harabasz matches calinski_harabasz_score', () => {
    expect(calinskiHarabasz(points, byThree)).toBeCloseTo(64.76037896658123, 8);
    expect(calinskiHarabasz(points, byFour)).toBeCloseTo(0.07287959198610246, 10);
  });

  it('inertia is the within-cluster sum of squares', () => {
    expect(inertia(points, byThree)).toBeCloseTo(134.54804839478396, 8);
  });

  it('adjusted Rand index matches adjusted_rand_score', () => {
    const a = Int32Array.from([0, 0, 0, 1, 1, 1, 2, 2, 2, 2]);
    const b = Int32Array.from([1, 1, 0, 0, 2, 2, 2, 3, 3, 3]);
    expect(adjustedRandIndex(a, b)).toBeCloseTo(0.3644067796610169, 12);
    expect(adjustedRandIndex(byThree, byFour)).toBeCloseTo(-0.02608225626569417, 12);
    expect(adjustedRandIndex(byThree, byThree.map((l) => 2 - l))).toBe(1);
  });
});

describe('metrics edge cases', () => {
  it('leaves noise out of silhouette, DB and CH', () => {
    const withNoise = byThree.map((l, i) => (i % 10 === 0 ? -1 : l));
    const r = silhouetteScore(points, withNoise, { seed: 1 });
    expect(r.sampleSize).toBe(81);
    expect(daviesBouldin(points, withNoise)).not.toBeNull();
  });

  it('returns null for a single cluster', () => {
    const one = new Int32Array(90);
    expect(silhouetteScore(points, one, { seed: 1 }).score).toBeNull();
    expect(daviesBouldin(points, one)).toBeNull();
    expect(calinskiHarabasz(points, one)).toBeNull();
  });

  it('samples silhouette deterministically above the sample size', () => {
    const a = silhouetteScore(points, byThree, { seed: 7, sampleSize: 40 });
    const b = silhouetteScore(points, byThree, { seed: 7, sampleSize: 40 });
    expect(a.exact).toBe(false);
    expect(a.sampleSize).toBe(40);
    expect(a.score).toBe(b.score);
    expect(a.score!).toBeGreaterThan(0);
  });

  it('scores several labelings at once, renamed duplicates included', () => {
    const renamed = byThree.map((l) => (l + 1) % 3);
    const [a, b, c] = silhouetteScores(points, [byThree, byFour, renamed], { seed: 1 });
    expect(a.score).toBeCloseTo(0.16292248576814194, 10);
    expect(b.score).toBeCloseTo(-0.044845460294704056, 10);
    expect(c).toEqual(a);
  });

  it('rejects labels of the wrong length', () => {
    expect(() => silhouetteScore(points, new Int32Array(3), { seed: 1 })).toThrow(/3 labels for 90 points/);
    expect(() => adjustedRandIndex(new Int32Array(3), new Int32Array(4))).toThrow(/same points/);
  });
});
