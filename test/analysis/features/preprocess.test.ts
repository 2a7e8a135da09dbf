import { describe, expect, it } from 'vitest';
import { kthSmallestInPlace, medianInPlace, medianOfSorted, prepareFeatures, signedLog1p } from '../../../src/analysis/features/preprocess.js';
import { createRng } from '../../../src/analysis/compute/random.js';
import type { CustomerFeatures } from '../../../src/analysis/types.js';
import { AnalysisError } from '../../../src/errors.js';

function table(): CustomerFeatures {
  return {
    shape: 'customers',
    customerIds: ['a', 'b', 'c', 'd'],
    numeric: [
      { name: 'Income', label: 'Income', description: 'yearly income', unit: 'money', values: Float64Array.from([10, 100, 1000, 10000]), log1p: true, clustering: true },
      { name: 'Kids', label: 'Kids', description: 'children at home', unit: 'count', values: Float64Array.from([0, 1, 2, 1]), log1p: false, clustering: true },
      { name: 'Age', label: 'Age', description: 'age', unit: 'years', values: Float64Array.from([30, 40, 50, 60]), log1p: false, clustering: false },
    ],
    categorical: [
      { name: 'Education', levels: ['Basic', 'PhD'], codes: Int32Array.from([0, 1, 1, -1]), clustering: true },
      { name: 'country', levels: ['UK'], codes: Int32Array.from([0, 0, 0, 0]), clustering: false },
    ],
    revenue: null,
  };
}

describe('preprocessing', () => {
  it('log1p-transforms, one-hot encodes and standardizes the clustering columns only', () => {
    const p = prepareFeatures(table());
    expect(p.columns).toEqual(['Income', 'Kids', 'Education=Basic', 'Education=PhD']);
    expect(p.matrix.rows).toBe(4);
    expect(p.matrix.cols).toBe(4);
    for (let j = 0; j < 4; j++) {
      let sum = 0;
      let ss = 0;
      for (let i = 0; i < 4; i++) sum += p.matrix.data[i * 4 + j];
      for (let i = 0; i < 4; i++) ss += p.matrix.data[i * 4 + j] ** 2;
      expect(sum / 4).toBeCloseTo(0, 12);
      expect(ss / 4).toBeCloseTo(1, 12);
    }
  });

  it('records scaling entries that reproduce the matrix from raw values', () => {
    const data = table();
    const p = prepareFeatures(data);
    const income = p.scaling[0];
    expect(income).toMatchObject({ feature: 'Income', transform: 'log1p' });
    for (let i = 0; i < 4; i++) {
      expect((Math.log1p(data.numeric[0].values[i]) - income.center) / income.scale).toBeCloseTo(p.matrix.data[i * 4], 12);
    }
    // A missing category is all zeros before centring.
    const basic = p.scaling[2];
    expect((0 - basic.center) / basic.scale).toBeCloseTo(p.matrix.data[3 * 4 + 2], 12);
  });

  it('defines every feature with raw-scale statistics, profile-only ones included', () => {
    const p = prepareFeatures(table());
    const age = p.features.find((f) => f.name === 'Age')!;
    expect(age).toMatchObject({ clustering: false, mean: 45, median: 45, min: 30, max: 60, kind: 'numeric' });
    expect(age.std).toBeCloseTo(Math.sqrt(125), 12);
    const phd = p.features.find((f) => f.name === 'Education=PhD')!;
    expect(phd).toMatchObject({ kind: 'onehot', mean: 0.5, clustering: true });
    expect(p.features.some((f) => f.name.startsWith('country'))).toBe(false);
  });

  it('keeps a constant column at zero instead of dividing by zero', () => {
    const data = table();
    data.numeric[1].values.fill(3);
    const p = prepareFeatures(data);
    expect(p.scaling[1].scale).toBe(1);
    expect([0, 1, 2, 3].map((i) => p.matrix.data[i * 4 + 1])).toEqual([0, 0, 0, 0]);
  });

  it('sets a missing clustering value to the column centre and counts it', () => {
    const data = table();
    data.numeric[1].values[2] = NaN;
    const p = prepareFeatures(data);
    expect(p.missingImputed).toBe(1);
    expect(p.matrix.data[2 * 4 + 1]).toBe(0);
  });

  it('keeps log1p finite for negative money (netted returns)', () => {
    expect(signedLog1p(-9)).toBeCloseTo(-Math.log(10), 12);
    expect(signedLog1p(9)).toBeCloseTo(Math.log(10), 12);
  });

  it('refuses data with no clustering feature', () => {
    const data = table();
    data.numeric = data.numeric.map((c) => ({ ...c, clustering: false }));
    data.categorical = [];
    expect(() => prepareFeatures(data)).toThrow(AnalysisError);
    expect(() => prepareFeatures(data)).toThrow(/no feature is marked for clustering/);
  });

  it('refuses a column whose length differs from the customer count', () => {
    const data = table();
    data.numeric[0].values = new Float64Array(3);
    expect(() => prepareFeatures(data)).toThrow(/Income has 3 values for 4 customers/);
  });
});

describe('selection instead of sorting', () => {
  it('finds the same median and order statistics as a sort, ties, runs and zeros included', () => {
    const rng = createRng(4);
    for (let t = 0; t < 300; t++) {
      const n = 1 + rng.int(t % 10 === 0 ? 3000 : 40);
      const kind = t % 4;
      const values = Float64Array.from({ length: n }, (_, i) => (kind === 0 ? rng.normal() : kind === 1 ? rng.int(3) : kind === 2 ? i : n - i));
      const sorted = Float64Array.from(values).sort();
      expect(medianInPlace(Float64Array.from(values))).toBe(medianOfSorted(sorted));
      const k = rng.int(n);
      expect(kthSmallestInPlace(Float64Array.from(values), k)).toBe(sorted[k]);
    }
  });
});
