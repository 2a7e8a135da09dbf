/**
 * The per-customer feature aggregation as one plain SQL query, for DuckDB and Postgres alike, so
 * the same numbers come out of a file read by DuckDB and of a table inside a database.
 *
 * The source relation must have the canonical cleaned-line columns:
 *   customer_id (text), ts (timestamp), value (numeric/decimal line revenue),
 *   and optionally invoice (text), product (text), country (text).
 * Money stays exact (DECIMAL/NUMERIC) until the final cast, so results are byte-stable.
 */
export type SqlDialect = 'duckdb' | 'postgres';

export interface FeatureSqlOptions {
  dialect: SqlDialect;
  /** A table name or a parenthesised subquery with the canonical columns. */
  source: string;
  /** Snapshot date, YYYY-MM-DD: recency and tenure count days up to it. */
  asOf: string;
  hasInvoice: boolean;
  hasProduct: boolean;
  hasCountry: boolean;
  /** Days for the recent-spend window (default 90). */
  recentDays?: number;
  /**
   * With hasProduct: a relation of distinct (customer_id, product) pairs already taken, counted instead
   * of counting distinct products over the lines again.
   */
  customerProducts?: string;
}

/** Output columns, in order. `country` is present only with hasCountry, `distinct_products` only with hasProduct. */
export const FEATURE_SQL_COLUMNS = ['customer_id', 'recency_days', 'frequency', 'monetary', 'tenure_days', 'avg_basket_value', 'spend_90d', 'distinct_products', 'country'] as const;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** YYYY-MM-DD minus n days. */
export function minusDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) - days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export function customerFeatureSql(o: FeatureSqlOptions): string {
  if (!DATE_RE.test(o.asOf)) throw new Error(`asOf must be YYYY-MM-DD, got ${o.asOf}`);
  // Postgres sorts text by the locale unless told otherwise; "C" is byte order, as in DuckDB.
  const collate = o.dialect === 'postgres' ? ' COLLATE "C"' : '';
  const cutoff = minusDays(o.asOf, o.recentDays ?? 90);
  const invoice = o.hasInvoice ? 'invoice' : 'CAST(ts AS DATE)';
  // per_customer is read twice (country and the final select): computed once.
  const ctes = [
    `per_customer AS ${o.hasCountry ? 'MATERIALIZED ' : ''}(
    SELECT customer_id,
           CAST(DATE '${o.asOf}' - CAST(MAX(ts) AS DATE) AS INTEGER) AS recency_days,
           CAST(COUNT(DISTINCT ${invoice}) AS INTEGER) AS frequency,
           SUM(value) AS monetary_exact,
           CAST(DATE '${o.asOf}' - CAST(MIN(ts) AS DATE) AS INTEGER) AS tenure_days,
           SUM(CASE WHEN ts >= TIMESTAMP '${cutoff} 00:00:00' THEN value ELSE 0 END) AS recent_exact${o.hasProduct && !o.customerProducts ? `,
           CAST(COUNT(DISTINCT product) AS INTEGER) AS distinct_products` : ''}${o.hasCountry ? `,
           MIN(country) AS only_country, MAX(country) AS other_country` : ''}
    FROM ${o.source} AS lines_in
    GROUP BY customer_id
  )`,
  ];
  if (o.hasCountry) {
    // Most customers buy from one country: spend per country is only summed for the others.
    ctes.push(`country_spend AS (
    SELECT lines_in.customer_id, lines_in.country, SUM(lines_in.value) AS spend
    FROM ${o.source} AS lines_in
    JOIN per_customer pc ON pc.customer_id = lines_in.customer_id AND pc.only_country <> pc.other_country
    WHERE lines_in.country IS NOT NULL
    GROUP BY lines_in.customer_id, lines_in.country
  )`);
    ctes.push(`main_country AS (
    SELECT customer_id, country FROM (
      SELECT customer_id, country, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY spend DESC, country${collate} ASC) AS rank_in_customer
      FROM country_spend
    ) ranked
    WHERE rank_in_customer = 1
  )`);
  }
  if (o.hasProduct && o.customerProducts) {
    ctes.push(`product_counts AS (
    SELECT customer_id, CAST(COUNT(*) AS INTEGER) AS distinct_products FROM ${o.customerProducts} AS bought GROUP BY customer_id
  )`);
  }
  const counted = o.hasProduct && o.customerProducts;
  const columns = [
    'c.customer_id',
    'c.recency_days',
    'c.frequency',
    'CAST(c.monetary_exact AS DOUBLE PRECISION) AS monetary',
    'c.tenure_days',
    'CAST(c.monetary_exact AS DOUBLE PRECISION) / c.frequency AS avg_basket_value',
    'CAST(c.recent_exact AS DOUBLE PRECISION) AS spend_90d',
    ...(o.hasProduct ? [counted ? 'COALESCE(p.distinct_products, 0) AS distinct_products' : 'c.distinct_products'] : []),
    ...(o.hasCountry ? ['COALESCE(m.country, c.only_country) AS country'] : []),
  ];
  return `WITH ${ctes.join(',\n  ')}
SELECT ${columns.join(',\n       ')}
FROM per_customer c${o.hasCountry ? '\nLEFT JOIN main_country m ON m.customer_id = c.customer_id' : ''}${counted ? '\nLEFT JOIN product_counts p ON p.customer_id = c.customer_id' : ''}
ORDER BY c.customer_id${collate}`;
}

