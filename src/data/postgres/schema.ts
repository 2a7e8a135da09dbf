/**
 * What a Postgres source holds: the relation (a table or the user's query), its columns with
 * their database types, and each column's role, guessed from names (and types) or forced by flags.
 */
import type pg from 'pg';
import { DataError } from '../../errors.js';
import type { LoadOptions } from '../options.js';
import { nameScore, type Role } from '../names.js';
import type { SchemaDecision } from '../schema.js';
import { quoteIdent } from './connection.js';

export type ColumnKind = 'text' | 'number' | 'time';

export interface SourceColumn {
  name: string;
  kind: ColumnKind;
}

export type PgRoleFlags = Pick<LoadOptions, 'customerColumn' | 'dateColumn' | 'invoiceColumn' | 'quantityColumn' | 'priceColumn' | 'amountColumn' | 'countryColumn' | 'productColumn'>;

export interface PgRoles {
  customer: string;
  date: string;
  invoice?: string;
  quantity?: string;
  price?: string;
  amount?: string;
  country?: string;
  product?: string;
  productLabel?: string;
}

// Type OIDs from pg_type: integers, floats, numeric; date, timestamp, timestamptz.
const NUMBER_TYPES = new Set([20, 21, 23, 700, 701, 1700]);
const TIME_TYPES = new Set([1082, 1114, 1184]);

/** The FROM item for a table name (`orders`, `sales.orders`) or a SELECT query. */
export function relationSql(source: { table?: string; query?: string }, where: string): { relation: string; label: string } {
  if ((source.table === undefined) === (source.query === undefined)) {
    throw new DataError('BAD_SOURCE', `${where}: give either --table NAME or --query "SELECT ...", not ${source.table === undefined ? 'neither' : 'both'}.`);
  }
  if (source.table !== undefined) {
    const parts = source.table.split('.');
    if (parts.length > 2 || parts.some((p) => p.trim() === '')) {
      throw new DataError('BAD_SOURCE', `${where}: --table "${source.table}" is not a table name; use name or schema.name.`);
    }
    return { relation: parts.map(quoteIdent).join('.'), label: `table ${source.table}` };
  }
  const query = source.query!.trim().replace(/;+\s*$/, '');
  if (!/^(select|with|values|table)\b/i.test(query)) {
    throw new DataError('BAD_SOURCE', `${where}: --query must be one SELECT (or WITH ... SELECT) statement, got "${query.slice(0, 60)}".`);
  }
  return { relation: `(${query}) AS segbot_source`, label: 'query' };
}

export async function describeColumns(client: pg.Client, relation: string, where: string): Promise<SourceColumn[]> {
  let result: pg.QueryResult;
  try {
    result = await client.query(`SELECT * FROM ${relation} LIMIT 0`);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const code = (e as { code?: string }).code;
    const hint = code === '42P01' ? ' Check the table name (and schema) or the search_path.' : code === '42601' ? ' Check the query syntax.' : '';
    throw new DataError(code === '42P01' ? 'TABLE_MISSING' : 'BAD_QUERY', `${where}: ${message}.${hint}`);
  }
  return result.fields.map((f) => ({
    name: f.name,
    kind: NUMBER_TYPES.has(f.dataTypeID) ? 'number' : TIME_TYPES.has(f.dataTypeID) ? 'time' : 'text',
  }));
}

const FLAGS: [keyof PgRoles, keyof PgRoleFlags | null, string][] = [
  ['customer', 'customerColumn', '--customer-column'],
  ['date', 'dateColumn', '--date-column'],
  ['invoice', 'invoiceColumn', '--invoice-column'],
  ['quantity', 'quantityColumn', '--quantity-column'],
  ['price', 'priceColumn', '--price-column'],
  ['amount', 'amountColumn', '--amount-column'],
  ['country', 'countryColumn', '--country-column'],
  ['product', 'productColumn', '--product-column'],
  ['productLabel', null, ''],
];

const KIND_OK: Partial<Record<keyof PgRoles, ColumnKind[]>> = {
  date: ['time', 'text'],
  quantity: ['number', 'text'],
  price: ['number', 'text'],
  amount: ['number', 'text'],
};

/** Roles: flags first, then the best name match per role among unused columns of a fitting type. */
export function detectRoles(columns: SourceColumn[], flags: PgRoleFlags, where: string, decisions: SchemaDecision[]): { roles: PgRoles; money: 'quantity_price' | 'amount' } {
  const roles: Partial<PgRoles> = {};
  const used = new Set<string>();
  const names = columns.map((c) => c.name);
  for (const [role, flag, flagName] of FLAGS) {
    const wanted = flag ? flags[flag] : undefined;
    if (wanted === undefined) continue;
    const column = names.find((n) => n === wanted) ?? names.find((n) => n.toLowerCase() === wanted.toLowerCase());
    if (!column) throw new DataError('MISSING_COLUMN', `${where}: ${flagName} ${wanted}: no such column. Columns are: ${names.join(', ')}.`);
    roles[role] = column;
    used.add(column);
    decisions.push({ column, role, by: 'flag' });
  }
  for (const [role] of FLAGS) {
    if (roles[role] !== undefined) continue;
    const fits = columns.filter((c) => !used.has(c.name) && (KIND_OK[role] ?? ['text', 'number', 'time']).includes(c.kind));
    const best = fits
      .map((c) => ({ c, score: nameScore(role as Role, c.name) }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score)[0];
    let chosen = best?.c;
    if (!chosen && role === 'date') {
      // An unnamed date: the only date/timestamp column will do.
      const times = fits.filter((c) => c.kind === 'time');
      if (times.length === 1) chosen = times[0];
    }
    if (!chosen) continue;
    roles[role] = chosen.name;
    used.add(chosen.name);
    decisions.push({ column: chosen.name, role, by: best ? 'name' : 'values', ...(best ? {} : { note: 'the only date/timestamp column' }) });
  }
  if (!roles.customer) {
    throw new DataError('NO_CUSTOMER_COLUMN', `${where}: no column looks like a customer id (tried names such as CustomerID, customer_id, client). Columns are: ${names.join(', ')}. Pass --customer-column NAME.`);
  }
  if (!roles.date) {
    throw new DataError('NO_DATE_COLUMN', `${where}: no column looks like an order date (a date/timestamp column or a name such as InvoiceDate, order_date). Pass --date-column NAME; the Postgres source reads transaction logs only.`);
  }
  if (!(roles.quantity && roles.price) && !roles.amount) {
    throw new DataError('NO_MONEY_COLUMNS', `${where}: found no quantity and unit price columns, nor an amount column. Pass --quantity-column and --price-column, or --amount-column.`);
  }
  const money = roles.quantity && roles.price ? 'quantity_price' : 'amount';
  decisions.push({ column: money === 'amount' ? roles.amount! : `${roles.quantity} × ${roles.price}`, role: 'money', by: 'default', note: money === 'amount' ? 'line amount' : 'quantity × unit price' });
  return { roles: roles as PgRoles, money };
}
