import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { generateTransactions, ODD_COLUMNS, type GenerateSummary } from '../../src/data/generator.js';
import { ConfigError } from '../../src/errors.js';

let dir: string;
let instance: DuckDBInstance;
let db: DuckDBConnection;
const file = (name: string) => path.join(dir, name);
const q = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjects();
const num = (v: unknown) => Number(v);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'segbot-generator-'));
  instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  db = await instance.connect();
});
afterAll(async () => {
  db.closeSync();
  instance.closeSync();
  await rm(dir, { recursive: true, force: true });
});

describe('generateTransactions', () => {
  it('writes the same bytes for the same seed and different bytes for another seed', async () => {
    await generateTransactions({ customers: 800, seed: 11, out: file('a.csv'), dirt: true });
    await generateTransactions({ customers: 800, seed: 11, out: file('b.csv'), dirt: true });
    await generateTransactions({ customers: 800, seed: 12, out: file('c.csv'), dirt: true });
    const [a, b, c] = await Promise.all(['a.csv', 'b.csv', 'c.csv'].map((f) => readFile(file(f))));
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(false);
    expect((await readFile(file('a.truth.csv'))).equals(await readFile(file('b.truth.csv')))).toBe(true);
  });

  it('writes the customers, rows and planted segments it reports, about 20 lines per customer', async () => {
    const s = await generateTransactions({ customers: 1500, seed: 5, out: file('counts.parquet') });
    const [row] = await q(`SELECT count(*) AS rows, count(DISTINCT CustomerID) AS customers, count(DISTINCT InvoiceNo) AS invoices FROM '${file('counts.parquet')}'`);
    expect(num(row.rows)).toBe(s.rows);
    expect(num(row.customers)).toBe(1500);
    expect(num(row.invoices)).toBe(s.invoices);
    expect(s.rows / s.customers).toBeGreaterThan(15);
    expect(s.rows / s.customers).toBeLessThan(25);
    const truth = await q(`SELECT segment, count(*) AS n FROM '${s.truthPath}' GROUP BY segment`);
    expect(truth.map((t) => [t.segment, num(t.n)]).sort()).toEqual(s.segments.map((g) => [g.name, g.customers]).sort());
    expect(s.segments.map((g) => g.name)).toEqual(['champions', 'lapsed', 'new', 'at-risk', 'loyal']);
    // The truth file's invoice counts are the log's distinct invoices per customer.
    const [mismatch] = await q(`SELECT count(*) AS n FROM '${s.truthPath}' t JOIN (SELECT CustomerID, count(DISTINCT InvoiceNo) AS inv FROM '${file('counts.parquet')}' GROUP BY 1) l ON l.CustomerID = t.customer_id WHERE l.inv <> t.invoices`);
    expect(num(mismatch.n)).toBe(0);
  });

  it('plants each kind of dirt in the counts it reports, and cleaning gives back the clean log', async () => {
    const clean = await generateTransactions({ customers: 600, seed: 9, out: file('clean.csv') });
    const dirty: GenerateSummary = await generateTransactions({ customers: 600, seed: 9, out: file('dirty.csv'), dirt: true });
    const f = file('dirty.csv');
    const read = `read_csv('${f}', all_varchar = true)`;
    const [row] = await q(`SELECT count(*) AS rows,
        count(*) FILTER (WHERE CustomerID IS NULL) AS missing,
        count(*) FILTER (WHERE InvoiceNo LIKE 'C%' AND Quantity::INTEGER < 0) AS cancellations,
        count(*) FILTER (WHERE UnitPrice::DOUBLE = 0) AS zero,
        count(*) FILTER (WHERE try_strptime(InvoiceDate, '%Y-%m-%d %H:%M:%S') IS NULL) AS bad_dates,
        count(*) - (SELECT count(*) FROM (SELECT DISTINCT * FROM ${read})) AS duplicates
      FROM ${read}`);
    expect(num(row.rows)).toBe(dirty.rows);
    expect(dirty.cleanRows).toBe(clean.rows);
    expect({ missingCustomerId: num(row.missing), cancellations: num(row.cancellations), zeroPrices: num(row.zero), duplicates: num(row.duplicates), badDates: num(row.bad_dates) }).toEqual(dirty.dirt);
    for (const n of Object.values(dirty.dirt)) expect(n).toBeGreaterThan(0);
    expect(dirty.rows - dirty.cleanRows).toBe(Object.values(dirty.dirt).reduce((a, b) => a + b, 0));
    // Dirt sits among the clean rows (a sniffer reading the head sees it), not only at the end.
    const [early] = await q(`SELECT count(*) AS n FROM (SELECT * FROM ${read} LIMIT 2000) WHERE InvoiceNo LIKE 'C%'`);
    expect(num(early.n)).toBeGreaterThan(0);
    const [diff] = await q(`SELECT count(*) AS n FROM (
        (SELECT DISTINCT * FROM ${read} WHERE CustomerID IS NOT NULL AND InvoiceNo NOT LIKE 'C%' AND UnitPrice::DOUBLE > 0
           AND try_strptime(InvoiceDate, '%Y-%m-%d %H:%M:%S') IS NOT NULL)
        EXCEPT ALL SELECT * FROM read_csv('${file('clean.csv')}', all_varchar = true))`);
    expect(num(diff.n)).toBe(0);
  });

  it('writes day-first dates, odd column names and zero-padded ids when asked', async () => {
    const s = await generateTransactions({ customers: 300, seed: 2, out: file('odd.csv.gz'), dayFirst: true, oddNames: true, plantedSegments: 3 });
    expect(s.columns).toEqual(ODD_COLUMNS);
    const rows = await q(`SELECT * FROM read_csv('${file('odd.csv.gz')}', all_varchar = true) LIMIT 50`);
    expect(Object.keys(rows[0])).toEqual(['order_ref', 'sku', 'item_text', 'units', 'ordered_at', 'price_each', 'client_no', 'ship_to']);
    for (const r of rows) {
      expect(r.ordered_at).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
      expect(r.client_no).toMatch(/^\d{7}$/);
    }
    expect(rows[0].client_no).toBe('0000001');
    const [days] = await q(`SELECT max(split_part(ordered_at, '/', 1)::INTEGER) AS d FROM read_csv('${file('odd.csv.gz')}', all_varchar = true)`);
    expect(num(days.d)).toBeGreaterThan(12); // so the day-first order is decidable from the data
    expect(s.segments).toHaveLength(3);
  });

  it('separates the planted segments in recency and frequency', async () => {
    const s = await generateTransactions({ customers: 2000, seed: 4, out: file('rfm.parquet') });
    const rows = await q(`SELECT t.segment, median(date_diff('day', l.last, DATE '2011-12-10')) AS recency, median(l.inv) AS frequency
      FROM '${s.truthPath}' t JOIN (SELECT CustomerID, max(InvoiceDate)::DATE AS last, count(DISTINCT InvoiceNo) AS inv FROM '${file('rfm.parquet')}' GROUP BY 1) l
      ON l.CustomerID = t.customer_id GROUP BY 1`);
    const by = Object.fromEntries(rows.map((r) => [r.segment, { recency: num(r.recency), frequency: num(r.frequency) }]));
    expect(by.champions.frequency).toBeGreaterThan(by.loyal.frequency);
    expect(by.loyal.frequency).toBeGreaterThan(by.new.frequency);
    expect(by.lapsed.recency).toBeGreaterThan(by['at-risk'].recency);
    expect(by['at-risk'].recency).toBeGreaterThan(by.loyal.recency);
    expect(by.new.recency).toBeLessThan(60);
  });
});

