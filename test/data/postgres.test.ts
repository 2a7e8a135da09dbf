/**
 * The Postgres source against the real server on 127.0.0.1:5432: pushed-down cleaning and
 * aggregation give exactly what the file loader gives, and the in-database assignment assigns
 * exactly as the engine. Skipped with a message where no server answers, except under CI=true.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { generateTransactions } from '../../src/data/generator.js';
import { loadCustomers, type LoadedData } from '../../src/data/index.js';
import { buildAssignmentSql, loadFromPostgres, postgresFeatureQuery } from '../../src/data/postgres/index.js';
import { runSegmentation } from '../../src/analysis/index.js';
import { createSchema, dropSchema, findTestDatabase, importFile } from './postgres-fixture.js';

const database = await findTestDatabase();
if (database.url === null) {
  if (process.env.CI === 'true') throw new Error(`CI=true but no Postgres answers on 127.0.0.1:5432: ${database.reason}`);
  console.warn(`Skipping the Postgres source tests: no Postgres server reachable (${database.reason}). Start one or set SEGBOT_TEST_DATABASE_URL.`);
}
const url = database.url ?? '';

let dir: string;
let schema: string;
let dirtyFile: string;
let fromFile: LoadedData;

function expectSameData(actual: LoadedData, expected: LoadedData): void {
  expect(actual.features.customerIds).toEqual(expected.features.customerIds);
  expect(actual.features.numeric.map((c) => ({ ...c, values: Array.from(c.values) }))).toEqual(expected.features.numeric.map((c) => ({ ...c, values: Array.from(c.values) })));
  expect(actual.features.categorical.map((c) => ({ ...c, codes: Array.from(c.codes) }))).toEqual(expected.features.categorical.map((c) => ({ ...c, codes: Array.from(c.codes) })));
  expect(Array.from(actual.features.revenue ?? [])).toEqual(Array.from(expected.features.revenue ?? []));
  expect(actual.totals).toEqual(expected.totals);
  expect(actual.dataQuality).toEqual(expected.dataQuality);
  expect(actual.rawRevenue).toBeCloseTo(expected.rawRevenue ?? NaN, 6);
  expect([actual.input.firstDate, actual.input.lastDate, actual.input.asOf]).toEqual([expected.input.firstDate, expected.input.lastDate, expected.input.asOf]);
}

describe.skipIf(database.url === null)('Postgres source', () => {
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'segbot-pg-'));
    schema = await createSchema(url, 'segbot_test');
    dirtyFile = path.join(dir, 'orders.csv');
    await generateTransactions({ customers: 400, seed: 21, out: dirtyFile, dirt: true, truthPath: null });
    // As a staging import: every column text, dirt and all.
    await importFile(url, dirtyFile, schema, 'orders_text', {});
    fromFile = await loadCustomers({ path: dirtyFile, returns: 'drop' }); // Postgres drops cancellations
  });
  afterAll(async () => {
    await fromFile?.session.close();
    if (schema) await dropSchema(url, schema);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('cleans and aggregates a text table exactly as the file loader does, dirt included', async () => {
    const fromDb = await loadFromPostgres({ url, table: `${schema}.orders_text` });
    expectSameData(fromDb, fromFile);
    expect(fromDb.input.format).toBe('postgres');
    expect(fromDb.input.source).not.toContain('password');
    await fromDb.session.close();
  });

  it('gives the same top products and baskets per segment as the file session', async () => {
    const fromDb = await loadFromPostgres({ url, table: `${schema}.orders_text` });
    const ids = fromFile.features.customerIds;
    const segments = Int32Array.from(ids, (_, i) => i % 3);
    try {
      expect(await fromDb.session.topProducts(ids, segments, 5)).toEqual(await fromFile.session.topProducts(ids, segments, 5));
      expect(await fromDb.session.baskets(ids, segments, 1, 40)).toEqual(await fromFile.session.baskets(ids, segments, 1, 40));
    } finally {
      await fromDb.session.close();
    }
  });

  it('reads a typed table through --query, streamed in many small cursor batches', async () => {
    const clean = path.join(dir, 'clean.csv');
    await generateTransactions({ customers: 250, seed: 5, out: clean, truthPath: null });
    await importFile(url, clean, schema, 'orders_typed', { InvoiceDate: 'TIMESTAMP', Quantity: 'INTEGER', UnitPrice: 'NUMERIC(10,2)', CustomerID: 'BIGINT' });
    const expected = await loadCustomers({ path: clean, returns: 'drop' });
    const fromDb = await loadFromPostgres({ url, query: `SELECT * FROM "${schema}".orders_typed WHERE "Quantity" IS NOT NULL;`, batchSize: 7 });
    expectSameData(fromDb, expected);
    expect(fromDb.input.dateFormat).toBe('database date/timestamp');
    await expected.session.close();
    await fromDb.session.close();
  });

  it('honours --as-of and forced column names', async () => {
    const fromDb = await loadFromPostgres({ url, table: `${schema}.orders_text`, asOf: '2011-10-01', customerColumn: 'customerid', dateColumn: 'InvoiceDate' });
    const expected = await loadCustomers({ path: dirtyFile, asOf: '2011-10-01', returns: 'drop' });
    expectSameData(fromDb, expected);
    expect(fromDb.dataQuality.steps.find((s) => s.code === 'AFTER_AS_OF')!.rowsDropped).toBeGreaterThan(0);
    await expected.session.close();
    await fromDb.session.close();
  });

  it('brings back a seeded sample of customers, the same for the same seed, with the file values', async () => {
    const table = `${schema}.orders_text`;
    const a = await loadFromPostgres({ url, table, sample: { size: 120, seed: 7 } });
    const b = await loadFromPostgres({ url, table, sample: { size: 120, seed: 7 } });
    const c = await loadFromPostgres({ url, table, sample: { size: 120, seed: 8 } });
    await Promise.all([a, b, c].map((d) => d.session.close()));
    expect(a.features.customerIds).toHaveLength(120);
    expect(a.features.customerIds).toEqual(b.features.customerIds);
    expect(a.features.customerIds).not.toEqual(c.features.customerIds);
    expect([...a.features.customerIds].sort()).toEqual(a.features.customerIds);
    const monetary = (d: LoadedData) => d.features.numeric.find((n) => n.name === 'monetary')!.values;
    const index = new Map(fromFile.features.customerIds.map((id, i) => [id, i]));
    a.features.customerIds.forEach((id, i) => expect(monetary(a)[i]).toBe(monetary(fromFile)[index.get(id)!]));
    expect(a.dataQuality.customersKept).toBe(400);
    expect(a.dataQuality.warnings.join(' ')).toMatch(/seeded sample of 120 of 400 customers/);
  });

  it('assigns every customer in the database exactly as the engine does', async () => {
    const fromDb = await loadFromPostgres({ url, table: `${schema}.orders_text` });
    await fromDb.session.close();
    const engine = await runSegmentation(fromDb.features, { seed: 3, algorithm: 'kmeans', k: 5 });
    const featureSql = await postgresFeatureQuery({ url, table: `${schema}.orders_text`, asOf: fromDb.input.asOf! });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ customer_id: string; segment: number }>(`${buildAssignmentSql(engine.selection, featureSql)} ORDER BY 1`);
      const bySql = new Map(rows.map((r) => [r.customer_id, Number(r.segment)]));
      expect(bySql.size).toBe(fromDb.features.customerIds.length);
      const mismatches = fromDb.features.customerIds.filter((id, i) => bySql.get(id) !== engine.assignments.segment[i]);
      expect(mismatches).toEqual([]);
    } finally {
      await client.end();
    }
  });

  it('clusters a seeded sample, then assigns everyone in the database, agreeing with the engine on the sample', async () => {
    const table = `${schema}.orders_text`;
    const sample = await loadFromPostgres({ url, table, sample: { size: 200, seed: 1 } });
    await sample.session.close();
    const engine = await runSegmentation(sample.features, { seed: 3, algorithm: 'kmeans', k: 4 });
    const featureSql = await postgresFeatureQuery({ url, table, asOf: sample.input.asOf! });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ customer_id: string; segment: number }>(buildAssignmentSql(engine.selection, featureSql));
      expect(rows).toHaveLength(400);
      const bySql = new Map(rows.map((r) => [r.customer_id, Number(r.segment)]));
      expect(sample.features.customerIds.filter((id, i) => bySql.get(id) !== engine.assignments.segment[i])).toEqual([]);
    } finally {
      await client.end();
    }
  });

  describe('bad input', () => {
    it('refuses a URL that is not a Postgres URL', async () => {
      await expect(loadFromPostgres({ url: 'mysql://root@127.0.0.1/test', table: 'x' })).rejects.toThrow(/not a Postgres URL/);
    });
    it('says when no server answers', async () => {
      await expect(loadFromPostgres({ url: 'postgres://root@127.0.0.1:1/test', table: 'x' })).rejects.toMatchObject({ code: 'DATABASE_UNREACHABLE' });
    });
    it('says when the database does not exist', async () => {
      const u = new URL(url);
      u.pathname = '/segbot_no_such_database';
      await expect(loadFromPostgres({ url: u.toString(), table: 'x' })).rejects.toMatchObject({ code: 'DATABASE_MISSING' });
    });
    it('needs a table or a query', async () => {
      await expect(loadFromPostgres({ url })).rejects.toThrow(/either --table NAME or --query/);
    });
    it('refuses both a table and a query', async () => {
      await expect(loadFromPostgres({ url, table: 't', query: 'SELECT 1' })).rejects.toThrow(/not both/);
    });
    it('refuses a query that is not a SELECT', async () => {
      await expect(loadFromPostgres({ url, query: `DROP TABLE "${schema}".orders_text` })).rejects.toThrow(/must be one SELECT/);
    });
    it('names a missing table', async () => {
      await expect(loadFromPostgres({ url, table: `${schema}.no_such_table` })).rejects.toMatchObject({ code: 'TABLE_MISSING' });
    });
    it('asks for --customer-column when no column looks like a customer id', async () => {
      await expect(loadFromPostgres({ url, query: `SELECT "InvoiceDate", "Quantity", "UnitPrice" FROM "${schema}".orders_text` })).rejects.toThrow(/Pass --customer-column NAME/);
    });
    it('names a forced column that does not exist', async () => {
      await expect(loadFromPostgres({ url, table: `${schema}.orders_text`, customerColumn: 'client' })).rejects.toThrow(/--customer-column client: no such column/);
    });
    it('says when the table is empty', async () => {
      await expect(loadFromPostgres({ url, query: `SELECT * FROM "${schema}".orders_text WHERE false` })).rejects.toMatchObject({ code: 'EMPTY_SOURCE' });
    });
    it('explains how to convert text dates that are not ISO', async () => {
      const dayFirst = path.join(dir, 'day-first.csv');
      await generateTransactions({ customers: 20, seed: 1, out: dayFirst, dayFirst: true, truthPath: null });
      await importFile(url, dayFirst, schema, 'orders_day_first', {});
      const query = `SELECT * FROM "${schema}".orders_day_first`;
      await expect(loadFromPostgres({ url, query })).rejects.toThrow(/to_timestamp/);
    });
    it('cannot change the source through --query: the session is read-only', async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`CREATE SEQUENCE IF NOT EXISTS "${schema}".calls`);
      await expect(loadFromPostgres({ url, query: `SELECT *, nextval('"${schema}".calls') AS call FROM "${schema}".orders_text` })).rejects.toThrow(/read-only transaction/);
      await expect(loadFromPostgres({ url, query: `WITH gone AS (DELETE FROM "${schema}".orders_text RETURNING *) SELECT * FROM gone` })).rejects.toThrow();
      const { rows } = await client.query(`SELECT COUNT(*) AS n FROM "${schema}".orders_text`);
      await client.end();
      expect(Number(rows[0].n)).toBe(fromFile.dataQuality.rowsRead);
    });
    it('refuses a malformed work_mem', async () => {
      await expect(loadFromPostgres({ url, table: `${schema}.orders_text`, workMem: 'lots' })).rejects.toMatchObject({ code: 'BAD_WORK_MEM' });
    });
    it('refuses file-only flags such as --net-returns and --date-format', async () => {
      await expect(loadFromPostgres({ url, table: `${schema}.orders_text`, netReturns: true })).rejects.toThrow(/--net-returns is not available for a Postgres source/);
      await expect(loadFromPostgres({ url, table: `${schema}.orders_text`, dateFormat: '%d/%m/%Y' })).rejects.toMatchObject({ code: 'NOT_FOR_DATABASE' });
    });
    it('refuses a sample of fewer than two customers', async () => {
      await expect(loadFromPostgres({ url, table: `${schema}.orders_text`, sample: { size: 1, seed: 0 } })).rejects.toMatchObject({ code: 'BAD_SAMPLE' });
    });
    it('refuses a malformed --as-of', async () => {
      await expect(loadFromPostgres({ url, table: `${schema}.orders_text`, asOf: '01/10/2011' })).rejects.toMatchObject({ code: 'BAD_AS_OF' });
    });
  });
});
