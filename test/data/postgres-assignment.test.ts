/** buildAssignmentSql: its errors (pure), and its arithmetic run in the real Postgres on hand-made features. */
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import type { Selection } from '../../src/result/index.js';
import { buildAssignmentSql } from '../../src/data/postgres/index.js';
import { AnalysisError } from '../../src/errors.js';
import { findTestDatabase } from './postgres-fixture.js';

const database = await findTestDatabase();
if (database.url === null && process.env.CI === 'true') throw new Error(`CI=true but no Postgres answers: ${database.reason}`);

function selection(centroids: number[][], scaling: Selection['scaling']): Selection {
  return {
    chosenId: 'kmeans-k2', forced: true, rule: '', reason: '', silhouetteSample: { size: 0, seed: 0, exact: true },
    stabilityResamples: 0, minSegmentSize: 1, centroids, scaling,
  };
}

const scaling: Selection['scaling'] = [
  { feature: 'recency_days', transform: 'log1p', center: 3, scale: 2 },
  { feature: 'monetary', transform: 'none', center: 100, scale: 50 },
];

describe('buildAssignmentSql: bad models', () => {
  it('refuses a model without centroids', () => {
    expect(() => buildAssignmentSql(selection([], scaling), 'SELECT 1')).toThrow(AnalysisError);
  });
  it('refuses centroids whose width differs from the scaled features', () => {
    expect(() => buildAssignmentSql(selection([[0, 0, 0]], scaling), 'SELECT 1')).toThrow(/centroid 0 has 3 coordinates but the model scales 2 features/);
  });
  it('refuses a zero scale', () => {
    expect(() => buildAssignmentSql(selection([[0, 0]], [{ ...scaling[0], scale: 0 }, scaling[1]]), 'SELECT 1')).toThrow(/must be positive/);
  });
  it('refuses a model without scaling', () => {
    expect(() => buildAssignmentSql(selection([[]], []), 'SELECT 1')).toThrow(/no feature scaling/);
  });
});

describe.skipIf(database.url === null)('buildAssignmentSql in Postgres', () => {
  it('applies log1p and the scaling, imputes missing values as 0, and breaks ties to the lower segment', async () => {
    // z = ((log1p(recency) - 3) / 2, (monetary - 100) / 50)
    const features = `SELECT * FROM (VALUES
      ('a', CAST(0 AS DOUBLE PRECISION), CAST(100 AS DOUBLE PRECISION)),
      ('b', ${Math.expm1(7)}, 200),
      ('c', ${Math.expm1(3)}, NULL),
      ('d', ${Math.expm1(3)}, 150)
    ) AS f(customer_id, recency_days, monetary)`;
    // Centroids: 0 at the origin, 1 at (2, 2), 2 at (0, 1): d lies between 0 and 2 at equal distance 0.5.
    const sql = buildAssignmentSql(selection([[0, 0], [2, 2], [0, 1]], scaling), features);
    const client = new pg.Client({ connectionString: database.url! });
    await client.connect();
    try {
      const { rows } = await client.query<{ customer_id: string; segment: number }>(`${sql} ORDER BY customer_id`);
      // a: z = (-1.5, 0) -> 0; b: (2, 2) -> 1; c: (0, missing = 0) -> 0; d: (0, 1) -> 2 exactly.
      expect(rows.map((r) => [r.customer_id, r.segment])).toEqual([['a', 0], ['b', 1], ['c', 0], ['d', 2]]);
      const tie = buildAssignmentSql(selection([[0, 0.5], [0, 1.5], [0, 0]], scaling), features);
      const tied = await client.query<{ customer_id: string; segment: number }>(`${tie} ORDER BY customer_id`);
      // d sits at (0, 1): equally far from centroids 0 and 1; the lower wins.
      expect(tied.rows.find((r) => r.customer_id === 'd')!.segment).toBe(0);
    } finally {
      await client.end();
    }
  });
});
