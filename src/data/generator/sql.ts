/**
 * DuckDB SQL that generates a transaction log. Every random draw is a hash of (seed, entity,
 * draw number), so the data is a pure function of the seed, computed in parallel without any
 * state, and nothing per row ever lives in JS. DuckDB's random() is not used: it cannot be
 * seeded per query reliably.
 */
import {
  ARCHETYPES, COUNTRIES, HOME_COUNTRY, HOME_SHARE, LOG_END_DATE, PRODUCTS, PRODUCT_STEP,
  PRODUCT_ADJECTIVES, PRODUCT_COLOURS, PRODUCT_NOUNS, type Archetype,
} from './archetypes.js';

/** Median lines per invoice before the archetype's basket factor; ~20 rows per customer at 5 segments. */
const LINES_MEDIAN = 2.5;
const LINES_SIGMA = 0.8;
const MAX_LINES = 400;
const QUANTITY_MEDIAN = 4;
const QUANTITY_SIGMA = 0.8;
const MAX_QUANTITY = 20_000;
const FIRST_INVOICE_NO = 536_365;

export const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;
const sqlList = (xs: readonly string[]) => `[${xs.map(sqlString).join(', ')}]`;

/**
 * Macros u01 (uniform in [0,1)) and gauss (standard normal, Box-Muller), both keyed by
 * (entity a, entity b, draw number). The top 53 bits of the 64-bit hash make the double.
 */
export function randomMacros(seed: number): string[] {
  return [
    `CREATE OR REPLACE TEMP MACRO u01(a, b, draw) AS (hash(${seed}::UBIGINT, a, b, draw) >> 11)::DOUBLE / 9007199254740992.0`,
    `CREATE OR REPLACE TEMP MACRO gauss(a, b, draw) AS sqrt(-2 * ln(1 - u01(a, b, draw))) * cos(2 * pi() * u01(a, b, draw + 1000))`,
  ];
}

function archetypeRows(archetypes: readonly Archetype[]): string {
  const total = archetypes.reduce((s, a) => s + a.weight, 0);
  let cumulative = 0;
  return archetypes
    .map((a, i) => {
      const lo = cumulative;
      cumulative += a.weight / total;
      const hi = i === archetypes.length - 1 ? 1.0000001 : cumulative;
      return `(${i}, ${sqlString(a.name)}, ${lo}, ${hi}, ${a.invoicesMedian}, ${a.invoicesSigma}, ${a.invoicesMin}, ${a.recencyDays[0]}, ${a.recencyDays[1]}, ${a.firstPurchaseDays[0]}, ${a.firstPurchaseDays[1]}, ${a.firstPurchaseRelative}, ${a.quantityFactor}, ${a.basketFactor})`;
    })
    .join(',\n');
}

/**
 * One row per customer: planted segment, invoice count, recency and first purchase (days before
 * the log end), country, and the offset of its first invoice in the global invoice sequence.
 */
export function customersSql(customers: number, planted: number): string {
  const archetypes = ARCHETYPES.slice(0, planted);
  return `
CREATE OR REPLACE TEMP TABLE gen_customers AS
WITH archetype(seg, segment, lo, hi, inv_median, inv_sigma, inv_min, rec_lo, rec_hi, first_lo, first_hi, first_relative, qty_factor, basket_factor) AS (
  VALUES ${archetypeRows(archetypes)}
),
drawn AS (
  SELECT c.i AS cid, a.*,
    greatest(a.inv_min, round(a.inv_median * exp(a.inv_sigma * gauss(c.i, 0, 2))))::INTEGER AS invoices,
    (a.rec_lo + floor(u01(c.i, 0, 3) * (a.rec_hi - a.rec_lo + 1)))::INTEGER AS last_ago,
    floor(u01(c.i, 0, 4) * (a.first_hi - a.first_lo + 1))::INTEGER AS first_draw,
    CASE WHEN u01(c.i, 0, 5) < ${HOME_SHARE} THEN ${sqlString(HOME_COUNTRY)}
         ELSE ${sqlList(COUNTRIES)}[1 + floor(u01(c.i, 0, 6) * ${COUNTRIES.length})::INTEGER] END AS country
  FROM range(${customers}) c(i)
  JOIN archetype a ON u01(c.i, 0, 1) >= a.lo AND u01(c.i, 0, 1) < a.hi
),
dated AS (
  SELECT *, least(372, greatest(last_ago,
      CASE WHEN first_relative THEN last_ago + first_lo + first_draw ELSE first_lo + first_draw END))::INTEGER AS first_ago
  FROM drawn
)
SELECT cid, seg, segment, CASE WHEN first_ago = last_ago THEN 1 ELSE invoices END AS invoices,
  last_ago, first_ago, country, qty_factor, basket_factor,
  (sum(CASE WHEN first_ago = last_ago THEN 1 ELSE invoices END) OVER (ORDER BY cid ROWS UNBOUNDED PRECEDING)
    - CASE WHEN first_ago = last_ago THEN 1 ELSE invoices END)::BIGINT AS invoice_offset
FROM dated ORDER BY cid`;
}

