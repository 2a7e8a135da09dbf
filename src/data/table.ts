/**
 * Customer tables (one row per customer): the user's own numeric, date and categorical columns
 * become features, after dropping constant columns, flagging impossible values, imputing missing
 * values and merging absurd categories, each reported.
 */
import { dictionaryEntry, readableColumnName } from './labels.js';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { CategoricalColumn, CustomerFeatures, NumericColumn } from '../analysis/types.js';
import type { CleaningStep, ColumnIssue, ColumnRoles, DataQualityReport } from '../result/index.js';
import { DataError } from '../errors.js';
import { ident, queryColumns, queryRow, toNumber } from './duckdb.js';
import { detectDateParse, forcedDateParse, type DateParse } from './dates.js';
import { BIRTH_YEAR, normaliseName } from './names.js';
import type { LoadOptions } from './options.js';
import { customerIdExpr, doubleExpr, isNumeric, profileColumns, type ColumnProfile } from './profile.js';
import type { SchemaDecision } from './schema.js';
import { minusDays } from './sql.js';
import { encodeCategorical, toFloat64 } from './tx-features.js';
import { numericFeature } from './table-numeric.js';
import { imputeMedian, mergeRareCategories } from './table-columns.js';

const MAX_CATEGORY_LEVELS = 50;

export interface LoadedTable {
  roles: ColumnRoles;
  dataQuality: DataQualityReport;
  features: CustomerFeatures;
  revenueTotal: number | null;
  /** The money columns (spend, amounts, income), for finding the currency. */
  moneyColumns: string[];
  dates: { firstDate?: string; lastDate?: string; asOf?: string; dateFormat?: string };
}

interface Plan {
  profiles: Map<string, ColumnProfile>;
  numeric: string[];
  dates: { column: string; parse: DateParse }[];
  categorical: string[];
}

