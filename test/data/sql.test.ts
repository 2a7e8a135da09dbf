/** The feature SQL gives the same numbers in DuckDB and in the real Postgres on loopback. */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDuckDb, queryColumns, type DuckDb } from '../../src/data/duckdb.js';
import { customerFeatureSql, minusDays, totalsSql } from '../../src/data/index.js';

// Ids chosen so that byte order and a locale's order differ ('B' < 'a' only in byte order).
const LINES: [string, string, string, string, string, string][] = [
  ['a', '2023-01-02 10:00:00', 'I1', '10.10', 'P1', 'France'],
  ['a', '2023-01-02 10:00:00', 'I1', '0.20', 'P2', 'France'],
  ['a', '2023-03-30 09:00:00', 'I2', '5.00', 'P1', 'Spain'],
  ['B', '2023-02-01 12:00:00', 'I3', '7.70', 'P3', 'Spain'],
  ['B', '2023-02-01 12:00:00', 'I3', '7.70', 'P4', 'France'],
  ['007', '2022-12-01 08:00:00', 'I4', '1.01', 'P1', 'Italy'],
  ['007', '2023-04-01 08:00:00', 'I5', '3.33', 'P2', 'Italy'],
];
const AS_OF = '2023-04-02';
const options = { asOf: AS_OF, hasInvoice: true, hasProduct: true, hasCountry: true };

async function postgresClient(): Promise<pg.Client | null> {
  for (const user of ['postgres', 'root']) {
    const client = new pg.Client({ host: '127.0.0.1', port: 5432, user, database: 'test', connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      return client;
    } catch {
      await client.end().catch(() => undefined);
    }
  }
  return null;
}

describe('customerFeatureSql', () => {
  let duck: DuckDb;
  let client: pg.Client | null;
  beforeAll(async () => {
    duck = await openDuckDb();
    const values = LINES.map((l) => `('${l[0]}', TIMESTAMP '${l[1]}', '${l[2]}', CAST(${l[3]} AS DECIMAL(38,8)), '${l[4]}', '${l[5]}')`).join(', ');
    await duck.connection.run(`CREATE TABLE feature_lines AS SELECT * FROM (VALUES ${values}) AS t(customer_id, ts, invoice, value, product, country)`);
    client = await postgresClient();
    if (!client && process.env.CI === 'true') throw new Error('CI needs Postgres on 127.0.0.1:5432');
    if (client) {
      await client.query('CREATE TEMP TABLE feature_lines (customer_id text, ts timestamp, invoice text, value numeric, product text, country text)');
      for (const l of LINES) await client.query('INSERT INTO feature_lines VALUES ($1, $2, $3, $4, $5, $6)', l);
    }
  });
  afterAll(async () => {
    duck?.close();
    await client?.end();
  });

  it('computes RFM and profile features in DuckDB, customers in byte order', async () => {
    const cols = await queryColumns(duck.connection, customerFeatureSql({ dialect: 'duckdb', source: 'feature_lines', ...options }));
    expect(cols.customer_id).toEqual(['007', 'B', 'a']);
    expect(cols.recency_days).toEqual([1, 60, 3]);
    expect(cols.frequency).toEqual([2, 1, 2]);
    expect(cols.monetary).toEqual([4.34, 15.4, 15.3]);
    expect(cols.tenure_days).toEqual([122, 60, 90]);
    expect(cols.avg_basket_value).toEqual([2.17, 15.4, 7.65]);
    expect(cols.spend_90d).toEqual([3.33, 15.4, 15.3]); // the window starts at 00:00 on asOf - 90 days
    expect(cols.distinct_products).toEqual([2, 2, 2]);
    // B spent 7.70 in France and in Spain: the tie goes to the first name.
    expect(cols.country).toEqual(['Italy', 'France', 'France']);
  });

  it('gives the same rows in Postgres', async (ctx) => {
    if (!client) return ctx.skip();
    const duckCols = await queryColumns(duck.connection, customerFeatureSql({ dialect: 'duckdb', source: 'feature_lines', ...options }));
    const result = await client.query(customerFeatureSql({ dialect: 'postgres', source: 'feature_lines', ...options }));
    for (const name of Object.keys(duckCols)) expect(result.rows.map((r) => r[name]), name).toEqual(duckCols[name]);
    const totals = await client.query(totalsSql({ source: 'feature_lines', hasInvoice: true }));
    expect(Number(totals.rows[0].customers)).toBe(3);
    expect(totals.rows[0].revenue).toBeCloseTo(35.04, 10);
  });

  it('gives a customer with no country none, and one country plus blanks that country, in both databases', async () => {
    const rows = "('x', TIMESTAMP '2023-03-01 10:00:00', 'I9', CAST(2 AS DECIMAL(38,8)), 'P1', NULL), " +
      "('y', TIMESTAMP '2023-03-01 10:00:00', 'I8', CAST(1 AS DECIMAL(38,8)), 'P1', NULL), ('y', TIMESTAMP '2023-03-02 10:00:00', 'I7', CAST(1 AS DECIMAL(38,8)), 'P1', 'Malta')";
    const source = `(SELECT * FROM feature_lines UNION ALL SELECT * FROM (VALUES ${rows}) AS extra(customer_id, ts, invoice, value, product, country))`;
    const cols = await queryColumns(duck.connection, customerFeatureSql({ dialect: 'duckdb', source, ...options }));
    expect(cols.customer_id).toEqual(['007', 'B', 'a', 'x', 'y']);
    expect(cols.country).toEqual(['Italy', 'France', 'France', null, 'Malta']);
    if (!client) return;
    const result = await client.query(customerFeatureSql({ dialect: 'postgres', source: source.replace(/DECIMAL\(38,8\)/g, 'NUMERIC').replace(/NULL\)/g, 'CAST(NULL AS TEXT))'), ...options }));
    expect(result.rows.map((r) => r.country)).toEqual(['Italy', 'France', 'France', null, 'Malta']);
  });

  it('counts purchase days as orders without an invoice column', async () => {
    const cols = await queryColumns(duck.connection, customerFeatureSql({ dialect: 'duckdb', source: 'feature_lines', asOf: AS_OF, hasInvoice: false, hasProduct: false, hasCountry: false }));
    expect(cols.frequency).toEqual([2, 1, 2]);
    expect(cols.distinct_products).toBeUndefined();
    expect(cols.country).toBeUndefined();
  });

  it('subtracts days across month ends', () => {
    expect(minusDays('2023-03-01', 90)).toBe('2022-12-01');
    expect(minusDays('2011-12-09', -1)).toBe('2011-12-10');
  });
});
