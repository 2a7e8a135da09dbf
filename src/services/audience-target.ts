/**
 * Where an audience export goes: a CSV file (`--out audience.csv`) or a Postgres table
 * (`--out postgres:<schema>.<table>`, or `postgres:<table>` for the `public` schema, in the database
 * of `--database-url`, else DATABASE_URL). A table is written in one transaction: created with
 * `customer_id TEXT PRIMARY KEY, "group" TEXT` and a comment that marks it as Segbot's; a table that
 * exists without that mark, or holds another campaign's audience, is never touched.
 */
import pg from 'pg';
import { redactUrl } from '../data/index.js';
import { DataError } from '../errors.js';
import type { AudienceRow } from '../measure/index.js';

export type AudienceTarget = { kind: 'csv'; path: string } | { kind: 'postgres'; schema: string; table: string; databaseUrl: string };

const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;
/** The table comment that marks a table as a Segbot audience export; the campaign id follows it. */
const MARK = 'segbot audience export of campaign ';

export function describeTarget(t: AudienceTarget): string {
  return t.kind === 'csv' ? t.path : `${t.schema}.${t.table}`;
}

/** Reads `--out`: a `postgres:` prefix names a table, anything else is a file path. */
export function parseAudienceTarget(out: string, databaseUrl: string | undefined): AudienceTarget {
  if (/^postgres(ql)?:\/\//i.test(out)) {
    throw new DataError('BAD_EXPORT_TARGET', `--out ${redactUrl(out)}: give the table, not a URL: --out postgres:<schema>.<table> (e.g. postgres:marketing.win_back), with the database in --database-url or DATABASE_URL.`);
  }
  const m = /^postgres:(.*)$/i.exec(out);
  if (!m) return { kind: 'csv', path: out };
  const parts = m[1].split('.');
  const [schema, table] = parts.length === 1 ? ['public', parts[0]] : parts;
  if (parts.length > 2 || !IDENT.test(schema ?? '') || !IDENT.test(table ?? '')) {
    throw new DataError('BAD_EXPORT_TARGET', `--out ${out}: a table is postgres:<schema>.<table> in lower-case letters, digits and _ (e.g. postgres:marketing.win_back).`);
  }
  if (!databaseUrl) throw new DataError('BAD_EXPORT_TARGET', `--out ${out} names a Postgres table, but no database is set: pass --database-url postgres://user@host/db or set DATABASE_URL.`);
  if (!/^postgres(ql)?:\/\//i.test(databaseUrl)) throw new DataError('BAD_DATABASE_URL', `"${redactUrl(databaseUrl)}" is not a Postgres URL. Use postgres://user[:password]@host[:port]/database.`);
  return { kind: 'postgres', schema, table, databaseUrl };
}

/**
 * Writes the rows into the table in one transaction and calls `beforeCommit` (the audit entry)
 * inside it: if auditing fails nothing is written, and the table appears whole or not at all.
 */
export async function writePostgresAudience(t: Extract<AudienceTarget, { kind: 'postgres' }>, campaignId: string, rows: readonly AudienceRow[], beforeCommit: () => Promise<void>): Promise<void> {
  const where = `${t.schema}.${t.table} in ${redactUrl(t.databaseUrl)}`;
  const client = new pg.Client({ connectionString: t.databaseUrl, application_name: 'segbot', connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => undefined);
    throw new DataError('DATABASE_UNREACHABLE', `${redactUrl(t.databaseUrl)}: cannot connect to write the audience (${e instanceof Error ? e.message : String(e)}). Check --database-url or DATABASE_URL and that the server is running.`);
  }
  const table = `${pg.escapeIdentifier(t.schema)}.${pg.escapeIdentifier(t.table)}`;
  try {
    await client.query('BEGIN');
    // Two exports to the same table queue instead of racing between the check and the write.
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`segbot-export:${t.schema}.${t.table}`]);
    const { rows: found } = await client.query('SELECT c.relkind, obj_description(c.oid, \'pg_class\') AS note FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2', [t.schema, t.table]);
    if (found.length > 0) {
      const note = typeof found[0].note === 'string' ? found[0].note : '';
      if (found[0].relkind !== 'r' || !note.startsWith(MARK)) {
        throw new DataError('EXPORT_TARGET_NOT_SEGBOT', `${where} exists and was not written by Segbot; it will not be replaced. Pick a new table name (--out postgres:<schema>.<new_table>).`);
      }
      const owner = note.slice(MARK.length);
      if (owner !== campaignId) {
        throw new DataError('EXPORT_TARGET_NOT_SEGBOT', `${where} holds the audience of campaign ${owner}, not ${campaignId}; it will not be replaced. Pick another table name.`);
      }
      await client.query(`DROP TABLE ${table}`);
    } else {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${pg.escapeIdentifier(t.schema)}`);
    }
    await client.query(`CREATE TABLE ${table} (customer_id TEXT PRIMARY KEY, "group" TEXT NOT NULL CHECK ("group" IN ('treatment', 'holdout')))`);
    await client.query(`COMMENT ON TABLE ${table} IS ${pg.escapeLiteral(MARK + campaignId)}`);
    for (let i = 0; i < rows.length; i += 10_000) {
      const batch = rows.slice(i, i + 10_000);
      await client.query(`INSERT INTO ${table} (customer_id, "group") SELECT * FROM unnest($1::text[], $2::text[])`, [batch.map((r) => r.customerId), batch.map((r) => r.group)]);
    }
    await beforeCommit();
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    if (e instanceof Error && 'code' in e && typeof (e as { code?: unknown }).code === 'string' && /^[0-9A-Z]{5}$/.test((e as { code: string }).code)) {
      throw new DataError('EXPORT_FAILED', `${where}: the audience could not be written (${e.message}); nothing was exported. Check the role's rights on the schema.`);
    }
    throw e;
  } finally {
    await client.end().catch(() => undefined);
  }
}
