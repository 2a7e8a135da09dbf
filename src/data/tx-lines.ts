/**
 * Cleaning a transaction log, in DuckDB: every raw row becomes one typed line with the first
 * cleaning step that drops it (drop_stage), so each dropped row is counted exactly once.
 * Money is DECIMAL: sums are exact and byte-stable whatever the thread scheduling.
 *
 * The view `typed_lines` parses the raw rows; the table `lines` keeps only the columns the
 * later steps read (no unit price, no product description) plus a hash of the whole line, so 20M
 * lines take under 3 GB of DuckDB's memory instead of 3.7 GB. Each product's name (its most frequent
 * description) is taken into `product_labels` in the same read, and the description column dropped.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { TxSchema } from './schema.js';
import { literal } from './duckdb.js';
import { cleanText, customerIdExpr, decimalExpr, type ColumnProfile } from './profile.js';
import { productLabelsSql } from './sql.js';

export interface Stage {
  id: number;
  code: string;
  description: string;
  /** SQL condition on the typed line; null for stages applied after the row-wise pass (returns). */
  when: string | null;
}

export interface LinePlan {
  stages: Stage[];
  hasInvoice: boolean;
  hasProduct: boolean;
  hasCountry: boolean;
  hasPrice: boolean;
  dropsDuplicates: boolean;
  /** Returns are netted against purchases (true) or dropped as cancellations (false). */
  netsReturns: boolean;
  /** SQL condition marking a cancellation or return line. */
  cancellation: string;
}

export const RETURN_STAGES = {
  netted: { id: 9, code: 'RETURN_NETTED', description: 'return matched to the earlier purchase it reverses (same customer and product, quantity ≥ returned) and netted against it; the purchase is reduced', when: null },
  returnedPurchase: { id: 10, code: 'RETURNED_PURCHASE', description: 'purchase fully returned: nothing left after netting its returns', when: null },
  unmatched: { id: 11, code: 'RETURN_UNMATCHED', description: 'return with no earlier matching purchase in the data (bought before the data starts?)', when: null },
} satisfies Record<string, Stage>;

export const DUPLICATE_STAGE: Stage = {
  id: 7,
  code: 'DUPLICATE_ROW',
  description: 'exact duplicate of an earlier line (same invoice, customer, date, product, quantity, price, country)',
  when: null,
};

export function planLines(schema: TxSchema, options: { netReturns?: boolean; asOf?: string }): LinePlan {
  const r = schema.roles;
  const hasPrice = schema.money === 'quantity_price';
  // Without an invoice column an identical row may well be a second purchase the same day: keep it.
  const dropsDuplicates = !!r.invoice;
  const cancellation = [r.invoice ? `regexp_matches(invoice, '^[Cc][0-9]')` : null, r.quantity ? 'quantity < 0' : null, hasPrice ? null : 'value < 0'].filter(Boolean).join(' OR ');
  const stages: (Stage | null)[] = [
    { id: 1, code: 'MISSING_CUSTOMER_ID', description: 'no customer id: the row cannot be attributed to a customer', when: 'customer_id IS NULL' },
    { id: 2, code: 'BAD_DATE', description: 'date missing or not readable as a date', when: 'ts IS NULL' },
    { id: 3, code: 'BAD_NUMBER', description: `${hasPrice ? 'quantity or unit price' : 'amount'} missing or not a number`, when: 'value IS NULL' },
    options.netReturns
      ? null
      : { id: 4, code: 'CANCELLATION', description: `cancellation or return (${r.invoice ? 'invoice starting with C or ' : ''}negative ${r.quantity ? 'quantity' : 'amount'}); --returns drop; the default --returns net nets them against the purchases they reverse`, when: 'is_return' },
    hasPrice ? { id: 5, code: 'NON_POSITIVE_PRICE', description: 'unit price zero or negative (free items, adjustments, bad debt)', when: 'price <= 0' } : null,
    r.quantity ? { id: 6, code: 'ZERO_QUANTITY', description: 'quantity zero', when: 'quantity = 0' } : null,
    // Applied after the row-wise pass (markDuplicates), to the rows still kept or only cut by --as-of.
    dropsDuplicates ? DUPLICATE_STAGE : null,
    options.asOf ? { id: 8, code: 'AFTER_AS_OF', description: `dated on or after the snapshot date --as-of ${options.asOf}`, when: `ts >= TIMESTAMP ${literal(options.asOf)}` } : null,
    ...(options.netReturns ? [RETURN_STAGES.netted, RETURN_STAGES.returnedPurchase, RETURN_STAGES.unmatched] : []),
  ];
  return {
    stages: stages.filter((s): s is Stage => s !== null),
    hasInvoice: !!r.invoice,
    hasProduct: !!r.product,
    hasCountry: !!r.country,
    hasPrice,
    dropsDuplicates,
    netsReturns: !!options.netReturns,
    cancellation: cancellation || 'false',
  };
}

