/** The generator's planted dirt, odd column names and day-first dates come back exactly through loadCustomers. */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateTransactions } from '../../src/data/generator.js';
import { loadCustomers } from '../../src/data/index.js';
import { tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('a generated log with planted dirt', () => {
  it('counts every planted dirty row in its own cleaning step and keeps every customer', async () => {
    const out = path.join(tmp.dir, 'orders.csv.gz');
    const summary = await generateTransactions({ customers: 800, seed: 11, out, dirt: true, oddNames: true, dayFirst: true, truthPath: null });
    const loaded = await loadCustomers({ path: out, returns: 'drop' }); // the planted cancellations are counted as dropped
    await loaded.session.close();
    expect(loaded.input.columns).toMatchObject({ customer: 'client_no', date: 'ordered_at', invoice: 'order_ref', quantity: 'units', price: 'price_each', product: 'sku', country: 'ship_to' });
    expect(loaded.input.dateFormat).toMatch(/^%d\/%m\/%Y/);
    const dropped = Object.fromEntries(loaded.dataQuality.steps.map((s) => [s.code, s.rowsDropped]));
    expect(dropped).toMatchObject({
      MISSING_CUSTOMER_ID: summary.dirt.missingCustomerId,
      BAD_DATE: summary.dirt.badDates,
      CANCELLATION: summary.dirt.cancellations,
      NON_POSITIVE_PRICE: summary.dirt.zeroPrices,
      DUPLICATE_ROW: summary.dirt.duplicates,
    });
    expect(loaded.dataQuality.rowsKept).toBe(summary.cleanRows);
    expect(loaded.features.customerIds).toHaveLength(summary.customers);
    expect(loaded.totals.invoices).toBe(summary.invoices);
  });
});