describe('generateTransactions: bad options', () => {
  it('refuses an output name without a known format', async () => {
    await expect(generateTransactions({ customers: 10, seed: 1, out: file('x.txt') })).rejects.toThrow(/\.csv, \.csv\.gz or \.parquet/);
  });
  it('refuses zero or fractional customers', async () => {
    await expect(generateTransactions({ customers: 0, seed: 1, out: file('x.csv') })).rejects.toThrow(ConfigError);
    await expect(generateTransactions({ customers: 2.5, seed: 1, out: file('x.csv') })).rejects.toThrow(/--customers must be a whole number/);
  });
  it('refuses a negative seed', async () => {
    await expect(generateTransactions({ customers: 10, seed: -1, out: file('x.csv') })).rejects.toThrow(/--seed must be a whole number >= 0/);
  });
  it('refuses more planted segments than archetypes', async () => {
    await expect(generateTransactions({ customers: 10, seed: 1, out: file('x.csv'), plantedSegments: 7 })).rejects.toThrow(/--planted-segments must be 1\.\.6/);
  });
  it('refuses more planted segments than customers', async () => {
    await expect(generateTransactions({ customers: 2, seed: 1, out: file('x.csv'), plantedSegments: 3 })).rejects.toThrow(/needs at least as many customers/);
  });
});