/** Every column of a typed line: what makes two lines duplicates. */
const LINE_COLUMNS = 'customer_id, ts, invoice, quantity, price, value, product, product_label, country';
/** The columns kept in the `lines` table. */
const TABLE_COLUMNS = 'customer_id, ts, invoice, quantity, value, product, country';

/**
 * Creates the view `typed_lines` and the table `lines`: one typed row per raw row, with drop_stage
 * (NULL = kept); with a product column also `product_labels`, named from the lines that pass the row-wise checks.
 */
export async function createLines(
  connection: DuckDBConnection,
  relation: string,
  schema: TxSchema,
  profiles: Map<string, ColumnProfile>,
  plan: LinePlan,
): Promise<void> {
  const r = schema.roles;
  const text = (c: string | undefined) => (c ? cleanText(c) : 'CAST(NULL AS VARCHAR)');
  const dec = (c: string | undefined) => (c ? decimalExpr(c, profiles.get(c)) : 'CAST(NULL AS DECIMAL(18,4))');
  const rowWise = plan.stages.filter((s) => s.when !== null);
  const dropStage = `CASE ${rowWise.map((s) => `WHEN ${s.when} THEN ${s.id}`).join(' ')} ELSE NULL END`;
  // Numbers are parsed once in `typed`; the line value is computed from them in `valued`.
  await connection.run(`
    CREATE OR REPLACE VIEW typed_lines AS
    WITH typed AS (
      SELECT ${customerIdExpr(r.customer)} AS customer_id,
             ${schema.dateParse.expression(cleanText(r.date))} AS ts,
             ${text(r.invoice)} AS invoice,
             ${dec(r.quantity)} AS quantity,
             ${plan.hasPrice ? dec(r.price) : 'CAST(NULL AS DECIMAL(18,4))'} AS price,
             ${plan.hasPrice ? 'CAST(NULL AS DECIMAL(18,4))' : dec(r.amount)} AS amount,
             ${text(r.product)} AS product,
             ${text(r.productLabel)} AS product_label,
             ${text(r.country)} AS country
      FROM ${relation}
    ), valued AS (
      SELECT *, CAST(${plan.hasPrice ? 'quantity * price' : 'amount'} AS DECIMAL(38,8)) AS value FROM typed
    ), flagged AS (
      SELECT *, COALESCE(${plan.cancellation}, false) AS is_return FROM valued
    )
    SELECT ${LINE_COLUMNS}, is_return, CAST(${dropStage} AS INTEGER) AS drop_stage FROM flagged`);
  // The description rides along only until the products are named: the file is read once, not again for the names.
  const label = plan.hasProduct ? ', product_label' : '';
  await connection.run(`CREATE OR REPLACE TABLE lines AS SELECT ${TABLE_COLUMNS}${label}, is_return, drop_stage, hash(${LINE_COLUMNS}) AS line_hash FROM typed_lines`);
  if (plan.hasProduct) {
    await connection.run(`CREATE OR REPLACE TEMP TABLE product_labels AS ${productLabelsSql('(SELECT product, product_label FROM lines WHERE drop_stage IS NULL) AS typed')}`);
    await connection.run('ALTER TABLE lines DROP COLUMN product_label');
  }
  if (plan.dropsDuplicates) await markDuplicates(connection, plan);
}

/**
 * Marks every copy of a line after the first as DUPLICATE_ROW. The 64-bit line_hash of the whole
 * line finds the few lines that can be repeats; only those are compared column by column (the kept
 * columns plus the hash, which stands for the unit price — implied by quantity and value — and the
 * description), so the costly comparison runs on a handful of rows, not millions.
 */
async function markDuplicates(connection: DuckDBConnection, plan: LinePlan): Promise<void> {
  const later = plan.stages.filter((s) => s.when !== null && s.id > DUPLICATE_STAGE.id).map((s) => s.id);
  const open = `(drop_stage IS NULL${later.length ? ` OR drop_stage IN (${later.join(', ')})` : ''})`;
  await connection.run(`
    UPDATE lines SET drop_stage = ${DUPLICATE_STAGE.id}
    WHERE rowid IN (
      WITH repeated AS (SELECT line_hash FROM lines WHERE ${open} GROUP BY line_hash HAVING COUNT(*) > 1),
      ranked AS (
        SELECT rowid AS rid, ROW_NUMBER() OVER (PARTITION BY ${TABLE_COLUMNS}, line_hash) AS copy_no
        FROM lines WHERE ${open} AND line_hash IN (SELECT line_hash FROM repeated)
      )
      SELECT rid FROM ranked WHERE copy_no > 1
    )`);
}

/** The kept lines in the canonical form the feature SQL reads. */
export const KEPT_LINES = `(SELECT customer_id, ts, invoice, value, product, country FROM lines WHERE drop_stage IS NULL)`;
