/** The three real data sets: the figures a correct pipeline reproduces. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCustomers, type LoadedData } from '../../src/data/index.js';
import { DATASETS, datasetsPresent } from './helpers.js';

const step = (l: LoadedData, code: string) => l.dataQuality.steps.find((s) => s.code === code);

// --returns drop is the textbook cleaning the reference figures were computed with (net is the default).
describe.skipIf(!datasetsPresent)('Online Retail (online_retail.csv.gz) with --returns drop', () => {
  let loaded: LoadedData;
  beforeAll(async () => {
    loaded = await loadCustomers({ path: path.join(DATASETS, 'online_retail.csv.gz'), returns: 'drop' });
  });
  afterAll(() => loaded?.session.close());

  it('detects a gzip CSV transaction log and its columns', () => {
    expect(loaded.input).toMatchObject({ source: 'online_retail.csv.gz', format: 'csv', separator: ',', compression: 'gzip', shape: 'tx', rowsRead: 541_909, asOf: '2011-12-10' });
    expect(loaded.input.columns).toMatchObject({ customer: 'CustomerID', date: 'InvoiceDate', invoice: 'InvoiceNo', quantity: 'Quantity', price: 'UnitPrice', country: 'Country', product: 'StockCode' });
    expect(loaded.input.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reproduces the reference figures step by step: 406,829 → 397,924 → 397,884 rows, 4,338 customers', () => {
    const q = loaded.dataQuality;
    expect(q.customersBefore).toBe(4_372);
    const withId = q.rowsRead - step(loaded, 'MISSING_CUSTOMER_ID')!.rowsDropped;
    expect(withId).toBe(406_829);
    const afterCancellations = withId - step(loaded, 'BAD_DATE')!.rowsDropped - step(loaded, 'BAD_NUMBER')!.rowsDropped - step(loaded, 'CANCELLATION')!.rowsDropped;
    expect(afterCancellations).toBe(397_924);
    expect(q.customersBefore - step(loaded, 'CANCELLATION')!.customersDropped!).toBe(4_339);
    const afterPrice = afterCancellations - step(loaded, 'NON_POSITIVE_PRICE')!.rowsDropped - step(loaded, 'ZERO_QUANTITY')!.rowsDropped;
    expect(afterPrice).toBe(397_884);
    // Exact duplicates go last, so the figures above hold; they remove rows but no customer.
    expect(step(loaded, 'DUPLICATE_ROW')).toMatchObject({ rowsDropped: 5_192, customersDropped: 0 });
    expect(q.rowsKept).toBe(392_692);
    expect(q.customersKept).toBe(4_338);
    expect(loaded.features.customerIds).toHaveLength(4_338);
    expect(q.rowsRead - q.steps.reduce((a, s) => a + s.rowsDropped, 0)).toBe(q.rowsKept);
  });

  it('reports the raw revenue 9,747,747.93 and exact totals', () => {
    expect(loaded.rawRevenue!.toFixed(2)).toBe('9747747.93');
    const monetary = loaded.features.numeric.find((c) => c.name === 'monetary')!.values;
    const sum = monetary.reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - loaded.totals.revenue!)).toBeLessThan(0.01);
    expect(loaded.totals).toMatchObject({ customers: 4_338, transactions: 392_692 });
  });

  it('computes RFM and profile features per customer, ids normalised and sorted', () => {
    const names = loaded.features.numeric.map((c) => [c.name, c.clustering, c.log1p]);
    expect(names).toEqual([
      ['recency_days', true, true],
      ['frequency', true, true],
      ['monetary', true, true],
      ['tenure_days', false, false],
      ['avg_basket_value', false, false],
      ['spend_90d', false, false],
      ['distinct_products', false, false],
    ]);
    const ids = loaded.features.customerIds;
    expect(ids[0]).toBe('12346');
    expect([...ids].sort()).toEqual(ids);
    const i = ids.indexOf('12347');
    const get = (name: string) => loaded.features.numeric.find((c) => c.name === name)!.values[i];
    expect(get('recency_days')).toBe(3);
    expect(get('frequency')).toBe(7);
    expect(get('monetary')).toBeCloseTo(4310, 2);
    // 12346 bought 74,215 units for 77,183.60 and cancelled them the same day: drop keeps the purchase.
    expect(loaded.features.numeric.find((c) => c.name === 'monetary')!.values[0]).toBeCloseTo(77_183.6, 2);
    expect(loaded.dataQuality.returnsPolicy).toBe('drop');
    expect(loaded.features.categorical[0]).toMatchObject({ name: 'country', clustering: false });
    const country = loaded.features.categorical[0];
    expect(country.levels[country.codes[i]]).toBe('Iceland');
  });

  it('gives top products per segment from the cleaned lines', async () => {
    const ids = loaded.features.customerIds;
    const segments = Int32Array.from(ids, (_id, i) => i % 2);
    const top = await loaded.session.topProducts(ids, segments, 3);
    expect([...top.keys()].sort()).toEqual([0, 1]);
    const first = top.get(0)![0];
    expect(first.share).toBeGreaterThan(0.1);
    expect(first.customers).toBeGreaterThan(100);
    const baskets = await loaded.session.baskets(ids, segments, 1, 50);
    expect(baskets).toHaveLength(50);
    expect(baskets.every((b) => b.length > 0 && [...b].sort().join('|') === b.join('|'))).toBe(true);
  });
});

describe.skipIf(!datasetsPresent)('Online Retail by default (returns netted)', () => {
  it('nets most returns against their purchase, accounts for every row, and reports customers who returned everything', async () => {
    const loaded = await loadCustomers({ path: path.join(DATASETS, 'online_retail.csv.gz') });
    await loaded.session.close();
    const q = loaded.dataQuality;
    expect(q.returnsPolicy).toBe('net');
    // 8,905 cancellation lines less 33 exact duplicates among them.
    expect(q.netReturns).toMatchObject({ returnsSeen: 8_872, matched: 7_481, unmatched: 1_391 });
    // 12346's cancelled 77,183.60 order was all they bought: reported, not segmented.
    expect(q.netReturns!.fullyReturnedCustomers).toBeGreaterThan(0);
    expect(q.netReturns!.largestFullyReturned).toBeGreaterThanOrEqual(77_183.6);
    expect(loaded.features.customerIds).not.toContain('12346');
    // 16446's 168,469.60 order was cancelled the same day: what is left is the small purchase they kept.
    const monetary = loaded.features.numeric.find((c) => c.name === 'monetary')!.values;
    expect(monetary[loaded.features.customerIds.indexOf('16446')]).toBeLessThan(100);
    expect(q.steps.find((s) => s.code === 'CANCELLATION')).toBeUndefined();
    expect(q.rowsRead - q.steps.reduce((a, s) => a + s.rowsDropped, 0)).toBe(q.rowsKept);
    expect(q.customersKept).toBe(4_327);
  });
});

describe.skipIf(!datasetsPresent)('CDNOW (cdnow_transactions.csv)', () => {
  it('keeps leading zeros and every one of the 23,570 customers', async () => {
    const loaded = await loadCustomers({ path: path.join(DATASETS, 'cdnow_transactions.csv') });
    try {
      expect(loaded.features.customerIds).toHaveLength(23_570);
      expect(loaded.features.customerIds.slice(0, 2)).toEqual(['00001', '00002']);
      expect(loaded.input.columns).toMatchObject({ customer: 'customer_id', date: 'date', quantity: 'number_of_cds', amount: 'dollar_value' });
      // No invoice column: frequency counts purchase days, and identical rows are kept (reported).
      expect(loaded.dataQuality.rowsKept).toBe(69_659);
      expect(loaded.dataQuality.warnings.join(' ')).toMatch(/80 kept rows have an amount of 0/);
    } finally {
      await loaded.session.close();
    }
  });
});

describe.skipIf(!datasetsPresent)('marketing_campaign.tsv', () => {
  let loaded: LoadedData;
  beforeAll(async () => {
    loaded = await loadCustomers({ path: path.join(DATASETS, 'marketing_campaign.tsv') });
  });
  afterAll(() => loaded?.session.close());
  const issue = (column: string, code: string) => loaded.dataQuality.columnIssues.find((i) => i.column === column && i.code === code);

  it('keeps campaign outcomes and complaints out of clustering, as 0/1 rates to report per segment', () => {
    const outcomes = ['AcceptedCmp1', 'AcceptedCmp2', 'AcceptedCmp3', 'AcceptedCmp4', 'AcceptedCmp5', 'Response', 'Complain'];
    for (const name of outcomes) {
      expect(loaded.features.numeric.find((c) => c.name === name), name).toMatchObject({ clustering: false, unit: 'ratio', log1p: false });
    }
    expect(loaded.features.numeric.filter((c) => c.clustering).map((c) => c.name)).not.toEqual(expect.arrayContaining(['Response']));
    expect(loaded.features.numeric.find((c) => c.name === 'Kidhome')!.clustering).toBe(true);
  });

  it('takes --outcome-columns instead of the names when given', async () => {
    const forced = await loadCustomers({ path: path.join(DATASETS, 'marketing_campaign.tsv'), outcomeColumns: ['Complain', 'Kidhome'] });
    await forced.session.close();
    const clustering = (name: string) => forced.features.numeric.find((c) => c.name === name)!.clustering;
    expect([clustering('Complain'), clustering('Kidhome'), clustering('Response')]).toEqual([false, false, true]);
  });

  it('is a tab-separated customer table', () => {
    expect(loaded.input).toMatchObject({ shape: 'customers', separator: '\t', asOf: '2014-06-30' });
    expect(loaded.features.customerIds).toHaveLength(2_240);
    expect(loaded.input.columns.categorical).toEqual(['Education', 'Marital_Status']);
  });

  it('reports constant columns, impossible ages, the 666,666 income, missing incomes and absurd categories', () => {
    expect(issue('Z_CostContact', 'CONSTANT_COLUMN')).toBeDefined();
    expect(issue('Z_Revenue', 'CONSTANT_COLUMN')).toBeDefined();
    expect(issue('Year_Birth', 'OUTLIER_CLIPPED')).toMatchObject({ count: 3, examples: [1893, 1899, 1900] });
    expect(issue('Income', 'OUTLIER_CLIPPED')).toMatchObject({ count: 1, examples: [666_666] });
    expect(issue('Income', 'MISSING_IMPUTED')).toMatchObject({ count: 24 });
    expect(issue('Marital_Status', 'RARE_CATEGORY_MERGED')).toMatchObject({ count: 7, examples: ['Absurd', 'Alone', 'YOLO'] });
    const names = loaded.features.numeric.map((c) => c.name);
    expect(names).not.toContain('Z_CostContact');
    expect(names).toEqual(expect.arrayContaining(['age', 'Income', 'MntWines', 'tenure_days']));
    const age = loaded.features.numeric.find((c) => c.name === 'age')!;
    expect(Math.max(...age.values)).toBeLessThanOrEqual(100);
    const income = loaded.features.numeric.find((c) => c.name === 'Income')!;
    expect(income.log1p).toBe(true);
    expect(income.values.some(Number.isNaN)).toBe(false);
    expect(Math.max(...income.values)).toBeLessThan(666_666);
  });

  it('sums the Mnt* spend columns into revenue', () => {
    expect(loaded.features.revenue).not.toBeNull();
    expect(loaded.totals.revenue).toBe(loaded.features.revenue!.reduce((a, b) => a + b, 0));
  });

  it('excludes the outlier customers with --outliers exclude', async () => {
    const excluded = await loadCustomers({ path: path.join(DATASETS, 'marketing_campaign.tsv'), outliers: 'exclude' });
    try {
      expect(excluded.features.customerIds).toHaveLength(2_240 - 4);
      expect(excluded.dataQuality.steps.find((s) => s.code === 'OUTLIER_EXCLUDED')).toMatchObject({ rowsDropped: 4 });
    } finally {
      await excluded.session.close();
    }
  });
});
