/**
 * Schema detection: which column is the customer id, the date, the invoice, quantity, price or
 * amount, country and product; and whether the file is a transaction log or a customer table.
 * Flags win over guesses; every choice is recorded as a SchemaDecision and told to progress.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DataError } from '../errors.js';
import type { DataShape } from '../result/index.js';
import { CUSTOMER_NAME_EXAMPLES, nameScore, type Role } from './names.js';
import { DETECTED_FORMATS, detectDateParse, forcedDateParse, type DateParse } from './dates.js';
import { ident, queryColumns, queryRow, toNumber } from './duckdb.js';
import { isNumeric, type ColumnProfile } from './profile.js';
import { customerColumnByValues } from './id-values.js';
import type { LoadOptions } from './options.js';

export interface SchemaDecision {
  column: string;
  role: string;
  by: 'flag' | 'name' | 'values' | 'default';
  note?: string;
}

export type TxRoles = Partial<Record<Role, string>> & { customer: string; date: string };

export interface TxSchema {
  roles: TxRoles;
  dateParse: DateParse;
  /** How money is computed: quantity × price, or the amount column. */
  money: 'quantity_price' | 'amount';
}

const FLAG_OF_ROLE: Partial<Record<Role, keyof LoadOptions>> = {
  customer: 'customerColumn',
  date: 'dateColumn',
  invoice: 'invoiceColumn',
  quantity: 'quantityColumn',
  price: 'priceColumn',
  amount: 'amountColumn',
  country: 'countryColumn',
  product: 'productColumn',
};

const FLAG_NAME: Partial<Record<Role, string>> = {
  customer: '--customer-column',
  date: '--date-column',
  invoice: '--invoice-column',
  quantity: '--quantity-column',
  price: '--price-column',
  amount: '--amount-column',
  country: '--country-column',
  product: '--product-column',
};

function forcedColumn(role: Role, options: LoadOptions, columns: string[], source: string): string | undefined {
  const flag = FLAG_OF_ROLE[role];
  const wanted = flag ? (options[flag] as string | undefined) : undefined;
  if (wanted === undefined) return undefined;
  const exact = columns.find((c) => c === wanted) ?? columns.find((c) => c.toLowerCase() === wanted.toLowerCase());
  if (!exact) {
    throw new DataError(
      'MISSING_COLUMN',
      `${source}: ${FLAG_NAME[role]} "${wanted}" is not a column of the file. Its columns are: ${columns.join(', ')}.`,
      { source, column: wanted },
    );
  }
  return exact;
}

/** The best-named unused column for a role, or undefined. */
function guessByName(role: Role, columns: string[], used: Set<string>, accept: (c: string) => boolean = () => true): string | undefined {
  let best: { column: string; score: number } | undefined;
  for (const column of columns) {
    if (used.has(column) || !accept(column)) continue;
    const score = nameScore(role, column);
    if (score > 0 && score > (best?.score ?? 0)) best = { column, score };
  }
  return best?.column;
}

export async function detectCustomerColumn(
  connection: DuckDBConnection,
  options: LoadOptions,
  columns: string[],
  profiles: Map<string, ColumnProfile>,
  source: string,
  decisions: SchemaDecision[],
): Promise<string> {
  const forced = forcedColumn('customer', options, columns, source);
  if (forced) {
    decisions.push({ column: forced, role: 'customer', by: 'flag' });
    return forced;
  }
  const guessed = guessByName('customer', columns, new Set());
  if (!guessed) {
    const byValues = await customerColumnByValues(connection, 'sample', columns, profiles);
    if (byValues) {
      decisions.push({ column: byValues.column, role: 'customer', by: 'values', note: `${byValues.note}; pass --customer-column NAME if it is not the customer` });
      return byValues.column;
    }
    throw new DataError(
      'NO_CUSTOMER_COLUMN',
      `${source}: no column looks like a customer id (tried names like ${CUSTOMER_NAME_EXAMPLES.join(', ')}, and values like C1042, 000123 or e-mail addresses). The columns are: ${columns.join(', ')}. Pass --customer-column NAME.`,
      { source, columns },
    );
  }
  decisions.push({ column: guessed, role: 'customer', by: 'name' });
  return guessed;
}

