/** Where Segbot and the reference must agree: customers, RFM values per customer, k-means inertia. */
import { DuckDBInstance } from '@duckdb/node-api';
import type { SideResult } from './children.js';

export interface Agreement {
  customersEqual: boolean;
  /** Customers in one side's RFM table and not the other's. */
  unmatchedCustomers: number;
  recencyMismatches: number;
  frequencyMismatches: number;
  /** Monetary differing by more than a millionth (float sums vs exact decimals). */
  monetaryMismatches: number;
  /** Per k: Segbot inertia / scikit-learn inertia - 1. */
  inertiaGap: { k: number; segbot: number; reference: number; gap: number }[];
  inertiaWithin1Percent: boolean;
}

const sqlPath = (p: string) => `'${p.replaceAll("'", "''")}'`;

export async function compareRfm(segbotCsv: string, referenceCsv: string): Promise<Omit<Agreement, 'customersEqual' | 'inertiaGap' | 'inertiaWithin1Percent'>> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const db = await instance.connect();
  try {
    const read = (p: string) => `read_csv(${sqlPath(p)}, header = true, columns = {'customer_id': 'VARCHAR', 'recency_days': 'DOUBLE', 'frequency': 'DOUBLE', 'monetary': 'DOUBLE'})`;
    const rows = (await db.runAndReadAll(`
      SELECT count(*) FILTER (WHERE s.customer_id IS NULL OR r.customer_id IS NULL) AS unmatched,
             count(*) FILTER (WHERE s.recency_days <> r.recency_days) AS recency,
             count(*) FILTER (WHERE s.frequency <> r.frequency) AS frequency,
             count(*) FILTER (WHERE abs(s.monetary - r.monetary) > 1e-6 * greatest(1, abs(r.monetary))) AS monetary
      FROM ${read(segbotCsv)} s FULL OUTER JOIN ${read(referenceCsv)} r ON s.customer_id = r.customer_id`)).getRowObjects()[0];
    return {
      unmatchedCustomers: Number(rows.unmatched),
      recencyMismatches: Number(rows.recency),
      frequencyMismatches: Number(rows.frequency),
      monetaryMismatches: Number(rows.monetary),
    };
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

export async function agreement(segbot: SideResult, reference: SideResult, segbotCsv: string, referenceCsv: string): Promise<Agreement> {
  const rfm = await compareRfm(segbotCsv, referenceCsv);
  const inertiaGap = Object.keys(reference.inertia)
    .map(Number)
    .sort((a, b) => a - b)
    .flatMap((k) => {
      const s = segbot.inertia[k];
      const r = reference.inertia[k];
      return s == null || r == null ? [] : [{ k, segbot: s, reference: r, gap: s / r - 1 }];
    });
  return {
    customersEqual: segbot.customers === reference.customers,
    ...rfm,
    inertiaGap,
    inertiaWithin1Percent: inertiaGap.length > 0 && inertiaGap.every((g) => g.gap <= 0.01),
  };
}
