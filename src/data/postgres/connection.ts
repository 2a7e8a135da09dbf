/**
 * A Postgres connection for reading a source: errors that say what to do, a password-free URL for
 * reports, and streaming of large results through a server-side cursor (DECLARE ... CURSOR +
 * FETCH n inside a transaction), so only one batch of rows is in JS memory at a time.
 */
import pg from 'pg';
import { DataError } from '../../errors.js';

/** The URL with the password removed, for reports and messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '';
    return u.toString().replace(/:@/, '@');
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

/** Double-quoted identifier; `schema.table` stays two identifiers. */
export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
export const quoteLiteral = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** Session work_mem: the grouping by customer sorts millions of lines, which 4 MB (the default) spills to disk. */
export const DEFAULT_WORK_MEM = '256MB';

export async function openPostgres(url: string, workMem = DEFAULT_WORK_MEM): Promise<pg.Client> {
  if (!/^postgres(ql)?:\/\//i.test(url)) {
    throw new DataError('BAD_DATABASE_URL', `"${redactUrl(url)}" is not a Postgres URL. Use postgres://user[:password]@host[:port]/database.`);
  }
  if (!/^\d+\s*(kB|MB|GB)$/.test(workMem)) throw new DataError('BAD_WORK_MEM', `work_mem must look like 256MB (kB, MB or GB), got "${workMem}".`);
  // Read-only session: a --query can never change the source (not even a DELETE inside a WITH).
  // Dates are read in UTC so that timestamptz columns give the same days on every machine.
  const settings = ['default_transaction_read_only=on', 'TimeZone=UTC', `work_mem=${workMem.replace(/\s/g, '')}`];
  const client = new pg.Client({ connectionString: url, options: settings.map((s) => `-c ${s}`).join(' '), application_name: 'segbot' });
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => undefined);
    throw connectionError(url, e);
  }
  return client;
}

function connectionError(url: string, e: unknown): DataError {
  const where = redactUrl(url);
  const code = (e as { code?: string }).code;
  const message = e instanceof Error ? e.message : String(e);
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === 'EHOSTUNREACH') {
    return new DataError('DATABASE_UNREACHABLE', `${where}: no Postgres server answers there (${code}). Check the host and port, and that the server is running.`, { source: where });
  }
  if (code === '3D000') return new DataError('DATABASE_MISSING', `${where}: ${message}. Check the database name at the end of the URL.`, { source: where });
  if (code === '28P01' || code === '28000') return new DataError('DATABASE_AUTH', `${where}: ${message}. Check the user name and password in the URL.`, { source: where });
  return new DataError('DATABASE_ERROR', `${where}: could not connect: ${message}`, { source: where });
}

/**
 * Runs `sql` through a cursor and hands each batch of rows (as arrays) to onBatch. Read-only
 * transaction: a source is never written to.
 */
export async function streamRows(client: pg.Client, sql: string, batchSize: number, onBatch: (rows: unknown[][]) => void): Promise<void> {
  await client.query('BEGIN TRANSACTION READ ONLY');
  try {
    await client.query(`DECLARE segbot_rows NO SCROLL CURSOR FOR ${sql}`);
    for (;;) {
      const batch = await client.query({ text: `FETCH FORWARD ${Math.floor(batchSize)} FROM segbot_rows`, rowMode: 'array' });
      if (batch.rows.length === 0) break;
      onBatch(batch.rows as unknown[][]);
    }
    await client.query('CLOSE segbot_rows');
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}