/** A transaction log repeats customer ids and has order columns; a customer table has one row per id. */
export function detectShape(
  options: LoadOptions,
  customer: string,
  columns: string[],
  profiles: Map<string, ColumnProfile>,
  decisions: SchemaDecision[],
): DataShape {
  if (options.shape) {
    decisions.push({ column: '*', role: `shape=${options.shape}`, by: 'flag' });
    return options.shape;
  }
  const id = profiles.get(customer);
  const repeats = !!id && id.distinct < id.nonNull;
  const orderColumns = (['invoice', 'quantity', 'price', 'amount'] as Role[]).filter((r) => columns.some((c) => c !== customer && nameScore(r, c) > 0));
  const hasDate = columns.some((c) => c !== customer && nameScore('date', c) > 0);
  const shape: DataShape = repeats || (hasDate && orderColumns.length >= 2) ? 'tx' : 'customers';
  const note = repeats
    ? `customer ids repeat (${id!.nonNull} rows, ${id!.distinct} distinct ids in the sample): a transaction log`
    : shape === 'tx'
      ? 'one row per id in the sample, but the columns are those of orders'
      : 'one row per customer id: a customer table';
  decisions.push({ column: '*', role: `shape=${shape}`, by: 'values', note });
  return shape;
}

export async function detectTxSchema(
  connection: DuckDBConnection,
  relation: string,
  options: LoadOptions,
  customer: string,
  columns: string[],
  profiles: Map<string, ColumnProfile>,
  source: string,
  decisions: SchemaDecision[],
): Promise<TxSchema> {
  const used = new Set([customer]);
  const roles: Partial<Record<Role, string>> = { customer };
  const take = (role: Role, column: string, by: SchemaDecision['by'], note?: string) => {
    roles[role] = column;
    used.add(column);
    decisions.push({ column, role, by, ...(note ? { note } : {}) });
  };

  // Date: by flag, else by name (checked on the values), else the first text column whose values are dates.
  const forcedDate = forcedColumn('date', options, columns, source);
  const namedDate = forcedDate ?? guessByName('date', columns, used);
  const parseColumn = async (column: string, minShare: number) => {
    if (options.dateFormat) return forcedDateParse(options.dateFormat);
    // The sample usually decides; the whole file is read only when it does not (e.g. no day > 12 in it).
    const fromSample = await detectDateParse(connection, 'sample', column, source, minShare).catch((e: unknown) => {
      if (e instanceof DataError && e.code === 'AMBIGUOUS_DATES') return null;
      throw e;
    });
    return fromSample ?? (await detectDateParse(connection, relation, column, source, minShare));
  };
  let dateParse: DateParse | null = null;
  if (namedDate) {
    dateParse = await parseColumn(namedDate, 0.5);
    // A detected format parsed most values already; a forced one is checked on the data.
    if (dateParse && options.dateFormat) await assertSomeDatesParse(connection, relation, namedDate, dateParse, source);
    if (dateParse) take('date', namedDate, forcedDate ? 'flag' : 'name', `parsed as ${dateParse.format}${dateParse.by === 'flag' ? ' (--date-format)' : ''}`);
  }
  if (!dateParse && !forcedDate) {
    for (const column of columns.filter((c) => !used.has(c) && c !== namedDate && !isNumeric(profiles.get(c)))) {
      const parse = options.dateFormat ? null : await parseColumn(column, 0.9);
      if (parse) {
        dateParse = parse;
        take('date', column, 'values', `its values are dates (${parse.format})`);
        break;
      }
    }
  }
  if (!dateParse && namedDate) {
    const row = await queryRow(connection, `SELECT MIN(${ident(namedDate)}) AS example FROM ${relation}`);
    throw unparseableDates(source, namedDate, String(row.example ?? ''), options.dateFormat);
  }
  if (!roles.date || !dateParse) {
    throw new DataError(
      'MISSING_COLUMN',
      `${source}: a transaction log needs a date column, and none was found (no column named like InvoiceDate, order_date, date, Datum, fecha holds dates). Pass --date-column NAME (and --date-format if needed), or --shape customers if this is one row per customer.`,
      { source, columns },
    );
  }

  const numeric = (c: string) => isNumeric(profiles.get(c), 0.9);
  for (const role of ['invoice', 'quantity', 'price', 'amount', 'country', 'product', 'productLabel'] as Role[]) {
    const forced = forcedColumn(role, options, columns, source);
    if (forced) {
      take(role, forced, 'flag');
      continue;
    }
    const needsNumbers = role === 'quantity' || role === 'price' || role === 'amount';
    const guessed = guessByName(role, columns, used, needsNumbers ? numeric : undefined);
    if (guessed) take(role, guessed, 'name');
  }

  if (!roles.product && roles.productLabel) {
    // A description alone still names the product: use it as the product key.
    roles.product = roles.productLabel;
    delete roles.productLabel;
    decisions.push({ column: roles.product, role: 'product', by: 'name', note: 'no product code column; the description is the product' });
  }

  let money: TxSchema['money'];
  if (roles.quantity && roles.price) money = 'quantity_price';
  else if (roles.amount) money = 'amount';
  else {
    const have = [roles.quantity && `quantity (${roles.quantity})`, roles.price && `price (${roles.price})`].filter(Boolean).join(' and ') || 'neither';
    const unread = await unreadMoney(connection, profiles, (['amount', 'price', 'quantity'] as Role[]).map((r) => guessByName(r, columns, used)));
    throw new DataError(
      unread ? 'BAD_NUMBER' : 'MISSING_COLUMN',
      `${source}: a transaction log needs quantity and unit price, or a line amount; found ${have}.${unread ?? ''} Pass --quantity-column and --price-column, or --amount-column NAME.`,
      { source, columns },
    );
  }
  decisions.push({ column: money === 'amount' ? roles.amount! : `${roles.quantity} × ${roles.price}`, role: 'money', by: 'default', note: money === 'amount' ? 'line amount' : 'quantity × unit price' });
  return { roles: roles as TxRoles, dateParse, money };
}