/** Totals over the same source: customers, revenue, invoices and lines. */
export function totalsSql(o: Pick<FeatureSqlOptions, 'source' | 'hasInvoice'>): string {
  const invoice = o.hasInvoice ? 'invoice' : "customer_id || '|' || CAST(CAST(ts AS DATE) AS VARCHAR)";
  return `SELECT COUNT(DISTINCT customer_id) AS customers, CAST(SUM(value) AS DOUBLE PRECISION) AS revenue,
       COUNT(DISTINCT ${invoice}) AS invoices, COUNT(*) AS transactions
FROM ${o.source} AS lines_in`;
}

/**
 * The most frequent description per product code, ties to the first in byte order. `source` is a
 * relation with product and product_label columns (a table name, or a subquery with an alias).
 */
export function productLabelsSql(source: string): string {
  return `SELECT product, label FROM (
      SELECT product, COALESCE(product_label, product) AS label,
             ROW_NUMBER() OVER (PARTITION BY product ORDER BY COUNT(*) DESC, COALESCE(product_label, product)) AS rank_in_product
      FROM ${source} WHERE product IS NOT NULL GROUP BY product, COALESCE(product_label, product)
    ) ranked WHERE rank_in_product = 1`;
}

/**
 * Per segment, the products bought by most of its customers, with the counts for share and lift.
 * Returns CTEs and the final SELECT (prefix with `WITH ` or with other CTEs); the query needs a
 * relation segment_of(customer_id, segment) and the relation named by `labels` (productLabelsSql).
 * `bought` is a SELECT of distinct (customer_id, product) pairs.
 */
/** Share of a segment's customers a product needs before its lift counts (a rare product's lift is noise). */
export const PRODUCT_MIN_SUPPORT = 0.1;

/**
 * Per segment, the products that are most its own: among those bought by at least
 * PRODUCT_MIN_SUPPORT of the segment (and 5 customers), the highest lift against the whole
 * population first; below that support, by number of buyers. Ranking by share alone names the
 * same best-seller for every segment.
 */
export function topProductsSql(o: { bought: string; labels: string; topN: number }): string {
  return `bought AS (${o.bought}),
         population AS (SELECT COUNT(*) AS n FROM segment_of),
         sizes AS (SELECT segment, COUNT(*) AS size FROM segment_of GROUP BY segment),
         counted AS (SELECT s.segment, b.product, COUNT(*) AS customers FROM bought b JOIN segment_of s USING (customer_id) GROUP BY s.segment, b.product),
         -- Buyers in the whole population: the per-segment counts summed (one pass over the lines, not two).
         buyers AS (SELECT product, SUM(customers) AS buyers FROM counted GROUP BY product),
         in_segment AS (
           SELECT c.segment, c.product, c.customers,
                  ROW_NUMBER() OVER (
                    PARTITION BY c.segment
                    ORDER BY (c.customers >= GREATEST(5, ${PRODUCT_MIN_SUPPORT} * z.size)) DESC,
                             CASE WHEN c.customers >= GREATEST(5, ${PRODUCT_MIN_SUPPORT} * z.size) THEN 1.0 * c.customers * p.n / (z.size * y.buyers) END DESC,
                             c.customers DESC, c.product) AS rank_in_segment
           FROM counted c JOIN sizes z USING (segment) JOIN buyers y USING (product) CROSS JOIN population p)
         SELECT i.segment, l.label, i.customers, z.size, y.buyers, p.n
         FROM in_segment i JOIN sizes z USING (segment) JOIN buyers y USING (product) JOIN ${o.labels} l USING (product) CROSS JOIN population p
         WHERE i.rank_in_segment <= ${Math.floor(o.topN)}
         ORDER BY i.segment, i.rank_in_segment`;
}
