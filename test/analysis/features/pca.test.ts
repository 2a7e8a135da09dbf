import { describe, expect, it } from 'vitest';
import { PCA } from 'ml-pca';
import { AnalysisError } from '../../../src/errors.js';
import { projectPca } from '../../../src/analysis/features/pca.js';
import { createRng } from '../../../src/analysis/compute/random.js';
import type { Matrix } from '../../../src/analysis/types.js';

const matrix = (rows: number[][]): Matrix => ({ rows: rows.length, cols: rows[0]?.length ?? 0, data: Float64Array.from(rows.flat()) });

describe('projectPca', () => {
  it('solves a known case exactly: a diamond stretched along the first axis', () => {
    const p = projectPca(
      matrix([
        [2, 0],
        [0, 1],
        [-2, 0],
        [0, -1],
      ]),
    );
    expect(p.explainedVariance[0]).toBeCloseTo(0.8, 12);
    expect(p.explainedVariance[1]).toBeCloseTo(0.2, 12);
    expect(Array.from(p.x).map((v) => Math.round(v * 1e9) / 1e9 + 0)).toEqual([2, 0, -2, 0]);
    expect(Array.from(p.y).map((v) => Math.round(v * 1e9) / 1e9 + 0)).toEqual([0, 1, 0, -1]);
    expect(p.loadings[0][0]).toBeCloseTo(1, 12);
    expect(p.loadings[1][1]).toBeCloseTo(1, 12);
  });

  it('finds the direction of a noisy line and fixes its sign (largest loading positive)', () => {
    const rng = createRng(1);
    const rows: number[][] = [];
    for (let i = 0; i < 500; i++) {
      const t = rng.normal() * 3;
      rows.push([-t + 0.05 * rng.normal(), -2 * t + 0.05 * rng.normal(), 0.1 * rng.normal()]);
    }
    const p = projectPca(matrix(rows));
    expect(p.loadings[0][0]).toBeCloseTo(1 / Math.sqrt(5), 2);
    expect(p.loadings[1][0]).toBeCloseTo(2 / Math.sqrt(5), 2);
    expect(p.explainedVariance[0]).toBeGreaterThan(0.99);
  });

  it('agrees with ml-pca run on the raw rows (up to sign)', () => {
    const rng = createRng(2);
    const rows = Array.from({ length: 200 }, () => {
      const a = rng.normal();
      return [a + rng.normal() * 0.5, a * 0.3 + rng.normal(), rng.normal() * 2, a];
    });
    const ours = projectPca(matrix(rows));
    const reference = new PCA(rows);
    const explained = reference.getExplainedVariance();
    expect(ours.explainedVariance[0]).toBeCloseTo(explained[0], 10);
    expect(ours.explainedVariance[1]).toBeCloseTo(explained[1], 10);
    const projected = reference.predict(rows).to2DArray();
    for (let i = 0; i < rows.length; i += 17) {
      expect(Math.abs(ours.x[i])).toBeCloseTo(Math.abs(projected[i][0]), 8);
      expect(Math.abs(ours.y[i])).toBeCloseTo(Math.abs(projected[i][1]), 8);
    }
  });

  it('is byte-identical on repeat and returns the means it centred on', () => {
    const rng = createRng(3);
    const m: Matrix = { rows: 300, cols: 3, data: Float64Array.from({ length: 900 }, () => rng.normal() + 5) };
    const a = projectPca(m);
    const b = projectPca(m);
    expect(Buffer.from(a.x.buffer).equals(Buffer.from(b.x.buffer))).toBe(true);
    expect(Buffer.from(a.y.buffer).equals(Buffer.from(b.y.buffer))).toBe(true);
    expect(a.means[0]).toBeCloseTo(5, 0);
  });

  it('gives a zero map, not NaN, when every customer is identical', () => {
    const p = projectPca(
      matrix([
        [1, 1],
        [1, 1],
        [1, 1],
      ]),
    );
    expect(p.explainedVariance).toEqual([0, 0]);
    expect(Array.from(p.x)).toEqual([0, 0, 0]);
  });

  it('rejects a single feature', () => {
    expect(() => projectPca(matrix([[1], [2], [3]]))).toThrow(expect.objectContaining({ code: 'TOO_FEW_FEATURES' }));
  });

  it('rejects an empty matrix', () => {
    expect(() => projectPca({ rows: 0, cols: 2, data: new Float64Array(0) })).toThrow(expect.objectContaining({ code: 'EMPTY_MATRIX' }));
  });

  it('rejects a single customer', () => {
    expect(() => projectPca(matrix([[1, 2]]))).toThrow(expect.objectContaining({ code: 'TOO_FEW_POINTS' }));
  });

  it('rejects NaN in the data', () => {
    expect(() =>
      projectPca(
        matrix([
          [1, 2],
          [Number.NaN, 3],
        ]),
      ),
    ).toThrow(AnalysisError);
  });
});