/**
 * One row per invoice: its number, timestamp, line count and the offset of its first line in
 * the global line sequence (so that dirt can pick source lines by number). Invoice 0 is the last
 * purchase and invoice 1 the first; the others fall uniformly in between.
 */
export function invoicesSql(): string {
  return `
CREATE OR REPLACE TEMP TABLE gen_invoices AS
WITH expanded AS (
  SELECT cid, country, qty_factor, basket_factor, last_ago, first_ago, invoice_offset,
    unnest(range(invoices)) AS inv
  FROM gen_customers
),
drawn AS (
  SELECT cid, inv, country, qty_factor,
    (${FIRST_INVOICE_NO} + invoice_offset + inv)::BIGINT AS invoice_no,
    CASE WHEN inv = 0 THEN last_ago WHEN inv = 1 THEN first_ago
         ELSE last_ago + floor(u01(cid, inv, 10) * (first_ago - last_ago + 1))::INTEGER END AS days_ago,
    (8 * 60 + floor(u01(cid, inv, 11) * 11 * 60))::INTEGER AS minute_of_day,
    least(${MAX_LINES}, greatest(1, round(${LINES_MEDIAN} * basket_factor * exp(${LINES_SIGMA} * gauss(cid, inv, 12)))))::INTEGER AS lines
  FROM expanded
)
SELECT cid, inv, country, qty_factor, invoice_no, lines,
  DATE ${sqlString(LOG_END_DATE)} - days_ago * INTERVAL 1 DAY + minute_of_day * INTERVAL 1 MINUTE AS invoice_ts,
  (sum(lines) OVER (ORDER BY cid, inv ROWS UNBOUNDED PRECEDING) - lines)::BIGINT AS line_offset
FROM drawn ORDER BY cid, inv`;
}

/**
 * The columns of one order line, as SQL expressions over an invoice row `i` and a line number `j`.
 * Products within an invoice are distinct (stepping through a prime-sized catalogue), so the clean
 * log has no exact duplicate rows and every planted duplicate is counted exactly.
 */
export function lineColumns(): Record<'product' | 'quantity' | 'priceCents', string> {
  const firstProduct = `floor(${PRODUCTS} * pow(u01(i.invoice_no, 0, 20), 2))::BIGINT`;
  const product = `((${firstProduct} + j * ${PRODUCT_STEP}) % ${PRODUCTS})`;
  return {
    product,
    quantity: `least(${MAX_QUANTITY}, greatest(1, round(${QUANTITY_MEDIAN} * i.qty_factor * exp(${QUANTITY_SIGMA} * gauss(i.invoice_no, j, 21)))))::INTEGER`,
    // A product has one price; the seed still changes the catalogue.
    priceCents: `greatest(10, round(250 * exp(0.8 * gauss(${product}, -1, 22))))::INTEGER`,
  };
}

export function descriptionSql(product: string): string {
  const a = PRODUCT_ADJECTIVES.length;
  const c = PRODUCT_COLOURS.length;
  const n = PRODUCT_NOUNS.length;
  return `(${sqlList(PRODUCT_ADJECTIVES)}[1 + (${product} % ${a})] || ' ' || ${sqlList(PRODUCT_COLOURS)}[1 + ((${product} // ${a}) % ${c})] || ' ' || ${sqlList(PRODUCT_NOUNS)}[1 + ((${product} // ${a * c}) % ${n})])`;
}
