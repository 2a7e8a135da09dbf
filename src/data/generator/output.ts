/**
 * The generated log's output columns: names (Online-Retail-like or odd), date formats, and the
 * final SELECT that turns clean lines and planted dirt into file rows.
 */
import { descriptionSql, lineColumns, sqlString } from './sql.js';
import { BAD_DATES_DAY_FIRST, BAD_DATES_ISO, DIRT_KINDS, dirtKindSql } from './dirt.js';

export interface GeneratedColumns {
  invoice: string;
  product: string;
  description: string;
  quantity: string;
  date: string;
  price: string;
  customer: string;
  country: string;
}

/** Online Retail's own names, the default. */
export const ONLINE_RETAIL_COLUMNS: GeneratedColumns = {
  invoice: 'InvoiceNo', product: 'StockCode', description: 'Description', quantity: 'Quantity',
  date: 'InvoiceDate', price: 'UnitPrice', customer: 'CustomerID', country: 'Country',
};

/** `--odd-names`: names a detector must work harder on (tests pass them as flags where it cannot). */
export const ODD_COLUMNS: GeneratedColumns = {
  invoice: 'order_ref', product: 'sku', description: 'item_text', quantity: 'units',
  date: 'ordered_at', price: 'price_each', customer: 'client_no', country: 'ship_to',
};

export const ISO_DATE_FORMAT = '%Y-%m-%d %H:%M:%S';
export const DAY_FIRST_DATE_FORMAT = '%d/%m/%Y %H:%M';

export interface OutputShape {
  columns: GeneratedColumns;
  dateFormat: string;
  /** Dates as text (CSV always; Parquet when day-first or with bad dates), else a TIMESTAMP column. */
  datesAsText: boolean;
  /** Odd names also mean customer ids as zero-padded strings, whose leading zeros must survive. */
  paddedIds: boolean;
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Customer id as written in the log and the truth file. */
export function customerIdSql(cid: string, paddedIds: boolean): string {
  return paddedIds ? `lpad((${cid} + 1)::VARCHAR, 7, '0')` : `(${cid} + 10000)::BIGINT`;
}

/** Clean lines (kind 0), each followed by its dirty copy when it spawns one (kinds 1..5 in DIRT_KINDS order). */
export function linesSql(withDirt: boolean, cleanRows: number): string {
  const line = lineColumns();
  const expanded = withDirt ? `unnest(CASE WHEN dirt_kind > 0 THEN [0, dirt_kind] ELSE [0] END)` : '0';
  return `
SELECT cid, country, invoice_no, invoice_ts, product, quantity, price_cents, rn AS dirt_no, ${expanded} AS kind
FROM (
  SELECT i.cid, i.country, i.invoice_no, i.invoice_ts, ${line.product} AS product, ${line.quantity} AS quantity,
    ${line.priceCents} AS price_cents, i.line_offset + j AS rn${withDirt ? `, ${dirtKindSql('i.line_offset + j', cleanRows)} AS dirt_kind` : ''}
  FROM (SELECT *, unnest(range(lines)) AS j FROM gen_invoices) i
)`;
}

/** The file rows: formats each column and applies each dirt kind's damage. */
export function fileRowsSql(lines: string, shape: OutputShape): string {
  const c = shape.columns;
  const kind = (k: (typeof DIRT_KINDS)[number]) => DIRT_KINDS.indexOf(k) + 1;
  const badDates = shape.dateFormat === DAY_FIRST_DATE_FORMAT ? BAD_DATES_DAY_FIRST : BAD_DATES_ISO;
  const badDate = `[${badDates.map(sqlString).join(', ')}][1 + (dirt_no % ${badDates.length})]`;
  const dateText = `strftime(invoice_ts, ${sqlString(shape.dateFormat)})`;
  const date = shape.datesAsText
    ? `CASE WHEN kind = ${kind('badDates')} THEN ${badDate} ELSE ${dateText} END`
    : 'invoice_ts';
  return `
SELECT
  CASE WHEN kind = ${kind('cancellations')} THEN 'C' ELSE '' END || invoice_no::VARCHAR AS ${ident(c.invoice)},
  (10000 + product)::VARCHAR || CASE WHEN product % 9 = 0 THEN 'A' ELSE '' END AS ${ident(c.product)},
  ${descriptionSql('product')} AS ${ident(c.description)},
  CASE WHEN kind = ${kind('cancellations')} THEN -quantity ELSE quantity END AS ${ident(c.quantity)},
  ${date} AS ${ident(c.date)},
  CASE WHEN kind = ${kind('zeroPrices')} THEN 0.0 ELSE price_cents / 100.0 END AS ${ident(c.price)},
  CASE WHEN kind = ${kind('missingCustomerId')} THEN NULL ELSE ${customerIdSql('cid', shape.paddedIds)} END AS ${ident(c.customer)},
  country AS ${ident(c.country)}
FROM (${lines})`;
}
