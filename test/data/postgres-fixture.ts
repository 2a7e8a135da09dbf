/**
 * The real Postgres on 127.0.0.1:5432 for the Postgres source tests: a unique schema per run,
 * dropped after, and files imported into tables through DuckDB (small fixtures only).
 */
import pg from 'pg';
import { DuckDBInstance } from '@duckdb/node-api';

const CANDIDATES = ['postgres://root@127.0.0.1:5432/test', 'postgres://postgres@127.0.0.1:5432/test'];

/** The first URL that connects (SEGBOT_TEST_DATABASE_URL wins), or null with the reason. */
export async function findTestDatabase(): Promise<{ url: string } | { url: null; reason: string }> {
  const urls = process.env.SEGBOT_TEST_DATABASE_URL ? [process.env.SEGBOT_TEST_DATABASE_URL] : CANDIDATES;
  const reasons: string[] = [];
  for (const url of urls) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.end();
      return { url };
    } catch (e) {
      reasons.push(`${url.replace(/:[^:@/]*@/, '@')}: ${e instanceof Error ? e.message : String(e)}`);
      await client.end().catch(() => undefined);
    }
  }
  return { url: null, reason: reasons.join('; ') };
}

/** The URL with a search_path, so that unqualified table names resolve in the test schema. */
export function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

export async function createSchema(url: string, prefix: string): Promise<string> {
  const schema = `${prefix}_${process.pid}_${Date.now()}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE SCHEMA "${schema}"`);
  await client.end();
  return schema;
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
}

/**
 * Copies a CSV/Parquet file into schema.table with the given column types (SQL types by column
 * name); values travel as text arrays and are cast by Postgres.
 */
export async function importFile(url: string, file: string, schema: string, table: string, types: Record<string, string>): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const db = await instance.connect();
  const reader = await db.runAndReadAll(`SELECT * FROM read_csv('${file.replaceAll("'", "''")}', all_varchar = true)`);
  const names = reader.columnNames();
  const columns = reader.getColumns().map((values) => values.map((v) => (v === null ? null : String(v))));
  db.closeSync();
  instance.closeSync();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const q = (n: string) => `"${n.replaceAll('"', '""')}"`;
    await client.query(`CREATE TABLE ${q(schema)}.${q(table)} (${names.map((n) => `${q(n)} ${types[n] ?? 'TEXT'}`).join(', ')})`);
    await client.query(
      `INSERT INTO ${q(schema)}.${q(table)} SELECT ${names.map((n, i) => `CAST(c${i} AS ${types[n] ?? 'TEXT'})`).join(', ')}
       FROM unnest(${names.map((_, i) => `$${i + 1}::text[]`).join(', ')}) AS u(${names.map((_, i) => `c${i}`).join(', ')})`,
      columns,
    );
  } finally {
    await client.end();
  }
  return columns[0]?.length ?? 0;
}
