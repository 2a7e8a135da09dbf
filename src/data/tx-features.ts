/** Per-customer features of a transaction log: one SQL pass, fetched column-wise into typed arrays. */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { CategoricalColumn, CustomerFeatures, NumericColumn } from '../analysis/types.js';
import { queryColumns, toNumber } from './duckdb.js';
import { customerFeatureSql } from './sql.js';
import { KEPT_LINES, type LinePlan } from './tx-lines.js';

type Meta = Omit<NumericColumn, 'values'>;

/** What each per-customer column of a transaction log means; shared by the file and Postgres sources. */
export const TX_FEATURES: Record<string, Meta> = {
  recency_days: { name: 'recency_days', label: 'Days since last purchase', description: 'Days from the last purchase to the snapshot date', unit: 'days', log1p: true, clustering: true },
  frequency: { name: 'frequency', label: 'Orders', description: 'Number of distinct invoices (or purchase days when there is no invoice column)', unit: 'count', log1p: true, clustering: true },
  monetary: { name: 'monetary', label: 'Total spend', description: 'Sum of quantity × unit price (or amount) over kept lines', unit: 'money', log1p: true, clustering: true },
  tenure_days: { name: 'tenure_days', label: 'Days since first purchase', description: 'Days from the first purchase to the snapshot date', unit: 'days', log1p: false, clustering: false },
  avg_basket_value: { name: 'avg_basket_value', label: 'Average order value', description: 'Total spend / orders', unit: 'money', log1p: false, clustering: false },
  spend_90d: { name: 'spend_90d', label: 'Spend in the last 90 days', description: 'Spend in the 90 days before the snapshot date', unit: 'money', log1p: false, clustering: false },
  distinct_products: { name: 'distinct_products', label: 'Distinct products', description: 'Number of different products bought', unit: 'count', log1p: false, clustering: false },
};

export interface TxTotals {
  customers: number;
  revenue: number | null;
  invoices: number | null;
  transactions: number | null;
}

export function toFloat64(values: unknown[]): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = toNumber(values[i]);
  return out;
}

/** Levels in byte order (deterministic), codes per customer, -1 for missing. */
export function encodeCategorical(name: string, values: unknown[], clustering: boolean): CategoricalColumn {
  const levels = [...new Set(values.filter((v): v is string => typeof v === 'string'))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(levels.map((l, i) => [l, i]));
  const codes = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) codes[i] = typeof values[i] === 'string' ? index.get(values[i] as string)! : -1;
  return { name, levels, codes, clustering };
}

/**
 * The per-customer features of the cleaned lines. With a product column, the distinct (customer,
 * product) pairs are taken first into `customer_products`: the features count them, and the top
 * products per segment are counted from them later.
 */
export async function txFeatures(connection: DuckDBConnection, plan: LinePlan, asOf: string): Promise<CustomerFeatures> {
  if (plan.hasProduct) {
    await connection.run(`CREATE OR REPLACE TEMP TABLE customer_products AS
      SELECT DISTINCT customer_id, product FROM ${KEPT_LINES} AS kept WHERE product IS NOT NULL`);
  }
  const customerProducts = plan.hasProduct ? 'customer_products' : undefined;
  const sql = customerFeatureSql({ dialect: 'duckdb', source: KEPT_LINES, asOf, hasInvoice: plan.hasInvoice, hasProduct: plan.hasProduct, hasCountry: plan.hasCountry, customerProducts });
  const cols = await queryColumns(connection, sql);
  const numeric: NumericColumn[] = Object.values(TX_FEATURES)
    .filter((meta) => cols[meta.name] !== undefined)
    .map((meta) => ({ ...meta, values: toFloat64(cols[meta.name]) }));
  const categorical = plan.hasCountry ? [encodeCategorical('country', cols.country, false)] : [];
  const monetary = numeric.find((c) => c.name === 'monetary')!.values;
  return {
    shape: 'tx',
    customerIds: cols.customer_id.map(String),
    numeric,
    categorical,
    revenue: Float64Array.from(monetary),
  };
}
