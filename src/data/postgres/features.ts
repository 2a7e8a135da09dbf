/**
 * Per-customer features from Postgres: the portable aggregation SQL (data/sql.ts) run over the
 * cleaned lines inside the database, streamed back through a cursor straight into typed arrays.
 */
import type pg from 'pg';
import type { CustomerFeatures, NumericColumn } from '../../analysis/types.js';
import { DataError } from '../../errors.js';
import { customerFeatureSql } from '../sql.js';
import { encodeCategorical, TX_FEATURES } from '../tx-features.js';
import { streamRows } from './connection.js';
import { groupedCte, keptCte, stagedCtes, type PgLinePlan } from './lines.js';

const PG_TX_FEATURES = Object.values(TX_FEATURES);

/**
 * The whole feature query for a source: cleaning CTEs, then the portable aggregation over `kept`.
 * Also what the in-database assignment runs on (see assignment.ts).
 */
export function postgresFeatureSql(plan: PgLinePlan, asOf: string): string {
  const aggregation = customerFeatureSql({
    dialect: 'postgres',
    source: 'kept',
    asOf,
    hasInvoice: !!plan.roles.invoice,
    hasProduct: !!plan.roles.product,
    hasCountry: !!plan.roles.country,
  });
  if (!aggregation.startsWith('WITH ')) throw new Error('customerFeatureSql no longer starts with WITH: update postgresFeatureSql');
  // Our cleaning CTEs go first; the aggregation's own CTEs follow in the same WITH list.
  return `WITH ${stagedCtes(plan, false)},\n  ${groupedCte(plan, false)},\n  ${keptCte(plan)},\n  ${aggregation.slice('WITH '.length)}`;
}

export interface CustomerSample {
  size: number;
  seed: number;
}

/**
 * A seeded sample of the customers, chosen inside the database by the md5 of seed and id (the
 * same customers for the same seed on any engine that has md5), still ordered by id.
 */
export function sampledFeatureSql(featureSql: string, sample: CustomerSample): string {
  return `SELECT * FROM (
  SELECT * FROM (${featureSql}) every_customer
  ORDER BY md5('${Math.trunc(sample.seed)}:' || customer_id) COLLATE "C", customer_id COLLATE "C"
  LIMIT ${Math.trunc(sample.size)}
) sampled ORDER BY customer_id COLLATE "C"`;
}

/** Streams the features into typed arrays sized from the quality pass's customer count (or the sample's). */
export async function fetchFeatures(client: pg.Client, plan: PgLinePlan, asOf: string, customers: number, batchSize: number, where: string, sample?: CustomerSample): Promise<CustomerFeatures> {
  const sql = sample ? sampledFeatureSql(postgresFeatureSql(plan, asOf), sample) : postgresFeatureSql(plan, asOf);
  if (sample) customers = Math.min(customers, sample.size);
  const names = PG_TX_FEATURES.filter((m) => m.name !== 'distinct_products' || plan.roles.product).map((m) => m.name);
  const columns = names.map(() => new Float64Array(customers));
  const customerIds: string[] = new Array<string>(customers);
  const countries: unknown[] = plan.roles.country ? new Array<unknown>(customers) : [];
  let n = 0;
  await streamRows(client, sql, batchSize, (rows) => {
    if (n + rows.length > customers) throw new DataError('SOURCE_CHANGED', `${where}: more customers came back than were counted a moment ago; the table changed while reading. Run again.`);
    for (const row of rows) {
      customerIds[n] = String(row[0]);
      for (let j = 0; j < names.length; j++) columns[j][n] = row[j + 1] === null ? NaN : Number(row[j + 1]);
      if (plan.roles.country) countries[n] = row[names.length + 1];
      n++;
    }
  });
  if (n !== customers) throw new DataError('SOURCE_CHANGED', `${where}: ${n} customers came back where ${customers} were counted a moment ago; the table changed while reading. Run again.`);
  const numeric: NumericColumn[] = names.map((name, j) => ({ ...PG_TX_FEATURES.find((m) => m.name === name)!, values: columns[j] }));
  return {
    shape: 'tx',
    customerIds,
    numeric,
    categorical: plan.roles.country ? [encodeCategorical('country', countries, false)] : [],
    revenue: Float64Array.from(columns[names.indexOf('monetary')]),
  };
}
