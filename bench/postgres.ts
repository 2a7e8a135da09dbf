/**
 * The Postgres side of the benchmark: the same file loaded once into a typed table, as an ERP or
 * warehouse holds it (set-up, untimed, cached between runs): quantities INTEGER, prices NUMERIC,
 * dates TIMESTAMP (NULL where the file's text was no date), ids and codes TEXT; cancellations,
 * missing ids, zero prices and duplicates stay for the database to clean. Uses server-side COPY
 * FROM PROGRAM, so the server must run on this machine and the user be a superuser (as in CI).
 */
import { stat } from 'node:fs/promises';
import pg from 'pg';
import { DuckDBInstance } from '@duckdb/node-api';
// The source's own text-date check, so that the typed table drops exactly the dates the file loader drops.
import { isoTimestampSql } from '../src/data/postgres/lines.js';

const CANDIDATES = ['postgres://root@127.0.0.1:5432/test', 'postgres://postgres@127.0.0.1:5432/test'];
const SCHEMA = 'segbot_bench';
/** Online Retail's columns as a database would type them; the others stay TEXT. */
const TYPES: Record<string, string> = { Quantity: 'INTEGER', UnitPrice: 'NUMERIC(12,3)', InvoiceDate: 'TIMESTAMP' };

const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;
const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;
const shellQuote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

async function connect(): Promise<{ client: pg.Client; url: string } | null> {
  const urls = process.env.SEGBOT_BENCH_DATABASE_URL ? [process.env.SEGBOT_BENCH_DATABASE_URL] : CANDIDATES;
  for (const url of urls) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      return { client, url };
    } catch {
      await client.end().catch(() => undefined);
    }
  }
  return null;
}

async function headerOf(file: string): Promise<string[]> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const db = await instance.connect();
  try {
    const reader = await db.runAndReadAll(`SELECT * FROM read_csv(${literal(file)}, all_varchar = true) LIMIT 0`);
    return reader.columnNames();
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

/** The table holding `file`, loading it if needed; null (with a message) when no Postgres can take it. */
export async function preparePostgres(file: string, size: string, seed: number): Promise<{ url: string; table: string } | null> {
  const connection = await connect();
  if (!connection) {
    process.stderr.write('bench: no Postgres on 127.0.0.1:5432 (or SEGBOT_BENCH_DATABASE_URL); the Postgres side is skipped.\n');
    return null;
  }
  const { client, url } = connection;
  const name = size === 'or' ? 'online_retail' : `orders_${size}_seed${seed}`;
  const table = `${SCHEMA}.${name}`;
  const info = await stat(file);
  const marker = `typed ${file} ${info.size} ${info.mtimeMs}`;
  try {
    const existing = await client.query<{ comment: string | null }>(`SELECT obj_description(to_regclass($1), 'pg_class') AS comment`, [table]);
    if (existing.rows[0]?.comment === marker) return { url, table };
    process.stderr.write(`bench: loading ${file} into Postgres table ${table} (cached for later runs)…\n`);
    const columns = await headerOf(file);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${ident(SCHEMA)}`);
    await client.query(`DROP TABLE IF EXISTS ${ident(SCHEMA)}.${ident(name)}`);
    const staging = ident(`${name}_staging`);
    await client.query(`DROP TABLE IF EXISTS ${ident(SCHEMA)}.${staging}`);
    await client.query(`CREATE UNLOGGED TABLE ${ident(SCHEMA)}.${staging} (${columns.map((c) => `${ident(c)} TEXT`).join(', ')})`);
    await client.query(`COPY ${ident(SCHEMA)}.${staging} FROM PROGRAM ${literal(`gzip -dcf ${shellQuote(file)}`)} WITH (FORMAT csv, HEADER true)`);
    const typed = columns.map((c) =>
      TYPES[c] === 'TIMESTAMP' ? `${isoTimestampSql(`NULLIF(btrim(${ident(c)}), '')`)} AS ${ident(c)}` : TYPES[c] ? `CAST(${ident(c)} AS ${TYPES[c]}) AS ${ident(c)}` : ident(c),
    );
    await client.query(`CREATE TABLE ${ident(SCHEMA)}.${ident(name)} AS SELECT ${typed.join(', ')} FROM ${ident(SCHEMA)}.${staging}`);
    await client.query(`DROP TABLE ${ident(SCHEMA)}.${staging}`);
    await client.query(`ANALYZE ${ident(SCHEMA)}.${ident(name)}`);
    await client.query(`COMMENT ON TABLE ${ident(SCHEMA)}.${ident(name)} IS ${literal(marker)}`);
    return { url, table };
  } catch (e) {
    process.stderr.write(`bench: could not load the data into Postgres (${e instanceof Error ? e.message : String(e)}); the Postgres side is skipped.\n`);
    return null;
  } finally {
    await client.end();
  }
}
