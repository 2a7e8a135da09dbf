/** loadCustomers on generated files: detection, date formats, net returns, Parquet, determinism. */
import { afterAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.js';
import { loadCustomers, type LoadOptions } from '../../src/data/index.js';
import { germanLog, RETURNS_LOG } from './fixtures.js';
import { tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function load(options: LoadOptions) {
  const loaded = await loadCustomers(options);
  await loaded.session.close();
  return loaded;
}

const values = (l: Awaited<ReturnType<typeof load>>, name: string) => l.features.numeric.find((c) => c.name === name)!.values;

describe('a semicolon file with German column names, day-first dates and decimal commas', () => {
  const file = tmp.file('bestellungen.csv', germanLog());

  it('detects separator, columns and the day-first date format', async () => {
    const loaded = await load({ path: file });
    expect(loaded.input).toMatchObject({ separator: ';', shape: 'tx', source: 'bestellungen.csv' });
    expect(loaded.input.columns).toMatchObject({ customer: 'Kundennummer', invoice: 'Rechnungsnr', date: 'Datum', product: 'Artikel', quantity: 'Menge', price: 'Preis', country: 'Land' });
    expect(loaded.input.dateFormat).toMatch(/^%d\/%m\/%Y/);
    expect(loaded.features.customerIds.slice(0, 2)).toEqual(['0001', '0002']);
    expect(loaded.dataQuality.customersKept).toBe(30);
    expect(loaded.dataQuality.steps.find((s) => s.code === 'BAD_NUMBER')!.rowsDropped).toBe(0);
    expect(values(loaded, 'monetary').every((v) => v > 0)).toBe(true);
  });

  it('reads the same file gzip-compressed, detected by its magic bytes whatever the name', async () => {
    const plain = await load({ path: file });
    const gz = await load({ path: tmp.file('bestellungen.data', germanLog(), true) });
    expect(gz.input.compression).toBe('gzip');
    expect(Buffer.from(values(gz, 'monetary').buffer)).toEqual(Buffer.from(values(plain, 'monetary').buffer));
  });

  it('gives byte-identical features on two loads', async () => {
    const a = await load({ path: file });
    const b = await load({ path: file });
    expect(b.features.customerIds).toEqual(a.features.customerIds);
    for (const col of a.features.numeric) expect(Buffer.from(values(b, col.name).buffer)).toEqual(Buffer.from(col.values.buffer));
    expect(JSON.stringify(b.input)).toBe(JSON.stringify(a.input));
    expect(JSON.stringify(b.dataQuality)).toBe(JSON.stringify(a.dataQuality));
  });

  it('uses --as-of for recency and drops later rows, counted', async () => {
    const loaded = await load({ path: file, asOf: '2023-07-01' });
    expect(loaded.input.asOf).toBe('2023-07-01');
    const after = loaded.dataQuality.steps.find((s) => s.code === 'AFTER_AS_OF')!;
    expect(after.rowsDropped).toBeGreaterThan(0);
    expect(Math.min(...values(loaded, 'recency_days'))).toBeGreaterThanOrEqual(1);
  });
});

describe('day/month order', () => {
  const ambiguous = tmp.file('ambiguous.csv', germanLog({ ambiguous: true }));

  it('refuses dates where no day above 12 decides the order, asking for --date-format', async () => {
    const error = await loadCustomers({ path: ambiguous }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ code: 'AMBIGUOUS_DATES' });
    expect((error as Error).message).toMatch(/--date-format/);
  });

  it('accepts --date-format in pattern style and in strptime style, with the same result', async () => {
    const pattern = await load({ path: ambiguous, dateFormat: 'DD/MM/YYYY HH:mm' });
    const strptime = await load({ path: ambiguous, dateFormat: '%d/%m/%Y %H:%M' });
    expect(pattern.input.dateFormat).toBe('%d/%m/%Y %H:%M');
    expect(Buffer.from(values(pattern, 'recency_days').buffer)).toEqual(Buffer.from(values(strptime, 'recency_days').buffer));
    const monthFirst = await load({ path: ambiguous, dateFormat: 'MM/DD/YYYY HH:mm' });
    expect(Buffer.from(values(monthFirst, 'recency_days').buffer)).not.toEqual(Buffer.from(values(pattern, 'recency_days').buffer));
  });
});

describe('--returns', () => {
  const file = tmp.file('returns.csv', RETURNS_LOG);

  it('drops cancellations with --returns drop (or the old netReturns: false)', async () => {
    for (const options of [{ returns: 'drop' as const }, { netReturns: false }]) {
      const loaded = await load({ path: file, ...options });
      expect(loaded.dataQuality.steps.find((s) => s.code === 'CANCELLATION')!.rowsDropped).toBe(3);
      expect(loaded.dataQuality.netReturns).toBeUndefined();
      expect(loaded.dataQuality.returnsPolicy).toBe('drop');
    }
  });

  it('nets by default: matched returns against their purchase, and reports the unmatched one', async () => {
    const loaded = await load({ path: file });
    const q = loaded.dataQuality;
    expect(q.returnsPolicy).toBe('net');
    expect(q.netReturns).toMatchObject({ returnsSeen: 3, matched: 2, unmatched: 1, fullyReturnedCustomers: 0 });
    expect(q.steps.find((s) => s.code === 'RETURN_NETTED')).toMatchObject({ rowsDropped: 2, rowsChanged: 1 });
    expect(q.steps.find((s) => s.code === 'RETURNED_PURCHASE')).toMatchObject({ rowsDropped: 1 });
    expect(q.steps.find((s) => s.code === 'RETURN_UNMATCHED')).toMatchObject({ rowsDropped: 1 });
    expect(q.rowsRead - q.steps.reduce((a, s) => a + s.rowsDropped, 0)).toBe(q.rowsKept);
    const monetary = values(loaded, 'monetary');
    expect([...monetary]).toEqual([3 * 2 + 10, 4 * 3, 2 * 1.25]);
    expect([...values(loaded, 'frequency')]).toEqual([2, 1, 1]);
  });

  it('does not segment a customer who returned everything, and reports them in the data-quality report', async () => {
    const log = `${RETURNS_LOG}\n1006,P5,100,2023-01-09 10:00,5.00,D\nC2004,P5,-100,2023-01-09 11:00,5.00,D`;
    const net = await load({ path: tmp.file('returned-all.csv', log) });
    expect(net.features.customerIds).toEqual(['A', 'B', 'C']);
    expect(net.dataQuality.netReturns).toMatchObject({ fullyReturnedCustomers: 1, fullyReturnedValue: 500, largestFullyReturned: 500 });
    const drop = await load({ path: tmp.file('returned-all-drop.csv', log), returns: 'drop' });
    expect(drop.features.customerIds).toEqual(['A', 'B', 'C', 'D']);
    expect(values(drop, 'monetary')[3]).toBe(500);
  });
});

describe('Parquet', () => {
  it('reads a Parquet file written by DuckDB, ids kept as text', async () => {
    const { openDuckDb } = await import('../../src/data/duckdb.js');
    const csv = tmp.file('for-parquet.csv', germanLog({ customers: 10 }));
    const parquet = `${tmp.dir}/orders.parquet`;
    const db = await openDuckDb();
    await db.connection.run(`COPY (SELECT * FROM read_csv('${csv}', delim=';', header=true, all_varchar=true)) TO '${parquet}' (FORMAT parquet)`);
    db.close();
    const loaded = await load({ path: parquet, dateFormat: 'DD/MM/YYYY HH:mm' });
    expect(loaded.input.format).toBe('parquet');
    expect(loaded.features.customerIds[0]).toBe('0001');
    expect(loaded.features.customerIds).toHaveLength(10);
  });
});

describe('text encodings', () => {
  it('reads a Latin-1 export (not valid UTF-8) and says so', async () => {
    const text = 'Kunde;Datum;Betrag;Stadt\n1;01.02.2023;3;München\n2;13.02.2023;4;Köln\n1;20.02.2023;5;München\n';
    const loaded = await load({ path: tmp.file('latin1.csv', Buffer.from(text, 'latin1')) });
    expect(loaded.input.decisions.some((d) => d.role === 'encoding=windows-1252')).toBe(true);
    expect(loaded.features.customerIds).toEqual(['1', '2']);
  });

  it('ignores a UTF-8 byte-order mark in the header', async () => {
    const loaded = await load({ path: tmp.file('bom.csv', '\uFEFFcustomer_id,date,amount\n1,2023-01-01,3\n2,2023-01-02,4\n1,2023-01-05,1\n') });
    expect(loaded.input.columns.customer).toBe('customer_id');
  });
});

describe('a customer table with German column names', () => {
  const rows = ['Kundennummer;Geburtsjahr;Einkommen;Familienstand;Kunde_seit;Land'];
  for (let i = 1; i <= 120; i++) {
    const status = i === 7 ? 'YOLO' : i % 2 ? 'verheiratet' : 'ledig';
    const income = i === 5 ? '' : `${20000 + i * 250},50`;
    rows.push(`K${String(i).padStart(3, '0')};${i === 3 ? 1890 : 1950 + (i % 40)};${income};${status};${String(1 + (i % 28)).padStart(2, '0')}.03.2020;DE`);
  }
  const file = tmp.file('kunden.csv', rows.join('\n'));

  it('detects the shape, birth year, decimal commas and day-first dates, and reports the dirt', async () => {
    const loaded = await load({ path: file });
    expect(loaded.input.shape).toBe('customers');
    expect(loaded.input.asOf).toBe('2020-03-29');
    const names = loaded.features.numeric.map((c) => c.name);
    expect(names).toEqual(['age', 'Einkommen', 'tenure_days']);
    const income = loaded.features.numeric.find((c) => c.name === 'Einkommen')!;
    expect(income.values[0]).toBe(20250.5);
    const codes = loaded.dataQuality.columnIssues.map((i) => `${i.column}:${i.code}`);
    expect(codes).toEqual(expect.arrayContaining(['Land:CONSTANT_COLUMN', 'Geburtsjahr:OUTLIER_CLIPPED', 'Einkommen:MISSING_IMPUTED', 'Familienstand:RARE_CATEGORY_MERGED']));
    expect(loaded.features.revenue).toBeNull();
    expect(loaded.totals.revenue).toBeNull();
  });

  it('takes --date-format for its date columns', async () => {
    const loaded = await load({ path: file, dateFormat: 'DD.MM.YYYY' });
    expect(loaded.features.numeric.map((c) => c.name)).toContain('tenure_days');
  });
});

describe('customer ids', () => {
  it('turns float-exported ids (17850.0) into 17850 and keeps other ids as written', async () => {
    const text = 'CustomerID,InvoiceDate,Amount\n17850.0,2023-01-01,1\n17850,2023-01-02,2\n007,2023-01-03,3\n A-1.5 ,2023-01-04,4\n';
    const loaded = await load({ path: tmp.file('float-ids.csv', text) });
    expect(loaded.features.customerIds).toEqual(['007', '17850', 'A-1.5']);
    expect([...values(loaded, 'frequency')]).toEqual([1, 2, 1]);
  });
});

describe('the result contract', () => {
  it('input and data-quality report validate against the SegmentationResult schema', async () => {
    const { InputInfo, DataQualityReport } = await import('../../src/result/index.js');
    for (const loaded of [await load({ path: tmp.file('contract.csv', germanLog()) }), await load({ path: tmp.file('contract-r.csv', RETURNS_LOG), netReturns: true })]) {
      expect(InputInfo.parse(loaded.input)).toEqual(loaded.input);
      expect(DataQualityReport.parse(loaded.dataQuality)).toEqual(loaded.dataQuality);
      expect(loaded.input.source).not.toContain('/');
    }
  });
});

describe('numbers written as money', () => {
  it('reads "$58,138.00" style values in a customer table', async () => {
    const rows = ['ID\tIncome\tMntWines'];
    for (let i = 1; i <= 40; i++) rows.push(`${i}\t$${(40 + i).toString()},${String(100 + i).padStart(3, '0')}.00 \t${i * 3}`);
    const loaded = await load({ path: tmp.file('money.tsv', rows.join('\n')) });
    const income = loaded.features.numeric.find((c) => c.name === 'Income')!;
    expect(income.values[0]).toBe(41_101);
    expect(income.unit).toBe('money');
  });
});

describe('products named only by a description', () => {
  it('uses the description as the product', async () => {
    const text = 'customer_id,order_date,description,amount\n1,2023-01-01,Red mug,3\n2,2023-01-02,Blue mug,4\n1,2023-01-05,Blue mug,1\n';
    const loaded = await loadCustomers({ path: tmp.file('descriptions.csv', text) });
    try {
      expect(loaded.input.columns.product).toBe('description');
      const top = await loaded.session.topProducts(loaded.features.customerIds, Int32Array.of(0, 0), 2);
      expect(top.get(0)).toEqual([
        { value: 'Blue mug', customers: 2, share: 1, lift: 1 },
        { value: 'Red mug', customers: 1, share: 0.5, lift: 1 },
      ]);
    } finally {
      await loaded.session.close();
    }
  });
});

describe('products that are a segment\'s own', () => {
  it('names products by lift against the population among those with enough buyers, not by share', async () => {
    // Everyone buys the best-seller; only segment 0 buys "Tea set"; one customer of segment 0 buys a rare "Vase".
    const rows = ['customer_id,order_date,description,amount'];
    for (let c = 0; c < 40; c++) {
      rows.push(`${100 + c},2023-01-01,Best seller,2`);
      if (c < 20 && c % 2 === 0) rows.push(`${100 + c},2023-01-02,Tea set,5`);
    }
    rows.push('100,2023-01-03,Vase,9');
    const loaded = await loadCustomers({ path: tmp.file('distinctive.csv', rows.join('\n')) });
    try {
      const segments = Int32Array.from(loaded.features.customerIds, (_id, i) => (i < 20 ? 0 : 1));
      const top = await loaded.session.topProducts(loaded.features.customerIds, segments, 3);
      // Tea set: 10 of 20 (50%), lift 2; Best seller: 100%, lift 1; Vase: one buyer, below the support, last.
      expect(top.get(0)!.map((p) => p.value)).toEqual(['Tea set', 'Best seller', 'Vase']);
      expect(top.get(0)![0]).toMatchObject({ customers: 10, share: 0.5, lift: 2 });
      expect(top.get(1)!.map((p) => p.value)).toEqual(['Best seller']);
    } finally {
      await loaded.session.close();
    }
  });
});

describe('month-first dates as in the original Online Retail export', () => {
  it('decides month/day order from a day above 12 and reads single-digit hours', async () => {
    const rows = ['InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID'];
    for (let i = 1; i <= 20; i++) rows.push(`${1000 + i},P${i % 3},1,${1 + (i % 12)}/${i}/2011 ${i % 10}:05,2.5,${i % 4}`);
    const loaded = await load({ path: tmp.file('us-dates.csv', rows.join('\n')) });
    expect(loaded.input.dateFormat).toMatch(/^%m\/%d\/%Y/);
    expect(loaded.dataQuality.steps.find((s) => s.code === 'BAD_DATE')!.rowsDropped).toBe(0);
    expect(loaded.input.lastDate).toBe('2011-12-11');
  });
});

describe('--sep', () => {
  it('reads a pipe-separated file when told to', async () => {
    const loaded = await load({ path: tmp.file('pipes.txt', 'customer_id|date|amount\n1|2023-01-01|3\n2|2023-01-02|4\n1|2023-01-09|1\n'), sep: '|' });
    expect(loaded.input.separator).toBe('|');
    expect(loaded.features.customerIds).toEqual(['1', '2']);
  });
});

describe('thousands separators', () => {
  it('reads "1,234.50" among plain numbers instead of dropping those lines', async () => {
    const rows = ['InvoiceNo,InvoiceDate,Quantity,UnitPrice,CustomerID'];
    for (let i = 1; i <= 30; i++) rows.push(`${i},2023-01-${String(1 + (i % 28)).padStart(2, '0')},1,${i === 7 ? '"1,234.50"' : '2.50'},${i % 5}`);
    const loaded = await load({ path: tmp.file('thousands.csv', rows.join('\n')) });
    expect(loaded.dataQuality.steps.find((s) => s.code === 'BAD_NUMBER')!.rowsDropped).toBe(0);
    expect(loaded.totals.revenue).toBe(29 * 2.5 + 1234.5);
  });
});

describe('long lines', () => {
  it('reads a gzip\'d log whose second row holds a 1.5 MB description', async () => {
    // The 64 KB head ends inside that row: the separator is judged on whole lines only. The sample
    // of the first rows is read with a smaller buffer than the full pass, still large enough for it.
    const lines = ['CustomerID,InvoiceNo,InvoiceDate,StockCode,Description,Quantity,UnitPrice'];
    for (let i = 0; i < 40; i++) {
      const description = i === 1 ? 'x'.repeat(1_500_000) : `item ${i}`;
      lines.push(`${100 + (i % 4)},${1000 + i},2024-01-${String(1 + (i % 28)).padStart(2, '0')},P${i % 5},${description},2,1.50`);
    }
    const loaded = await load({ path: tmp.file('long.csv', lines.join('\n') + '\n', true) });
    expect(loaded.input.compression).toBe('gzip');
    expect(loaded.dataQuality.rowsRead).toBe(40);
    expect(loaded.features.customerIds).toEqual(['100', '101', '102', '103']);
  });
});

describe('the session once released', () => {
  it('names top products from the most frequent description, and refuses what needs the dropped lines', async () => {
    const lines = ['CustomerID,InvoiceNo,InvoiceDate,StockCode,Description,Quantity,UnitPrice'];
    for (let i = 0; i < 40; i++) lines.push(`${100 + (i % 4)},${1000 + i},2024-01-${String(1 + (i % 28)).padStart(2, '0')},P${i % 3},${i % 5 === 0 ? 'rare name' : `name of P${i % 3}`},2,1.50`);
    const loaded = await loadCustomers({ path: tmp.file('released.csv', lines.join('\n') + '\n') });
    try {
      const ids = loaded.features.customerIds;
      expect(loaded.features.numeric.find((c) => c.name === 'distinct_products')!.values).toEqual(Float64Array.from([3, 3, 3, 3]));
      const summary = loaded.session.purchaseSummary({ calibrationEnd: '2024-01-28' });
      loaded.session.release?.();
      expect((await summary)?.customerIds).toHaveLength(4); // asked for before the release: answered
      const top = await loaded.session.topProducts(ids, new Int32Array(ids.length), 3);
      expect(top.get(0)!.map((t) => t.value).sort()).toEqual(['name of P0', 'name of P1', 'name of P2']);
      await expect(loaded.session.purchaseSummary({ calibrationEnd: '2024-01-28' })).rejects.toMatchObject({ code: 'SESSION_RELEASED' });
      await expect(loaded.session.baskets(ids, new Int32Array(ids.length), 0, 10)).rejects.toMatchObject({ code: 'SESSION_RELEASED' });
    } finally {
      await loaded.session.close();
    }
  });
});
