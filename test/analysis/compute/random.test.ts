import { describe, expect, it } from 'vitest';
import { AnalysisError } from '../../../src/errors.js';
import { bootstrapIndices, createRng, deriveSeed, sampleIndices, shuffle } from '../../../src/analysis/compute/random.js';

describe('createRng', () => {
  it('gives the same stream for the same seed and a different one for another seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const fromA = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(fromA);
    expect(Array.from({ length: 50 }, () => c.next())).not.toEqual(fromA);
  });

  it('stays in [0, 1) and looks uniform', () => {
    const rng = createRng(7);
    let sum = 0;
    let outside = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const v = rng.next();
      if (!(v >= 0 && v < 1)) outside++;
      sum += v;
    }
    expect(outside).toBe(0);
    expect(sum / n).toBeCloseTo(0.5, 1);
  });

  it('int(n) covers 0..n-1 and nothing else', () => {
    const rng = createRng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(rng.int(5));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('normal() has mean ~0 and sd ~1', () => {
    const rng = createRng(3);
    const n = 20000;
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const v = rng.normal();
      sum += v;
      squares += v * v;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.03);
    expect(Math.sqrt(squares / n - (sum / n) ** 2)).toBeCloseTo(1, 1);
  });

  it('seeds 0 and large safe integers work', () => {
    expect(createRng(0).next()).not.toBe(createRng(1).next());
    expect(createRng(2 ** 40).next()).not.toBe(createRng(2 ** 40 + 1).next());
  });

  it('rejects a non-integer seed', () => {
    expect(() => createRng(1.5)).toThrow(AnalysisError);
    expect(() => createRng(Number.NaN)).toThrow(/seed must be an integer/);
  });
});

describe('deriveSeed', () => {
  it('is stable and separates labels', () => {
    expect(deriveSeed(42, 'kmeans', 3, 0)).toBe(deriveSeed(42, 'kmeans', 3, 0));
    const seeds = new Set([deriveSeed(42, 'kmeans', 3, 0), deriveSeed(42, 'kmeans', 3, 1), deriveSeed(42, 'kmeans', 4, 0), deriveSeed(42, 'ward'), deriveSeed(43, 'kmeans', 3, 0)]);
    expect(seeds.size).toBe(5);
    expect(deriveSeed(42, 'x')).toBeGreaterThanOrEqual(0);
    expect(deriveSeed(42, 'x')).toBeLessThan(2 ** 32);
  });
});

describe('sampleIndices', () => {
  it('returns sorted distinct indices, the same for the same seed, in both regimes', () => {
    for (const [n, m] of [
      [100000, 50],
      [100, 60],
    ]) {
      const s = sampleIndices(n, m, 9);
      expect(s.length).toBe(m);
      for (let i = 1; i < s.length; i++) expect(s[i]).toBeGreaterThan(s[i - 1]);
      expect(s[0]).toBeGreaterThanOrEqual(0);
      expect(s[m - 1]).toBeLessThan(n);
      expect(Array.from(sampleIndices(n, m, 9))).toEqual(Array.from(s));
      expect(Array.from(sampleIndices(n, m, 10))).not.toEqual(Array.from(s));
    }
  });

  it('returns everything when m = n', () => {
    expect(Array.from(sampleIndices(5, 5, 1))).toEqual([0, 1, 2, 3, 4]);
  });

  it('rejects a sample larger than the population', () => {
    expect(() => sampleIndices(3, 4, 1)).toThrow(/at most 3/);
  });

  it('rejects a negative or fractional size', () => {
    expect(() => sampleIndices(-1, 0, 1)).toThrow(AnalysisError);
    expect(() => sampleIndices(10, 2.5, 1)).toThrow(AnalysisError);
  });
});

describe('bootstrapIndices and shuffle', () => {
  it('bootstrap draws n indices with replacement, deterministically', () => {
    const b = bootstrapIndices(100, 5);
    expect(b.length).toBe(100);
    expect(new Set(b).size).toBeLessThan(100);
    expect(Array.from(bootstrapIndices(100, 5))).toEqual(Array.from(b));
  });

  it('bootstrap refuses an empty population', () => {
    expect(() => bootstrapIndices(0, 1, 3)).toThrow(/empty population/);
  });

  it('shuffle permutes a copy and leaves the input alone', () => {
    const input = Int32Array.from({ length: 20 }, (_, i) => i);
    const out = shuffle(input, 4);
    expect(Array.from(input)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(Array.from(out).sort((a, b) => a - b)).toEqual(Array.from(input));
    expect(Array.from(out)).not.toEqual(Array.from(input));
    expect(Array.from(shuffle(input, 4))).toEqual(Array.from(out));
  });
});
