/**
 * --returns net (the default for files): each return is matched to the latest earlier purchase it can reverse (same
 * customer and product, purchased on or before the return, quantity ≥ returned) and netted
 * against it, instead of dropping cancellations wholesale.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRow, toNumber } from './duckdb.js';
import { RETURN_STAGES } from './tx-lines.js';

export interface NettingCounts {
  returnsSeen: number;
  matched: number;
  unmatched: number;
  purchasesReduced: number;
  /** Customers left with no purchase once their returns are netted, and what those purchases were worth. */
  fullyReturnedCustomers: number;
  fullyReturnedValue: number;
  largestFullyReturned: number;
}

export async function netReturns(connection: DuckDBConnection): Promise<NettingCounts> {
  // rowid is only an identity here; the choice is made by content, so identical rows are interchangeable.
  // Each match carries both lines' amounts, so the netting below never joins the lines again.
  await connection.run(`
    CREATE OR REPLACE TEMP TABLE return_match AS
    WITH r AS (
      SELECT rowid AS rid, customer_id, product, ts, abs(COALESCE(quantity, value)) AS q,
             abs(value) AS returned_value, abs(COALESCE(quantity, 0)) AS returned_quantity
      FROM lines WHERE is_return AND drop_stage IS NULL
    ), p AS (
      SELECT rowid AS pid, customer_id, product, ts, invoice, COALESCE(quantity, value) AS q, value, quantity
      FROM lines WHERE NOT is_return AND drop_stage IS NULL
    ), candidates AS (
      SELECT r.rid, p.pid, r.returned_value, r.returned_quantity, p.value AS gross_value, p.quantity AS gross_quantity, p.customer_id,
             ROW_NUMBER() OVER (PARTITION BY r.rid ORDER BY p.ts DESC, p.invoice DESC NULLS LAST, p.q DESC, p.value DESC, p.pid) AS rank
      FROM r JOIN p ON p.customer_id = r.customer_id AND p.product IS NOT DISTINCT FROM r.product AND p.ts <= r.ts AND p.q >= r.q
    )
    SELECT rid, pid, returned_value, returned_quantity, gross_value, gross_quantity, customer_id FROM candidates WHERE rank = 1`);
  const seen = toNumber((await queryRow(connection, `SELECT COUNT(*) AS n FROM lines WHERE is_return AND drop_stage IS NULL`)).n);
  // Net each purchase by the sum of the returns matched to it.
  await connection.run(`
    CREATE OR REPLACE TEMP TABLE purchase_net AS
    SELECT pid, returned_value, returned_quantity, gross_value, customer_id,
           COALESCE(gross_quantity - returned_quantity, gross_value - returned_value) <= 0 AS fully_returned
    FROM (
      SELECT pid, SUM(returned_value) AS returned_value, SUM(returned_quantity) AS returned_quantity,
             ANY_VALUE(gross_value) AS gross_value, ANY_VALUE(gross_quantity) AS gross_quantity, ANY_VALUE(customer_id) AS customer_id
      FROM return_match GROUP BY pid)`);
  await connection.run(`
    UPDATE lines SET
      value = lines.value - n.returned_value,
      quantity = CASE WHEN lines.quantity IS NULL THEN NULL ELSE lines.quantity - n.returned_quantity END,
      drop_stage = CASE WHEN n.fully_returned THEN ${RETURN_STAGES.returnedPurchase.id} ELSE NULL END
    FROM purchase_net n WHERE lines.rowid = n.pid`);
  await connection.run(`UPDATE lines SET drop_stage = ${RETURN_STAGES.netted.id} FROM return_match m WHERE lines.rowid = m.rid`);
  await connection.run(`UPDATE lines SET drop_stage = ${RETURN_STAGES.unmatched.id} WHERE is_return AND drop_stage IS NULL`);
  const matched = toNumber((await queryRow(connection, `SELECT COUNT(*) AS n FROM return_match`)).n);
  const reduced = toNumber((await queryRow(connection, `SELECT COUNT(*) AS n FROM purchase_net`)).n);
  // Customers with a fully returned purchase and no line left: they bought nothing in the end.
  const fully = await queryRow(
    connection,
    `SELECT COUNT(*) AS customers, COALESCE(CAST(SUM(gross) AS DOUBLE), 0) AS value, COALESCE(CAST(MAX(largest) AS DOUBLE), 0) AS largest FROM (
       SELECT customer_id, SUM(gross_value) AS gross, MAX(gross_value) AS largest
       FROM purchase_net
       WHERE fully_returned AND customer_id NOT IN (SELECT customer_id FROM lines WHERE drop_stage IS NULL)
       GROUP BY customer_id)`,
  );
  return {
    returnsSeen: seen,
    matched,
    unmatched: seen - matched,
    purchasesReduced: reduced,
    fullyReturnedCustomers: toNumber(fully.customers),
    fullyReturnedValue: toNumber(fully.value),
    largestFullyReturned: toNumber(fully.largest),
  };
}
