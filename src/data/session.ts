/**
 * The follow-up handle after clustering: per-segment top products and invoice baskets, aggregated
 * inside DuckDB from the cleaned lines, with each customer's segment registered through an appender.
 */
import { DataError } from '../errors.js';
import type { TopValue } from '../result/index.js';
import { literal, queryColumns, toNumber, type DuckDb } from './duckdb.js';
import { topProductsSql } from './sql.js';
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
  /**
   * The caller has asked for everything it needs from the lines (baskets, purchase summary, sales):
   * once the queries already asked for are done, the lines are dropped and the memory cap lowered, so
   * that the engine gets the RAM; top products can still be asked for. Returns at once; the work goes
   * on beside the caller's.
   */
  release?(): void;
  close(): Promise<void>;
}

interface SessionShape {
  hasProduct: boolean;
  hasInvoice: boolean;
}

/** A session for data without lines (customer tables): nothing to aggregate. */
export function emptySession(db: DuckDb): DataSession {
  let open = true;
  let yielded: Promise<void> = Promise.resolve();
  return {
    topProducts: async () => new Map(),
    baskets: async () => [],
    purchaseSummary: async () => null,
    release() {
      if (open) yielded = db.yieldMemory().catch(() => undefined);
    },
    async close() {
      await yielded; // the cap's query must end before the database closes under it
      if (open) db.close();
      open = false;
    },
  };
}

/**
 * The session of a transaction log. Its queries run one at a time in the order asked, each after the
 * one before has finished, so a caller can ask for several without awaiting each (and go on with its
 * own work while DuckDB's threads run them). The top products are counted from `customer_products`
 * and named from `product_labels`, both taken while loading (tx-features.ts, tx-lines.ts).
 */
export function txSession(db: DuckDb, shape: SessionShape): DataSession {
  const connection = db.connection;
  let open = true;
  let registered: { ids: string[]; segments: Int32Array } | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let released = false;
  const needLines = (what: string) => {
    if (!open) throw new DataError('SESSION_CLOSED', `the data session is closed: ask for ${what} before closing it.`);
    if (released) throw new DataError('SESSION_RELEASED', `the data session has released its lines: ask for ${what} before releasing it.`);
  };
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };

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

  return {
    topProducts: (customerIds, segmentOfCustomer, topN) => serial(async () => {
      const out = new Map<number, TopValue[]>();
      if (!shape.hasProduct || topN <= 0) return out;
      await registerSegments(customerIds, segmentOfCustomer);
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
    }),

    baskets: (customerIds, segmentOfCustomer, segment, maxInvoices) => serial(async () => {
      if (!shape.hasProduct || maxInvoices <= 0) return [];
      needLines('baskets');
      await registerSegments(customerIds, segmentOfCustomer);
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
    }),

    purchaseSummary: (request) => serial(async () => {
      needLines('the purchase summary');
      const cols = await queryColumns(connection, purchaseSummarySql(KEPT_LINES, request));
      const ids = cols.customer_id ?? [];
      return toSummaryRows(ids.map((id, i) => ({ customer_id: id, x: cols.x[i], tx_days: cols.tx_days[i], t_days: cols.t_days[i], m: cols.m[i], holdout: cols.holdout[i] })));
    }),

    salesInWindows: (windows) => serial(async () => {
      needLines('sales');
      const out: Map<string, number>[] = [];
      for (const w of windows) {
        const cols = await queryColumns(connection, `SELECT customer_id, SUM(value) AS sales FROM ${KEPT_LINES} WHERE ts >= CAST(${literal(w.from)} AS TIMESTAMP) AND ts < CAST(${literal(w.to)} AS TIMESTAMP) GROUP BY customer_id`);
        out.push(new Map((cols.customer_id ?? []).map((id, i) => [String(id), toNumber(cols.sales[i])])));
      }
      return out;
    }),

    release() {
      if (!open || released) return;
      // Dropped, not paged out: writing the lines to the spill directory cost more than the rest of the session.
      void serial(async () => {
        released = true;
        await connection.run('DROP TABLE IF EXISTS lines');
        // The first segments registered raise the cap again (registerSegments).
        if (!registered) await db.yieldMemory();
      }).catch(() => undefined);
    },

    async close() {
      // A query still running on DuckDB's threads must end before the database closes under it.
      await queue;
      if (open) db.close();
      open = false;
    },
  };
}
