/**
 * Cleaning a transaction log inside Postgres, with the same stages, codes and order as the file
 * loader (tx-lines.ts): every raw row gets the first stage that drops it; exact duplicates are
 * grouped (one copy kept). Plain SQL that only reads the source: no temp table, no function, so it
 * also runs on a read-only replica. Money is NUMERIC: sums are exact and order-independent.
 */
import type { Stage } from '../tx-lines.js';
import { quoteIdent, quoteLiteral } from './connection.js';
import type { PgRoles, SourceColumn } from './schema.js';

export interface PgLinePlan {
  relation: string;
  roles: PgRoles;
  kinds: Map<string, SourceColumn['kind']>;
  money: 'quantity_price' | 'amount';
  /** Row-wise stages (everything but duplicates and the as-of cut, which apply to grouped rows). */
  rowStages: Stage[];
  duplicateStage: Stage | null;
  asOfStage: Stage | null;
  asOf?: string;
}

const text = (column: string) => `NULLIF(btrim(CAST(${quoteIdent(column)} AS TEXT)), '')`;
// Byte order for every text key: locale-aware comparison makes sorts and DISTINCT several times
// slower, and byte order is what DuckDB uses, so ordering and grouping agree with the file loader.
const key = (column: string) => `(${text(column)} COLLATE "C")`;
const digitsAs = (s: string, to: string) => `translate(${s}, '0123456789', '${to.repeat(10)}')`;

// Accepted text layouts of a date, digits shown as 9 (checked with translate: regular expressions
// with alternatives cost several times more per row in Postgres).
const ISO_SHAPES = ['9999-99-99', '9999-99-99 99:99', '9999-99-99 99:99:99', '9999-99-99T99:99', '9999-99-99T99:99:99'];

/** ISO text to TIMESTAMP, NULL when unreadable (Postgres 15 has no TRY_CAST, so values are checked first). */
export function isoTimestampSql(s: string): string {
  const part = (from: number, len: number) => `CAST(substr(${s}, ${from}, ${len}) AS INTEGER)`;
  const optional = (from: number) => `COALESCE(CAST(NULLIF(substr(${s}, ${from}, 2), '') AS INTEGER), 0)`;
  const shape = digitsAs(s, '9');
  const fraction = `(${shape} LIKE '9999-99-99_99:99:99.%' AND ${digitsAs(`substr(${s}, 21)`, '')} = '' AND length(${s}) > 20)`;
  const monthDays = `EXTRACT(DAY FROM make_date(${part(1, 4)}, ${part(6, 2)}, 1) + INTERVAL '1 month' - INTERVAL '1 day')`;
  // Nested CASEs: each test only runs once the previous one made it safe.
  return `CASE WHEN ${shape} IN (${ISO_SHAPES.map((x) => `'${x}'`).join(', ')}) OR ${fraction} THEN
    CASE WHEN ${part(1, 4)} >= 1 AND ${part(6, 2)} BETWEEN 1 AND 12 AND ${part(9, 2)} BETWEEN 1 AND 31 AND ${optional(12)} < 24 AND ${optional(15)} < 60 AND ${optional(18)} < 60 THEN
      CASE WHEN ${part(9, 2)} <= 28 OR ${part(9, 2)} <= ${monthDays} THEN CAST(${s} AS TIMESTAMP) END END END`;
}

function timestampExpr(column: string, kind: SourceColumn['kind']): string {
  return kind === 'time' ? `CAST(${quoteIdent(column)} AS TIMESTAMP)` : isoTimestampSql(text(column));
}

