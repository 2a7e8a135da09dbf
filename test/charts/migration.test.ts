import { describe, expect, it } from 'vitest';
import { LOST_CUSTOMERS, NEW_CUSTOMERS, chartTexts, migrationSpec, migrationTable } from '../../src/charts/index.js';
import type { Assignments } from '../../src/result/index.js';
import { laterAssignments, makeFixture } from './fixtures.js';

function tiny(ids: string[], segments: number[]): Assignments {
  const n = ids.length;
  return {
    customerIds: ids, segment: Int32Array.from(segments), segmentNames: new Map(), rfmSegment: new Int16Array(n).fill(-1), rfmSegmentNames: [],
    recencyDays: new Float64Array(n), frequency: new Float64Array(n), monetary: new Float64Array(n), anomalyScore: new Float64Array(n), x: new Float64Array(n), y: new Float64Array(n),
  };
}

describe('migrationTable', () => {
  it('matches customers by id and counts new and lost customers apart', () => {
    const from = tiny(['a', 'b', 'c', 'd'], [0, 0, 1, 1]);
    const to = tiny(['b', 'c', 'a', 'e'], [1, 1, 0, 0]);
    const names = new Map([[0, 'Loyal'], [1, 'Lapsing']]);
    const table = migrationTable(from, to, names, names);
    expect(table.rows).toEqual(['Loyal', 'Lapsing', NEW_CUSTOMERS]);
    expect(table.columns).toEqual(['Loyal', 'Lapsing', LOST_CUSTOMERS]);
    expect(table.counts).toEqual([
      [1, 1, 0], // a stayed, b moved to Lapsing
      [0, 1, 1], // c stayed, d is gone
      [1, 0, 0], // e is new, in Loyal
    ]);
  });

  it('rejects a run that lists a customer twice', () => {
    const once = tiny(['a', 'b'], [0, 1]);
    const twice = tiny(['a', 'b', 'a'], [0, 1, 1]);
    expect(() => migrationTable(twice, once, new Map(), new Map())).toThrow(/customer "a" appears twice in the earlier run's assignments/);
    expect(() => migrationTable(once, twice, new Map(), new Map())).toThrow(/customer "a" appears twice in the later run's assignments/);
  });

  it('leaves out the new row and lost column when nobody came or went', () => {
    const a = tiny(['a', 'b'], [0, 1]);
    const table = migrationTable(a, a, new Map(), new Map());
    expect(table.rows).toEqual(['Segment 1', 'Segment 2']);
    expect(table.counts).toEqual([[1, 0], [0, 1]]);
  });
});

describe('migrationSpec', () => {
  it('titles the share that stayed and the largest move, counting every customer once', () => {
    const { assignments } = makeFixture({ customers: 2000 });
    const later = laterAssignments(assignments);
    const spec = migrationSpec(assignments, later, assignments.segmentNames, later.segmentNames);
    const cells = spec.data.datasets[0].data;
    const lost = cells.filter((c) => c.x === LOST_CUSTOMERS).reduce((s, c) => s + c.v, 0);
    const total = cells.reduce((s, c) => s + c.v, 0);
    expect(total - lost).toBe(later.customerIds.length);
    expect(total - cells.filter((c) => c.y === NEW_CUSTOMERS).reduce((s, c) => s + c.v, 0)).toBe(2000);
    expect(chartTexts(spec).title).toMatch(/^\d+% of returning customers stayed in a segment of the same name; the largest move: .+ → .+ \(\d+\)$/);
  });
});
