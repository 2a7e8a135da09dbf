import { describe, expect, it } from 'vitest';
import { clipOutliers, findOutliers, imputeMedian, mergeRareCategories, quantile } from '../../src/data/table-columns.js';

describe('customer-table column clean-up', () => {
  it('interpolates quantiles', () => {
    expect(quantile(Float64Array.of(1, 2, 3, 4), 0.5)).toBe(2.5);
  });

  it('flags impossible values and extreme ones, and clips them to the nearest kept value', () => {
    const ages = Float64Array.of(30, 40, 50, 121, 45, 35, Number.NaN);
    const flags = findOutliers(ages, { log1p: false, plausible: { min: 0, max: 100 } });
    expect([...flags]).toEqual([0, 0, 0, 1, 0, 0, 0]);
    clipOutliers(ages, flags);
    expect(ages[3]).toBe(50);
  });

  it('judges money on log scale, upper tail only', () => {
    const income = Float64Array.from([...Array.from({ length: 50 }, (_v, i) => 30_000 + i * 1_000), 1_000, 666_666]);
    const flags = findOutliers(income, { log1p: true });
    expect(flags[51]).toBe(1);
    expect(flags[50]).toBe(0);
  });

  it('imputes the median', () => {
    const v = Float64Array.of(1, Number.NaN, 3, 10);
    expect(imputeMedian(v)).toEqual({ count: 1, median: 3 });
    expect([...v]).toEqual([1, 3, 3, 10]);
  });

  it('merges levels under 1% into Other', () => {
    const values: (string | null)[] = [...Array(150).fill('Married'), ...Array(100).fill('Single'), 'YOLO', 'Absurd', null];
    const issue = mergeRareCategories(values, 'Marital_Status');
    expect(issue).toMatchObject({ code: 'RARE_CATEGORY_MERGED', count: 2, examples: ['Absurd', 'YOLO'] });
    expect(values.filter((v) => v === 'Other')).toHaveLength(2);
  });
});