/** NUMERIC(18,4) like the file loader's DECIMAL(18,4); NULL for text that is not a number. */
function decimalExpr(column: string | undefined, kind: SourceColumn['kind'] | undefined): string {
  if (!column) return 'CAST(NULL AS NUMERIC(18,4))';
  if (kind === 'number') return `CAST(${quoteIdent(column)} AS NUMERIC(18,4))`;
  const t = text(column);
  // Plain decimals only ([+-]digits[.digits]); at most 14 integer digits fit NUMERIC(18,4).
  const unsigned = `(CASE WHEN left(${t}, 1) IN ('-', '+') THEN substr(${t}, 2) ELSE ${t} END)`;
  const valid = `${digitsAs(unsigned, '')} IN ('', '.') AND ${unsigned} NOT IN ('', '.') AND length(split_part(${unsigned}, '.', 1)) <= 14`;
  return `CASE WHEN ${valid} THEN CAST(CAST(${t} AS NUMERIC) AS NUMERIC(18,4)) END`;
}

const LINE_COLUMNS = 'customer_id, ts, invoice, quantity, price, value, product, product_label, country';

/** CTEs `typed` and `staged`: one typed row per source row, with the row-wise stage that drops it. */
export function stagedCtes(plan: PgLinePlan, materialized: boolean): string {
  const r = plan.roles;
  const kind = (c: string | undefined) => (c ? plan.kinds.get(c) : undefined);
  const opt = (c: string | undefined) => (c ? key(c) : 'CAST(NULL AS TEXT)');
  const quantity = decimalExpr(r.quantity, kind(r.quantity));
  const price = plan.money === 'quantity_price' ? decimalExpr(r.price, kind(r.price)) : 'CAST(NULL AS NUMERIC(18,4))';
  const value = plan.money === 'quantity_price' ? `CAST(${quantity} * ${price} AS NUMERIC(38,8))` : `CAST(${decimalExpr(r.amount, kind(r.amount))} AS NUMERIC(38,8))`;
  // Ids exported as floats (17850.0) lose the ".0"; the regular expression only runs where a dot is.
  const id = text(r.customer);
  const customer = `(CASE WHEN strpos(${id}, '.') > 0 THEN regexp_replace(${id}, '^([0-9]+)\\.0+$', '\\1') ELSE ${id} END COLLATE "C")`;
  const cancellation = [r.invoice ? `invoice ~ '^[Cc][0-9]'` : null, r.quantity ? 'quantity < 0' : null, plan.money === 'quantity_price' ? null : 'value < 0']
    .filter(Boolean)
    .join(' OR ') || 'false';
  const stage = `CASE ${plan.rowStages.map((s) => `WHEN ${s.when} THEN ${s.id}`).join(' ')} ELSE NULL END`;
  return `typed AS (
    SELECT ${customer} AS customer_id,
           ${timestampExpr(r.date, kind(r.date)!)} AS ts,
           ${opt(r.invoice)} AS invoice,
           ${quantity} AS quantity,
           ${price} AS price,
           ${value} AS value,
           ${opt(r.product)} AS product,
           ${opt(r.productLabel)} AS product_label,
           ${opt(r.country)} AS country
    FROM ${plan.relation}
  ),
  staged AS ${materialized ? 'MATERIALIZED ' : ''}(
    SELECT ${LINE_COLUMNS}, CAST(${stage} AS INTEGER) AS stage
    FROM (SELECT *, COALESCE(${cancellation}, false) AS is_return FROM typed) flagged
  )`;
}

/** The as-of cut, true for lines dated on or after --as-of. */
export const afterAsOf = (plan: PgLinePlan) => (plan.asOf ? `ts >= TIMESTAMP ${quoteLiteral(`${plan.asOf} 00:00:00`)}` : 'false');

/**
 * CTE `grouped`: the rows no row-wise stage dropped, one per group of exact copies (copies = group
 * size; all but one are duplicates). Without an invoice column identical rows stay separate lines.
 */
export function groupedCte(plan: PgLinePlan, materialized: boolean): string {
  const body = plan.duplicateStage
    ? `SELECT customer_id, ts, invoice, value, product, product_label, country, COUNT(*) AS copies FROM staged WHERE stage IS NULL GROUP BY ${LINE_COLUMNS}`
    : `SELECT customer_id, ts, invoice, value, product, product_label, country, 1 AS copies FROM staged WHERE stage IS NULL`;
  return `grouped AS ${materialized ? 'MATERIALIZED ' : ''}(${body})`;
}

