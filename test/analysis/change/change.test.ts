import { describe, expect, it } from 'vitest';
import { analyzeChange, reconciles, type ChangeSnapshot } from '../../../src/analysis/change/index.js';

const RFM = ['Champions', 'Loyal', 'At Risk', 'Lost'];

function snap(asOf: string, rows: [string, number, string, number][]): ChangeSnapshot {
  const sorted = [...rows].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return {
    asOf,
    customerIds: sorted.map((r) => r[0]),
    segment: sorted.map((r) => r[1]),
    segmentNames: new Map([[0, 'Big'], [1, 'Small']]),
    rfm: sorted.map((r) => RFM.indexOf(r[2])),
    rfmNames: RFM,
    anomaly: sorted.map(() => 0),
    monetary: sorted.map((r) => r[3]),
  };
}

describe('analyzeChange', () => {
  const ids = (p: string, n: number) => Array.from({ length: n }, (_, i) => `${p}${String(i).padStart(3, '0')}`);
  const before = snap('2026-11-30', [
    ...ids('a', 60).map((id) => [id, 0, 'Loyal', 100] as [string, number, string, number]),
    ...ids('b', 40).map((id) => [id, 1, 'Champions', 10] as [string, number, string, number]),
    ...ids('x', 5).map((id) => [id, 1, 'Lost', 1] as [string, number, string, number]),
  ]);
  const after = snap('2026-12-07', [
    ...ids('a', 60).map((id, i) => [id, i < 30 ? 1 : 0, i < 25 ? 'At Risk' : 'Loyal', 120] as [string, number, string, number]),
    ...ids('b', 40).map((id) => [id, 1, 'Champions', 10] as [string, number, string, number]),
    ...ids('n', 22).map((id) => [id, 0, 'Champions', 50] as [string, number, string, number]),
  ]);
  const r = analyzeChange(before, after);

  it('counts migration with new and lost customers, reconciling with both snapshots', () => {
    expect(r.segmentMigration.rows).toEqual(['S1', 'S2', 'New customers']);
    expect(r.segmentMigration.columns).toEqual(['S1', 'S2', 'Lost customers']);
    expect(r.segmentMigration.counts).toEqual([[30, 30, 0], [0, 40, 5], [22, 0, 0]]);
    expect(reconciles(r.segmentMigration, 105, 122)).toBe(true);
    expect(r.rfmMigration && reconciles(r.rfmMigration, 105, 122)).toBe(true);
    expect(r.customers).toEqual({ before: 105, after: 122, returning: 100, new: 22, lost: 5 });
  });

  it('finds who moved to At Risk and says why each change is worth mentioning', () => {
    expect(r.movedTo.atRisk).toEqual({ customers: 25, from: [{ name: 'Loyal', customers: 25 }] });
    const kinds = r.notable.map((n) => n.kind);
    expect(kinds).toContain('migration');
    expect(kinds).toContain('at-risk');
    expect(kinds).toContain('customers');
    expect(r.notable.every((n) => n.reason.length > 0 && n.customers >= 20)).toBe(true);
    expect(r.notable[0].customers).toBeGreaterThanOrEqual(r.notable[r.notable.length - 1].customers);
  });

  it('mentions nothing when nothing changed', () => {
    expect(analyzeChange(before, before).notable).toEqual([]);
  });
});
