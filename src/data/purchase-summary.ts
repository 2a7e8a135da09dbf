/**
 * The per-customer purchase summary of the lifetime-value models, in one SQL pass over the kept
 * lines (same text for DuckDB and Postgres): purchases on one day are one transaction; x = repeat
 * purchase days after the first, tx and T in days (the caller divides by 7), m = mean spend per
 * repeat purchase day; and, past a calibration end, the purchase days in the holdout.
 */
import { DataError } from '../errors.js';

export interface PurchaseSummaryRequest {
  /** Last day of the calibration period (inclusive), YYYY-MM-DD. */
  calibrationEnd: string;
  /** Last day of the holdout period (inclusive); omitted: no holdout counts. */
  holdoutEnd?: string;
}

export interface PurchaseSummaryRows {
  customerIds: string[];
  x: Float64Array;
  txDays: Float64Array;
  tDays: Float64Array;
  m: Float64Array;
  holdoutPurchases: Float64Array;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function checkSummaryRequest(r: PurchaseSummaryRequest): void {
  for (const [name, value] of [['calibration end', r.calibrationEnd], ['holdout end', r.holdoutEnd]] as const) {
    if (value !== undefined && (!ISO.test(value) || Number.isNaN(Date.parse(value)))) {
      throw new DataError('BAD_DATE_OPTION', `the ${name} must be a date as YYYY-MM-DD, got "${value}".`);
    }
  }
  if (r.holdoutEnd !== undefined && r.holdoutEnd <= r.calibrationEnd) {
    throw new DataError('BAD_DATE_OPTION', `the holdout end (${r.holdoutEnd}) must come after the calibration end (${r.calibrationEnd}).`);
  }
}

/** `kept` is a relation with customer_id, ts and value (the cleaned lines). */
export function purchaseSummarySql(kept: string, r: PurchaseSummaryRequest): string {
  checkSummaryRequest(r);
  const cal = `DATE '${r.calibrationEnd}'`;
  const holdout = r.holdoutEnd ? `COUNT(*) FILTER (WHERE d > ${cal} AND d <= DATE '${r.holdoutEnd}')` : '0';
  return `WITH days AS (
      SELECT customer_id, CAST(ts AS DATE) AS d, SUM(value) AS spend FROM ${kept} GROUP BY customer_id, CAST(ts AS DATE)
      HAVING SUM(value) > 0),
    firsts AS (SELECT customer_id, MIN(d) AS first_day FROM days GROUP BY customer_id HAVING MIN(d) <= ${cal})
    SELECT f.customer_id,
      CAST(COUNT(*) FILTER (WHERE d > f.first_day AND d <= ${cal}) AS DOUBLE PRECISION) AS x,
      CAST(MAX(d) FILTER (WHERE d <= ${cal}) - f.first_day AS DOUBLE PRECISION) AS tx_days,
      CAST(${cal} - f.first_day AS DOUBLE PRECISION) AS t_days,
      -- The sum stays DECIMAL (exact, order-independent) until one division: a DOUBLE average summed in
      -- parallel could change its last digit between runs.
      CAST(SUM(spend) FILTER (WHERE d > f.first_day AND d <= ${cal}) AS DOUBLE PRECISION)
        / NULLIF(COUNT(*) FILTER (WHERE d > f.first_day AND d <= ${cal}), 0) AS m,
      CAST(${holdout} AS DOUBLE PRECISION) AS holdout
    FROM firsts f JOIN days USING (customer_id)
    GROUP BY f.customer_id, f.first_day
    ORDER BY f.customer_id`;
}

export function toSummaryRows(rows: { customer_id: unknown; x: unknown; tx_days: unknown; t_days: unknown; m: unknown; holdout: unknown }[]): PurchaseSummaryRows {
  const n = rows.length;
  const out: PurchaseSummaryRows = { customerIds: new Array<string>(n), x: new Float64Array(n), txDays: new Float64Array(n), tDays: new Float64Array(n), m: new Float64Array(n), holdoutPurchases: new Float64Array(n) };
  rows.forEach((row, i) => {
    out.customerIds[i] = String(row.customer_id);
    out.x[i] = Number(row.x);
    out.txDays[i] = Number(row.tx_days);
    out.tDays[i] = Number(row.t_days);
    out.m[i] = row.m === null || row.m === undefined ? Number.NaN : Number(row.m);
    out.holdoutPurchases[i] = Number(row.holdout);
  });
  return out;
}
