/** The data-quality report of a transaction log, read back from the cleaned `lines` table. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DataError } from '../errors.js';
import type { CleaningStep, DataQualityReport } from '../result/index.js';
import { queryColumns, queryRow, toNumber } from './duckdb.js';
import type { NettingCounts } from './returns.js';
import { RETURN_STAGES, type LinePlan } from './tx-lines.js';

const fmt = (n: number) => n.toLocaleString('en-US');

export interface TxQuality {
  report: DataQualityReport;
  /** Sum of quantity × price (or amount) over every readable raw row, before any cleaning. */
  rawRevenue: number;
  /** Totals over the kept lines, taken in the same pass. */
  kept: { revenue: number; invoices: number; firstDate: string; lastDate: string };
}

export async function txQualityReport(connection: DuckDBConnection, plan: LinePlan, netting: NettingCounts | null, source: string): Promise<TxQuality> {
  // One pass for every total; without an invoice column an order is a customer's purchase day.
  const invoice = plan.hasInvoice ? 'invoice' : "customer_id || '|' || CAST(CAST(ts AS DATE) AS VARCHAR)";
  const totals = await queryRow(
    connection,
    `SELECT COUNT(*) AS rows_read, CAST(SUM(value) AS DOUBLE) AS raw_revenue,
            COUNT(*) FILTER (WHERE drop_stage IS NULL) AS rows_kept,
            CAST(SUM(value) FILTER (WHERE drop_stage IS NULL) AS DOUBLE) AS kept_revenue,
            COUNT(DISTINCT ${invoice}) FILTER (WHERE drop_stage IS NULL) AS kept_invoices,
            strftime(MIN(ts) FILTER (WHERE drop_stage IS NULL), '%Y-%m-%d') AS first_date,
            strftime(MAX(ts) FILTER (WHERE drop_stage IS NULL), '%Y-%m-%d') AS last_date
     FROM lines`,
  );
  const byStage = await queryColumns(connection, `SELECT drop_stage AS stage, COUNT(*) AS n FROM lines WHERE drop_stage IS NOT NULL GROUP BY 1`);
  // A customer disappears at the last stage that removed one of their rows.
  const lostAt = await queryColumns(
    connection,
    `SELECT last_stage AS stage, COUNT(*) AS n FROM (
       SELECT customer_id, MAX(COALESCE(drop_stage, 1000)) AS last_stage FROM lines WHERE customer_id IS NOT NULL GROUP BY 1
     ) GROUP BY 1`,
  );
  const rowsAt = new Map(byStage.stage.map((s, i) => [toNumber(s), toNumber(byStage.n[i])]));
  const customersAt = new Map(lostAt.stage.map((s, i) => [toNumber(s), toNumber(lostAt.n[i])]));
  const rowsRead = toNumber(totals.rows_read);
  const rowsKept = toNumber(totals.rows_kept);
  // Every customer id seen is in exactly one group of lostAt.
  const customersBefore = [...customersAt.values()].reduce((a, b) => a + b, 0);
  const customersKept = customersAt.get(1000) ?? 0;

  const steps: CleaningStep[] = plan.stages.map((stage) => ({
    code: stage.code,
    description: stage.description,
    rowsDropped: rowsAt.get(stage.id) ?? 0,
    rowsChanged: 0,
    customersDropped: customersAt.get(stage.id) ?? 0,
  }));
  if (netting) {
    const netted = steps.find((s) => s.code === RETURN_STAGES.netted.code)!;
    netted.rowsChanged = netting.purchasesReduced - (rowsAt.get(RETURN_STAGES.returnedPurchase.id) ?? 0);
  }

  const warnings: string[] = [];
  if (!plan.dropsDuplicates) {
    const dup = await queryRow(
      connection,
      `SELECT COALESCE(SUM(n - 1), 0) AS extra FROM (SELECT COUNT(*) AS n FROM lines WHERE drop_stage IS NULL GROUP BY customer_id, ts, quantity, value, product, country, line_hash)`,
    );
    const extra = toNumber(dup.extra);
    if (extra > 0) warnings.push(`${fmt(extra)} rows repeat another row exactly; with no invoice column they may be separate purchases on the same day, so they are kept.`);
  }
  if (!plan.hasPrice) {
    const zero = toNumber((await queryRow(connection, `SELECT COUNT(*) AS n FROM lines WHERE drop_stage IS NULL AND value = 0`)).n);
    if (zero > 0) warnings.push(`${fmt(zero)} kept rows have an amount of 0 (free items or vouchers); they count as purchases with no spend.`);
  }

  if (rowsKept === 0 || customersKept === 0) {
    const reasons = steps.filter((s) => s.rowsDropped > 0).map((s) => `${fmt(s.rowsDropped)} ${s.code}`).join(', ');
    throw new DataError('NO_ROWS_LEFT', `${source}: no row is left after cleaning (${fmt(rowsRead)} read; dropped: ${reasons || 'none'}). Check the column choices printed above and the flags --customer-column, --date-format, --price-column.`, { source });
  }
  if (customersKept < 2) {
    throw new DataError('ONE_CUSTOMER', `${source}: only one customer is left after cleaning (${fmt(rowsKept)} rows). Segmentation needs many customers: check --customer-column, or use a file with more customers.`, { source });
  }
  const report: DataQualityReport = {
    rowsRead,
    rowsKept,
    customersBefore,
    customersKept,
    steps,
    columnIssues: [],
    returnsPolicy: plan.netsReturns ? 'net' : 'drop',
    ...(netting
      ? {
          netReturns: {
            returnsSeen: netting.returnsSeen,
            matched: netting.matched,
            unmatched: netting.unmatched,
            fullyReturnedCustomers: netting.fullyReturnedCustomers,
            fullyReturnedValue: netting.fullyReturnedValue,
            largestFullyReturned: netting.largestFullyReturned,
          },
        }
      : {}),
    warnings,
  };
  return {
    report,
    rawRevenue: toNumber(totals.raw_revenue),
    kept: { revenue: toNumber(totals.kept_revenue), invoices: toNumber(totals.kept_invoices), firstDate: String(totals.first_date), lastDate: String(totals.last_date) },
  };
}
