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
  await connection.run(`
    CREATE OR REPLACE TEMP TABLE return_match AS
    WITH r AS (
      SELECT rowid AS rid, customer_id, product, ts, abs(COALESCE(quantity, value)) AS q
      FROM lines WHERE is_return AND drop_stage IS NULL
    ), p AS (
      SELECT rowid AS pid, customer_id, product, ts, invoice, COALESCE(quantity, value) AS q, value
      FROM lines WHERE NOT is_return AND drop_stage IS NULL
    ), candidates AS (
      SELECT r.rid, p.pid,
             ROW_NUMBER() OVER (PARTITION BY r.rid ORDER BY p.ts DESC, p.invoice DESC NULLS LAST, p.q DESC, p.value DESC, p.pid) AS rank
      FROM r JOIN p ON p.customer_id = r.customer_id AND p.product IS NOT DISTINCT FROM r.product AND p.ts <= r.ts AND p.q >= r.q
    )
    SELECT rid, pid FROM candidates WHERE rank = 1`);
  const seen = toNumber((await queryRow(connection, `SELECT COUNT(*) AS n FROM lines WHERE is_return AND drop_stage IS NULL`)).n);
  // Net each purchase by the sum of the returns matched to it.
  await connection.run(`
    CREATE OR REPLACE TEMP TABLE purchase_net AS
    SELECT m.pid, SUM(abs(l.value)) AS returned_value, SUM(abs(COALESCE(l.quantity, 0))) AS returned_quantity,
           ANY_VALUE(p.value) AS gross_value, ANY_VALUE(p.customer_id) AS customer_id
    FROM return_match m JOIN lines l ON l.rowid = m.rid JOIN lines p ON p.rowid = m.pid GROUP BY m.pid`);
  await connection.run(`
    UPDATE lines SET
      value = lines.value - n.returned_value,
      quantity = CASE WHEN lines.quantity IS NULL THEN NULL ELSE lines.quantity - n.returned_quantity END,
      drop_stage = CASE WHEN COALESCE(lines.quantity - n.returned_quantity, lines.value - n.returned_value) <= 0 THEN ${RETURN_STAGES.returnedPurchase.id} ELSE NULL END
    FROM purchase_net n WHERE lines.rowid = n.pid`);
  await connection.run(`UPDATE lines SET drop_stage = ${RETURN_STAGES.netted.id} WHERE rowid IN (SELECT rid FROM return_match)`);
  await connection.run(`UPDATE lines SET drop_stage = ${RETURN_STAGES.unmatched.id} WHERE is_return AND drop_stage IS NULL`);
  const matched = toNumber((await queryRow(connection, `SELECT COUNT(*) AS n FROM return_match`)).n);
  const reduced = toNumber((await queryRow(connection, `SELECT COUNT(*) AS n FROM purchase_net`)).n);
  // Customers with a fully returned purchase and no line left: they bought nothing in the end.
  const fully = await queryRow(
    connection,
    `SELECT COUNT(*) AS customers, COALESCE(CAST(SUM(gross) AS DOUBLE), 0) AS value, COALESCE(CAST(MAX(largest) AS DOUBLE), 0) AS largest FROM (
       SELECT n.customer_id, SUM(n.gross_value) AS gross, MAX(n.gross_value) AS largest
       FROM purchase_net n JOIN lines l ON l.rowid = n.pid
       WHERE l.drop_stage = ${RETURN_STAGES.returnedPurchase.id}
         AND n.customer_id NOT IN (SELECT customer_id FROM lines WHERE drop_stage IS NULL)
       GROUP BY n.customer_id)`,
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
