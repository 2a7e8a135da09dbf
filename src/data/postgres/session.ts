/**
 * The follow-up handle of a Postgres source (the DataSession of data/session.ts): per-segment top
 * products and invoice baskets, aggregated inside Postgres from the cleaned lines. The session is
 * read-only, so each customer's segment travels as two array parameters instead of a temp table.
 */
import type pg from 'pg';
import { DataError } from '../../errors.js';
import type { TopValue } from '../../result/index.js';
import type { DataSession } from '../session.js';
import { productLabelsSql, topProductsSql } from '../sql.js';
import { purchaseSummarySql, toSummaryRows } from '../purchase-summary.js';
import { groupedCte, keptCte, stagedCtes, type PgLinePlan } from './lines.js';

const LABELS = `labels AS (${productLabelsSql('kept')})`;

const SEGMENT_OF = `segment_of AS (SELECT CAST(customer_id AS TEXT) COLLATE "C" AS customer_id, segment FROM unnest(CAST($1 AS TEXT[]), CAST($2 AS INTEGER[])) AS s(customer_id, segment))`;

export function postgresSession(client: pg.Client, plan: PgLinePlan): DataSession {
  let open = true;
  const lines = `${stagedCtes(plan, false)},\n  ${groupedCte(plan, false)},\n  ${keptCte(plan)}`;
  const params = (customerIds: string[], segmentOfCustomer: Int32Array) => {
    if (!open) throw new DataError('SESSION_CLOSED', 'the data session is closed: ask for products before closing it.');
    if (customerIds.length !== segmentOfCustomer.length) {
      throw new DataError('BAD_SEGMENTS', `segment labels (${segmentOfCustomer.length}) and customer ids (${customerIds.length}) differ in length.`);
    }
    return [customerIds, Array.from(segmentOfCustomer)];
  };

  return {
    async topProducts(customerIds, segmentOfCustomer, topN) {
      const out = new Map<number, TopValue[]>();
      if (!plan.roles.product || topN <= 0) return out;
      const { rows } = await client.query({
        text: `WITH ${lines}, ${SEGMENT_OF}, ${LABELS},
         ${topProductsSql({ bought: 'SELECT DISTINCT customer_id, product FROM kept WHERE product IS NOT NULL', labels: 'labels', topN })}`,
        values: params(customerIds, segmentOfCustomer),
        rowMode: 'array',
      });
      for (const [segment, label, customers, size, buyers, n] of rows as unknown[][]) {
        const share = Number(customers) / Number(size);
        const populationShare = Number(buyers) / Number(n);
        const list = out.get(Number(segment)) ?? [];
        list.push({ value: String(label), customers: Number(customers), share, lift: populationShare > 0 ? share / populationShare : null });
        out.set(Number(segment), list);
      }
      return out;
    },

    async baskets(customerIds, segmentOfCustomer, segment, maxInvoices) {
      if (!plan.roles.product || maxInvoices <= 0) return [];
      const basket = plan.roles.invoice ? 'l.invoice' : "l.customer_id || '|' || CAST(CAST(l.ts AS DATE) AS TEXT)";
      // md5 order: the same deterministic sample, spread over the whole period, as the file session.
      const { rows } = await client.query({
        text: `WITH ${lines}, ${SEGMENT_OF}, ${LABELS},
         segment_lines AS (
           SELECT ${basket} AS basket, l.product FROM kept l JOIN segment_of s USING (customer_id)
           WHERE s.segment = ${Math.trunc(segment)} AND l.product IS NOT NULL),
         chosen AS (SELECT basket FROM (SELECT DISTINCT basket FROM segment_lines) d ORDER BY md5(basket) COLLATE "C", basket LIMIT ${Math.floor(maxInvoices)})
         SELECT c.basket, array_agg(DISTINCT lb.label ORDER BY lb.label) AS products
         FROM chosen c JOIN segment_lines sl USING (basket) JOIN labels lb USING (product)
         GROUP BY c.basket ORDER BY md5(c.basket) COLLATE "C", c.basket`,
        values: params(customerIds, segmentOfCustomer),
        rowMode: 'array',
      });
      return (rows as unknown[][]).map((r) => (r[1] as unknown[]).map(String));
    },

    async purchaseSummary(request) {
      if (!open) throw new DataError('SESSION_CLOSED', 'the data session is closed: ask for the purchase summary before closing it.');
      const sql = purchaseSummarySql('(SELECT customer_id, ts, value FROM kept) AS k', request);
      // The summary's own WITH follows the lines' CTEs.
      const { rows } = await client.query(`WITH ${lines}, summary AS (${sql}) SELECT * FROM summary ORDER BY customer_id COLLATE "C"`);
      return toSummaryRows(rows as Parameters<typeof toSummaryRows>[0]);
    },

    async close() {
      if (open) await client.end().catch(() => undefined);
      open = false;
    },
  };
}