/** CTE `kept`: the canonical cleaned lines the feature SQL reads. */
export function keptCte(plan: PgLinePlan): string {
  return `kept AS (SELECT customer_id, ts, invoice, value, product, product_label, country FROM grouped WHERE NOT (${afterAsOf(plan)}))`;
}

/**
 * Every count of the data-quality report and the totals, as one JSON row. The source is read once
 * (`staged`, materialized) and boiled down to two small tables, per customer and stage, and per
 * customer and invoice, from which all the figures are taken.
 */
export function qualitySql(plan: PgLinePlan): string {
  const cut = afterAsOf(plan);
  const invoice = plan.roles.invoice ? 'invoice' : "customer_id || '|' || CAST(CAST(ts AS DATE) AS TEXT)";
  return `WITH ${stagedCtes(plan, true)},
  ${groupedCte(plan, false)},
  per_stage AS MATERIALIZED (
    SELECT customer_id, stage, COUNT(*) AS n, SUM(value) AS value FROM staged GROUP BY customer_id, stage
  ),
  per_invoice AS MATERIALIZED (
    SELECT customer_id, ${invoice} AS invoice_key, ${cut} AS after_as_of, COUNT(*) AS lines, SUM(copies - 1) AS duplicates,
           MIN(ts) AS first_ts, MAX(ts) AS last_ts, SUM(value) AS value
    FROM grouped GROUP BY 1, 2, 3
  ),
  customer_last AS (
    SELECT customer_id, MAX(s) AS last_stage FROM (
      SELECT customer_id, stage AS s FROM per_stage WHERE stage IS NOT NULL AND customer_id IS NOT NULL
      UNION ALL SELECT customer_id, CASE WHEN after_as_of THEN ${plan.asOfStage?.id ?? 0} ELSE 1000 END FROM per_invoice
      UNION ALL SELECT customer_id, ${plan.duplicateStage?.id ?? 0} FROM per_invoice WHERE duplicates > 0
    ) stages GROUP BY customer_id
  )
  SELECT json_build_object(
    'rowsRead', (SELECT COALESCE(SUM(n), 0) FROM per_stage),
    'customersBefore', (SELECT COUNT(DISTINCT customer_id) FROM per_stage),
    'rawRevenue', (SELECT CAST(SUM(value) AS TEXT) FROM per_stage),
    'rowsByStage', (SELECT json_object_agg(stage, n) FROM (SELECT stage, SUM(n) AS n FROM per_stage WHERE stage IS NOT NULL GROUP BY stage) s),
    'duplicates', (SELECT COALESCE(SUM(duplicates), 0) FROM per_invoice),
    'afterAsOf', (SELECT COALESCE(SUM(lines), 0) FROM per_invoice WHERE after_as_of),
    'customersLostAt', (SELECT json_object_agg(last_stage, n) FROM (SELECT last_stage, COUNT(*) AS n FROM customer_last GROUP BY last_stage) c),
    'firstDate', (SELECT to_char(MIN(first_ts), 'YYYY-MM-DD') FROM per_invoice WHERE NOT after_as_of),
    'lastDate', (SELECT to_char(MAX(last_ts), 'YYYY-MM-DD') FROM per_invoice WHERE NOT after_as_of),
    'revenue', (SELECT CAST(SUM(value) AS TEXT) FROM per_invoice WHERE NOT after_as_of),
    'invoices', (SELECT COUNT(DISTINCT invoice_key) FROM per_invoice WHERE NOT after_as_of),
    'transactions', (SELECT COALESCE(SUM(lines), 0) FROM per_invoice WHERE NOT after_as_of)
  ) AS quality`;
}
