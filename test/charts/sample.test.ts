import { describe, expect, it } from 'vitest';
import { stratifiedSample } from '../../src/charts/sample.js';

const strata = Int32Array.from({ length: 20_000 }, (_, i) => (i % 100 === 0 ? 3 : i % 3));

describe('stratifiedSample', () => {
  it('returns every index when the input is small enough', () => {
    expect([...stratifiedSample([0, 1, 1], 10, 1)]).toEqual([0, 1, 2]);
  });

  it('never exceeds maxPoints and keeps each stratum near its share', () => {
    const picked = stratifiedSample(strata, 2000, 42);
    expect(picked.length).toBeLessThanOrEqual(2000);
    expect(picked.length).toBeGreaterThan(1990);
    const perStratum = [0, 0, 0, 0];
    for (const i of picked) perStratum[strata[i]]++;
    expect(perStratum[3]).toBeGreaterThanOrEqual(25); // 200 of 20,000: floor keeps it visible
    expect(Math.abs(perStratum[0] - perStratum[1])).toBeLessThan(20);
  });

  it('returns sorted, distinct indices', () => {
    const picked = stratifiedSample(strata, 500, 7);
    for (let i = 1; i < picked.length; i++) expect(picked[i]).toBeGreaterThan(picked[i - 1]);
  });

  it('is the same for the same seed and differs for another seed', () => {
    expect(stratifiedSample(strata, 500, 7)).toEqual(stratifiedSample(strata, 500, 7));
    expect(stratifiedSample(strata, 500, 7)).not.toEqual(stratifiedSample(strata, 500, 8));
  });
});