/**
 * For a money column found by name but not read as numbers: which column, how much of it reads, and
 * what in an example value is in the way (a currency Segbot does not strip, a unit, a word).
 */
async function unreadMoney(connection: DuckDBConnection, profiles: Map<string, ColumnProfile>, named: (string | undefined)[]): Promise<string | null> {
  const column = named.find((c) => c !== undefined && profiles.has(c));
  if (!column) return null;
  const p = profiles.get(column)!;
  const share = Math.max(p.numericShare, p.decimalCommaShare, p.moneyTextShare, p.moneyCommaShare);
  const col = ident(column);
  const values = (await queryColumns(connection, `SELECT ${col} AS v FROM sample WHERE TRY_CAST(trim(${col}) AS DOUBLE) IS NULL AND trim(${col}) <> '' LIMIT 100`)).v.map(String);
  const inTheWay = (v: string) => v.replace(/EUR|USD|GBP|CHF|[\d.,\s+\-$€£¥₹]/g, '').slice(0, 12);
  const example = (values.find((v) => inTheWay(v) !== '') ?? values[0] ?? '').slice(0, 40);
  const extra = inTheWay(example);
  return ` The column "${column}" looks like money by its name, but only ${Math.round(share * 100)}% of its values read as numbers (e.g. "${example}"${extra ? `: "${extra}" is in the way` : ''}). Segbot reads plain numbers, decimal commas, thousands separators and the signs $ € £ ¥ ₹ and codes EUR, USD, GBP, CHF; remove other text from the column (or export amounts as plain numbers).`;
}

/** A forced --date-format must read at least some dates, else the user is told why. */
async function assertSomeDatesParse(connection: DuckDBConnection, relation: string, column: string, parse: DateParse, source: string): Promise<void> {
  const col = ident(column);
  const row = await queryRow(connection, `SELECT COUNT(${parse.expression(`trim(${col})`)}) AS ok, MIN(${col}) AS example FROM ${relation}`);
  if (toNumber(row.ok) === 0) throw unparseableDates(source, column, String(row.example ?? ''), parse.format);
}

export function unparseableDates(source: string, column: string, example: string, format?: string): DataError {
  return new DataError(
    'DATES_UNPARSEABLE',
    `${source}: no value in the date column "${column}" could be read as a date${format ? ` with the format ${format}` : ` in any of the formats tried: ${DETECTED_FORMATS}`} (e.g. "${example}"). Pass --date-format, e.g. --date-format "DD/MM/YYYY HH:mm" or "%d/%m/%Y %H:%M", or --date-column for another column.`,
    { source, column, example },
  );
}
