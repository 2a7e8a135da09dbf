/**
 * The follow-up handle after clustering: per-segment top products and invoice baskets, aggregated
 * inside DuckDB from the cleaned lines, with each customer's segment registered through an appender.
 */
import { DataError } from '../errors.js';
import type { TopValue } from '../result/index.js';
import { literal, queryColumns, toNumber, type DuckDb } from './duckdb.js';
import { productLabelsSql, topProductsSql } from './sql.js';
import { purchaseSummarySql, toSummaryRows, type PurchaseSummaryRequest, type PurchaseSummaryRows } from './purchase-summary.js';
import { KEPT_LINES } from './tx-lines.js';

export interface DataSession {
  /** Per segment: products bought by most of its customers. share = buyers in segment / segment size; lift vs the whole population. */
  topProducts(customerIds: string[], segmentOfCustomer: Int32Array, topN: number): Promise<Map<number, TopValue[]>>;
  /** Product lists per invoice for one segment's customers, deterministic order and sample. */
  baskets(customerIds: string[], segmentOfCustomer: Int32Array, segment: number, maxInvoices: number): Promise<string[][]>;
  /** The lifetime-value models' per-customer summary (transaction logs only; null for customer tables). */
  purchaseSummary(request: PurchaseSummaryRequest): Promise<PurchaseSummaryRows | null>;
  /**
   * Sales (the cleaned lines' value) per customer in each [from, to) day window, for measuring a
   * campaign; absent on sources without transaction lines.
   */
  salesInWindows?(windows: readonly { from: string; to: string }[]): Promise<Map<string, number>[]>;
  close(): Promise<void>;
}

interface SessionShape {
  hasProduct: boolean;
  hasInvoice: boolean;
}

/** A session for data without lines (customer tables): nothing to aggregate. */
export function emptySession(db: DuckDb): DataSession {
  let open = true;
  return {
    topProducts: async () => new Map(),
    baskets: async () => [],
    purchaseSummary: async () => null,
    async close() {
      if (open) db.close();
      open = false;
    },
  };
}

export function txSession(db: DuckDb, shape: SessionShape): DataSession {
  const connection = db.connection;
  let open = true;
  let registered: { ids: string[]; segments: Int32Array } | null = null;

  async function registerSegments(customerIds: string[], segmentOfCustomer: Int32Array): Promise<void> {
    if (!open) throw new DataError('SESSION_CLOSED', 'the data session is closed: ask for products before closing it.');
    if (customerIds.length !== segmentOfCustomer.length) {
      throw new DataError('BAD_SEGMENTS', `segment labels (${segmentOfCustomer.length}) and customer ids (${customerIds.length}) differ in length.`);
    }
    if (registered && registered.ids === customerIds && registered.segments === segmentOfCustomer) return;
    // The engine is done by the time segments are registered: the product queries get the loading cap back.
    if (!registered) await db.reclaimMemory();
    await connection.run('CREATE OR REPLACE TEMP TABLE segment_of (customer_id VARCHAR, segment INTEGER)');
    const appender = await connection.createAppender('segment_of');
    for (let i = 0; i < customerIds.length; i++) {
      appender.appendVarchar(customerIds[i]);
      appender.appendInteger(segmentOfCustomer[i]);
      appender.endRow();
    }
    appender.closeSync();
    registered = { ids: customerIds, segments: segmentOfCustomer };
  }

  // Built once per session and reused by every call (baskets is asked once per segment).
  let productTables: Promise<void> | null = null;
  const ensureProductTables = () =>
    (productTables ??= (async () => {
      // Descriptions over the lines that pass the row-wise checks, read again from the source: the
      // lines table does not keep them.
      await connection.run(
        `CREATE OR REPLACE TEMP TABLE product_labels AS ${productLabelsSql('(SELECT product, product_label FROM typed_lines WHERE drop_stage IS NULL) AS typed')}`,
      );
      await connection.run(`CREATE OR REPLACE TEMP TABLE customer_products AS
        SELECT DISTINCT customer_id, product FROM lines WHERE drop_stage IS NULL AND product IS NOT NULL`);
    })());

  return {
    async topProducts(customerIds, segmentOfCustomer, topN) {
      const out = new Map<number, TopValue[]>();
      if (!shape.hasProduct || topN <= 0) return out;
      await registerSegments(customerIds, segmentOfCustomer);
      await ensureProductTables();
      const cols = await queryColumns(
        connection,
        `WITH ${topProductsSql({ bought: 'SELECT customer_id, product FROM customer_products', labels: 'product_labels', topN })}`,
      );
      for (let i = 0; i < cols.segment.length; i++) {
        const segment = toNumber(cols.segment[i]);
        const customers = toNumber(cols.customers[i]);
        const share = customers / toNumber(cols.size[i]);
        const populationShare = toNumber(cols.buyers[i]) / toNumber(cols.n[i]);
        const list = out.get(segment) ?? [];
        list.push({ value: String(cols.label[i]), customers, share, lift: populationShare > 0 ? share / populationShare : null });
        out.set(segment, list);
      }
      return out;
    },

    async baskets(customerIds, segmentOfCustomer, segment, maxInvoices) {
      if (!shape.hasProduct || maxInvoices <= 0) return [];
      await registerSegments(customerIds, segmentOfCustomer);
      await ensureProductTables();
      const basket = shape.hasInvoice ? 'l.invoice' : "l.customer_id || '|' || CAST(CAST(l.ts AS DATE) AS VARCHAR)";
      // md5 order: a deterministic sample spread over the whole period, not just the first invoices.
      const cols = await queryColumns(
        connection,
        `WITH segment_lines AS (
           SELECT ${basket} AS basket, l.product FROM lines l JOIN segment_of s USING (customer_id)
           WHERE s.segment = ${Math.trunc(segment)} AND l.drop_stage IS NULL AND l.product IS NOT NULL),
         chosen AS (SELECT DISTINCT basket FROM segment_lines ORDER BY md5(basket), basket LIMIT ${Math.floor(maxInvoices)})
         SELECT c.basket, list(DISTINCT lb.label ORDER BY lb.label) AS products
         FROM chosen c JOIN segment_lines sl USING (basket) JOIN product_labels lb USING (product)
         GROUP BY c.basket ORDER BY md5(c.basket), c.basket`,
      );
      return cols.products.map((p) => (p as unknown[]).map(String));
    },

    async purchaseSummary(request) {
      if (!open) throw new DataError('SESSION_CLOSED', 'the data session is closed: ask for the purchase summary before closing it.');
      const cols = await queryColumns(connection, purchaseSummarySql(KEPT_LINES, request));
      const ids = cols.customer_id ?? [];
      return toSummaryRows(ids.map((id, i) => ({ customer_id: id, x: cols.x[i], tx_days: cols.tx_days[i], t_days: cols.t_days[i], m: cols.m[i], holdout: cols.holdout[i] })));
    },

    async salesInWindows(windows) {
      const out: Map<string, number>[] = [];
      for (const w of windows) {
        const cols = await queryColumns(connection, `SELECT customer_id, SUM(value) AS sales FROM ${KEPT_LINES} WHERE ts >= CAST(${literal(w.from)} AS TIMESTAMP) AND ts < CAST(${literal(w.to)} AS TIMESTAMP) GROUP BY customer_id`);
        out.push(new Map((cols.customer_id ?? []).map((id, i) => [String(id), toNumber(cols.sales[i])])));
      }
      return out;
    },

    async close() {
      if (open) db.close();
      open = false;
    },
  };
}
