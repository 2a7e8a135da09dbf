/**
 * The real Postgres for store tests: 127.0.0.1:5432 (trust auth, database `test`) unless
 * SEGBOT_TEST_DATABASE_URL says otherwise. Each suite gets its own schema, dropped afterwards.
 */
import pg from 'pg';

export const TEST_DATABASE_URL = process.env.SEGBOT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Null when reachable, otherwise why not. */
export async function postgresUnavailable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    await client.end().catch(() => {});
  }
}

let counter = 0;
export function uniqueSchema(prefix: string): string {
  counter += 1;
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter}`;
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

export function skipMessage(reason: string): string {
  return `Postgres tests skipped: no server at ${TEST_DATABASE_URL} (${reason}). Start one, or point SEGBOT_TEST_DATABASE_URL=postgres://user@host:port/db at a database where tests may create schemas.`;
}