async function cleanRows(connection: DuckDBConnection, customer: string, columns: string[]) {
  const id = customerIdExpr(customer);
  const all = columns.map(ident).join(', ');
  await connection.run(`CREATE OR REPLACE TEMP TABLE table_rows AS SELECT * FROM src`);
  const counts = await queryRow(connection, `SELECT COUNT(*) AS n, COUNT(*) FILTER (WHERE ${id} IS NULL) AS missing, COUNT(DISTINCT ${id}) AS customers FROM table_rows`);
  await connection.run(`CREATE OR REPLACE TEMP TABLE table_distinct AS SELECT DISTINCT * FROM table_rows WHERE ${id} IS NOT NULL`);
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE customers_in AS SELECT ${id} AS __segbot_id, * FROM table_distinct
     QUALIFY ROW_NUMBER() OVER (PARTITION BY ${id} ORDER BY ${all}) = 1`,
  );
  const after = await queryRow(connection, `SELECT (SELECT COUNT(*) FROM table_distinct) AS distinct_rows, (SELECT COUNT(*) FROM customers_in) AS kept`);
  const rowsRead = toNumber(counts.n);
  const missing = toNumber(counts.missing);
  const distinctRows = toNumber(after.distinct_rows);
  const kept = toNumber(after.kept);
  const steps: CleaningStep[] = [
    { code: 'MISSING_CUSTOMER_ID', description: 'no customer id', rowsDropped: missing, rowsChanged: 0, customersDropped: 0 },
    { code: 'DUPLICATE_ROW', description: 'exact duplicate of another row', rowsDropped: rowsRead - missing - distinctRows, rowsChanged: 0, customersDropped: 0 },
    { code: 'DUPLICATE_CUSTOMER_ID', description: 'another row for the same customer id with different values: the first in sorted order is kept', rowsDropped: distinctRows - kept, rowsChanged: 0, customersDropped: 0 },
  ];
  return { rowsRead, customersBefore: toNumber(counts.customers), steps, kept };
}

/** A text column is a date column when most of its values parse, with --date-format if given. */
async function tableDateParse(connection: DuckDBConnection, column: string, source: string, dateFormat: string | undefined): Promise<DateParse | null> {
  if (!dateFormat) return detectDateParse(connection, 'customers_in', column, source, 0.9);
  const parse = forcedDateParse(dateFormat);
  const col = `NULLIF(trim(${ident(column)}), '')`;
  const row = await queryRow(connection, `SELECT COUNT(${col}) AS n, COUNT(${parse.expression(col)}) AS parsed FROM customers_in`);
  return toNumber(row.n) > 0 && toNumber(row.parsed) / toNumber(row.n) >= 0.9 ? parse : null;
}

async function planColumns(
  connection: DuckDBConnection,
  options: LoadOptions,
  customer: string,
  columns: string[],
  source: string,
  decisions: SchemaDecision[],
  issues: ColumnIssue[],
): Promise<Plan> {
  const others = columns.filter((c) => c !== customer);
  const profiles = await profileColumns(connection, 'customers_in', others);
  const plan: Plan = { profiles, numeric: [], dates: [], categorical: [] };
  for (const column of others) {
    const p = profiles.get(column)!;
    if (p.distinct <= 1) {
      issues.push({ column, code: 'CONSTANT_COLUMN', count: p.nonNull, action: 'dropped: the same value for every customer says nothing about segments', examples: [] });
      decisions.push({ column, role: 'dropped', by: 'values', note: 'constant column' });
    } else if (isNumeric(p)) {
      plan.numeric.push(column);
      decisions.push({ column, role: BIRTH_YEAR.test(normaliseName(column)) ? 'birth year' : 'numeric', by: 'values' });
    } else {
      const parse = await tableDateParse(connection, column, source, options.dateFormat);
      if (parse) {
        plan.dates.push({ column, parse });
        decisions.push({ column, role: 'date', by: 'values', note: `parsed as ${parse.format}; becomes days since that date` });
      } else if (p.distinct <= MAX_CATEGORY_LEVELS && p.distinct < 0.5 * p.nonNull) {
        plan.categorical.push(column);
        decisions.push({ column, role: 'categorical', by: 'values', note: `${p.distinct} levels` });
      } else {
        decisions.push({ column, role: 'ignored', by: 'values', note: `free text or identifier-like (${p.distinct} distinct values)` });
      }
    }
  }
  return plan;
}

export async function loadCustomerTable(
  connection: DuckDBConnection,
  options: LoadOptions,
  customer: string,
  columns: string[],
  source: string,
  decisions: SchemaDecision[],
): Promise<LoadedTable> {
  const cleaned = await cleanRows(connection, customer, columns);
  const issues: ColumnIssue[] = [];
  const plan = await planColumns(connection, options, customer, columns, source, decisions, issues);
  if (plan.numeric.length + plan.dates.length + plan.categorical.length === 0) {
    throw new DataError('NO_FEATURES', `${source}: apart from the customer id, no column holds numbers, dates or categories to segment on. Check the separator, or --shape tx if this is a transaction log.`, { source });
  }

  // Dates: the snapshot is the day after the latest date in any date column, unless --as-of.
  const parsed = plan.dates.map((d) => d.parse.expression(`NULLIF(trim(${ident(d.column)}), '')`));
  let dates: LoadedTable['dates'] = {};
  if (parsed.length) {
    const span = await queryRow(connection, `SELECT strftime(MIN(LEAST(${parsed.join(', ')})), '%Y-%m-%d') AS first_date, strftime(MAX(GREATEST(${parsed.join(', ')})), '%Y-%m-%d') AS last_date FROM customers_in`);
    const lastDate = String(span.last_date);
    dates = { firstDate: String(span.first_date), lastDate, asOf: options.asOf ?? minusDays(lastDate, -1), dateFormat: plan.dates[0].parse.format };
  } else if (options.asOf) dates = { asOf: options.asOf };

  const select = [
    '__segbot_id',
    ...plan.numeric.map((c, i) => `${doubleExpr(c, plan.profiles.get(c))} AS n${i}`),
    ...plan.dates.map((_d, i) => `CAST(DATE '${dates.asOf}' - CAST(${parsed[i]} AS DATE) AS DOUBLE) AS d${i}`),
    ...plan.categorical.map((c, i) => `NULLIF(trim(${ident(c)}), '') AS c${i}`),
  ];
  const cols = await queryColumns(connection, `SELECT ${select.join(', ')} FROM customers_in ORDER BY __segbot_id`);
  const n = cols.__segbot_id.length;
  const keep = new Uint8Array(n).fill(1);
  const referenceYear = dates.asOf ? Number(dates.asOf.slice(0, 4)) : null;

  const numeric: NumericColumn[] = [];
  plan.numeric.forEach((column, i) => numeric.push(numericFeature(column, toFloat64(cols[`n${i}`]), referenceYear, options, keep, issues, decisions)));
  plan.dates.forEach((d, i) => {
    const name = plan.dates.length === 1 ? 'tenure_days' : `${d.column}_days`;
    numeric.push(numericFeature(d.column, toFloat64(cols[`d${i}`]), null, options, keep, issues, decisions, { name, label: `Days since ${dictionaryEntry(options.labels, d.column)?.label ?? readableColumnName(d.column).toLowerCase()}`, unit: 'days' }));
  });

  // --outliers exclude: drop the customers with any flagged value, then impute on what is left.
  const excluded = n - keep.reduce((a, b) => a + b, 0);
  const steps = [...cleaned.steps];
  if (options.outliers === 'exclude') {
    steps.push({ code: 'OUTLIER_EXCLUDED', description: 'customer with an impossible or extreme value (see column issues); --outliers exclude', rowsDropped: excluded, rowsChanged: 0, customersDropped: excluded });
  }
  const kept = (i: number) => keep[i] === 1;
  const ids = (cols.__segbot_id as unknown[]).map(String).filter((_v, i) => kept(i));
  for (const col of numeric) col.values = col.values.filter((_v, i) => kept(i));
  imputeAll(numeric, issues);

  const categorical: CategoricalColumn[] = plan.categorical.map((column, i) => {
    const values = (cols[`c${i}`] as unknown[]).filter((_v, j) => kept(j)).map((v) => (v === null || v === undefined ? null : String(v)));
    const merged = mergeRareCategories(values, column);
    if (merged) issues.push(merged);
    const missing = values.filter((v) => v === null).length;
    if (missing) issues.push({ column, code: 'MISSING_CATEGORY', count: missing, action: 'kept as missing: no level is set for these customers', examples: [] });
    return { ...encodeCategorical(column, values, true), label: dictionaryEntry(options.labels, column)?.label ?? readableColumnName(column) };
  });

  if (ids.length < 2) {
    throw new DataError('ONE_CUSTOMER', `${source}: only ${ids.length} customer is left after cleaning. Segmentation needs many customers: check --customer-column, or use a file with more customers.`, { source });
  }
  const spend = numeric.filter((c) => c.unit === 'money' && /^(mnt|amount|spend|spent|revenue|sales|umsatz)/.test(normaliseName(c.name)));
  const revenue = spend.length ? new Float64Array(ids.length) : null;
  if (revenue) for (const c of spend) for (let i = 0; i < revenue.length; i++) revenue[i] += c.values[i];
  if (spend.length) decisions.push({ column: spend.map((c) => c.name).join(' + '), role: 'revenue', by: 'name', note: 'sum of the spend columns' });

  return {
    roles: { customer, ...(plan.dates[0] ? { date: plan.dates[0].column } : {}), numeric: plan.numeric.concat(plan.dates.map((d) => d.column)), categorical: plan.categorical },
    dataQuality: {
      rowsRead: cleaned.rowsRead,
      rowsKept: ids.length,
      customersBefore: cleaned.customersBefore,
      customersKept: ids.length,
      steps,
      columnIssues: issues,
      warnings: [],
    },
    features: { shape: 'customers', customerIds: ids, numeric, categorical, revenue },
    revenueTotal: revenue ? revenue.reduce((a, b) => a + b, 0) : null,
    moneyColumns: numeric.filter((c) => c.unit === 'money').map((c) => c.name).slice(0, 8),
    dates,
  };
}

function imputeAll(numeric: NumericColumn[], issues: ColumnIssue[]): void {
  for (const col of numeric) {
    const { count, median } = imputeMedian(col.values);
    if (count) issues.push({ column: col.name, code: 'MISSING_IMPUTED', count, action: `missing values set to the median, ${median}`, examples: [] });
  }
}
