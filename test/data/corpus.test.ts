/**
 * A corpus of hostile and odd files, each generated here and each with its own test: it loads with
 * the right figures, or is refused with a coded error whose message names the problem and the fix.
 * Never a stack trace, a hang or a silent loss of rows.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { AnalysisError, DataError } from '../../src/errors.js';
import { loadCustomers, type LoadedData, type LoadOptions } from '../../src/data/index.js';
import { runSegmentation } from '../../src/analysis/engine.js';
import { tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function load(options: LoadOptions): Promise<LoadedData> {
  const loaded = await loadCustomers(options);
  await loaded.session.close();
  return loaded;
}

async function refusal(options: LoadOptions): Promise<DataError> {
  const e = await load(options).then(
    () => null,
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(DataError);
  return e as DataError;
}

/** 60 lines, 20 customers; revenue (1 + 2 + 3) × 20 × 1.50 = 180. */
function log(opts: { sep?: string; eol?: string; extraHeader?: string; extra?: (i: number) => string; date?: (i: number) => string } = {}): string {
  const sep = opts.sep ?? ',';
  const eol = opts.eol ?? '\n';
  const header = ['CustomerID', 'InvoiceNo', 'InvoiceDate', 'Quantity', 'UnitPrice', ...(opts.extraHeader ? [opts.extraHeader] : [])].join(sep);
  const rows = Array.from({ length: 60 }, (_, i) =>
    [`C${i % 20}`, String(1000 + i), opts.date ? opts.date(i) : `2024-0${1 + (i % 9)}-1${i % 9}`, String(1 + (i % 3)), '1.50', ...(opts.extra ? [opts.extra(i)] : [])].join(sep),
  );
  return [header, ...rows].join(eol) + eol;
}
const REVENUE = 180;

/** A log loaded with all 60 rows and 20 customers kept: nothing lost silently. */
async function expectWhole(options: LoadOptions, revenue = REVENUE): Promise<LoadedData> {
  const loaded = await load(options);
  expect(loaded.dataQuality.rowsRead).toBe(60);
  expect(loaded.features.customerIds).toHaveLength(20);
  expect(loaded.totals.revenue).toBeCloseTo(revenue, 6);
  return loaded;
}

const cities = (i: number) => (i % 2 ? 'Österreich' : 'Müller & Söhne €5');

describe('corpus: encodings and byte-order marks', () => {
  it('UTF-8', () => expectWhole({ path: tmp.file('utf8.csv', log()) }));
  it('UTF-8 with a byte-order mark', () => expectWhole({ path: tmp.file('utf8-bom.csv', '\uFEFF' + log()) }));
  it('Latin-1 (ü, Ö) detected', async () => {
    const loaded = await expectWhole({ path: tmp.file('latin1.csv', Buffer.from(log({ extraHeader: 'Country', extra: (i) => (i % 2 ? 'Österreich' : 'Müller') }), 'latin1')) });
    expect(loaded.input.decisions.some((d) => d.role === 'encoding=windows-1252')).toBe(true);
  });
  it('Windows-1252 with € (0x80) detected', async () => {
    const text = log({ extraHeader: 'Country', extra: cities });
    const bytes = Buffer.from(text.replace(/€/g, '\u0000'), 'latin1');
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) bytes[i] = 0x80;
    await expectWhole({ path: tmp.file('cp1252.csv', bytes) });
  });
  it('UTF-16 LE with a byte-order mark transcoded', async () => {
    const loaded = await expectWhole({ path: tmp.file('utf16le.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(log({ extraHeader: 'Country', extra: cities }), 'utf16le')])) });
    expect(loaded.input.decisions.some((d) => d.role === 'encoding=utf-16le')).toBe(true);
  });
  it('UTF-16 BE with a byte-order mark transcoded', async () => {
    const le = Buffer.from(log(), 'utf16le');
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
    await expectWhole({ path: tmp.file('utf16be.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), be])) });
  });
  it('UTF-16 LE without a byte-order mark (Excel "Unicode text")', () => expectWhole({ path: tmp.file('utf16-nobom.txt', Buffer.from(log({ sep: '\t', eol: '\r\n' }), 'utf16le')) }));
  it('--encoding windows-1252 forced', async () => {
    const loaded = await expectWhole({ path: tmp.file('forced-enc.csv', Buffer.from(log({ extraHeader: 'Country', extra: () => 'Zürich' }), 'latin1')), encoding: 'windows-1252' });
    expect(loaded.input.decisions.find((d) => d.role === 'encoding=windows-1252')?.note).toMatch(/--encoding/);
  });
  it('--encoding with an unknown name', async () => {
    const e = await refusal({ path: tmp.file('enc-unknown.csv', log()), encoding: 'klingon' });
    expect(e.code).toBe('BAD_ENCODING');
    expect(e.message).toMatch(/--encoding "klingon".*windows-1252/);
  });
  it('a gzip-compressed Windows-1252 file', () => expectWhole({ path: tmp.file('cp1252.csv.gz', Buffer.from(log({ extraHeader: 'Country', extra: () => 'Köln' }), 'latin1'), true) }));
});

describe('corpus: line endings, separators and quoting', () => {
  it('CRLF line endings', () => expectWhole({ path: tmp.file('crlf.csv', log({ eol: '\r\n' })) }));
  it('mixed CRLF and LF line endings', () => {
    const lines = log().split('\n');
    return expectWhole({ path: tmp.file('mixed.csv', lines.map((l, i) => (i % 3 === 0 ? l + '\r\n' : l + '\n')).join('').replace(/\n\r?\n$/, '\n')) });
  });
  it('line endings that change from CRLF to LF past the first 64 KB (the part inspected) are read whole', async () => {
    const header = 'customer_id,date,amount';
    const rows = Array.from({ length: 6000 }, (_, i) => `C${i % 300},2024-03-${String(1 + (i % 28)).padStart(2, '0')},${(i % 17) + 1}.50`);
    const text = [header, ...rows.slice(0, 2999)].join('\r\n') + '\r\n' + rows.slice(2999).join('\n') + '\n';
    expect(Buffer.byteLength(text.split('\n').slice(0, 3000).join('\n'))).toBeGreaterThan(64 * 1024);
    const loaded = await load({ path: tmp.file('mixed-late.csv', text) });
    expect(loaded.dataQuality.rowsRead).toBe(6000);
    expect(loaded.features.customerIds).toHaveLength(300);
    expect(loaded.input.decisions.some((d) => d.role === 'encoding=utf-8' && /line endings made uniform/.test(d.note ?? ''))).toBe(true);
  });
  it('old Mac line endings (bare CR)', () => expectWhole({ path: tmp.file('cr.csv', log({ eol: '\r' })) }));
  it('semicolons', () => expectWhole({ path: tmp.file('semicolon.csv', log({ sep: ';' })) }));
  it('tabs', () => expectWhole({ path: tmp.file('tabs.tsv', log({ sep: '\t' })) }));
  it('a TSV where every row holds a multi-line quoted field', () =>
    expectWhole({ path: tmp.file('multiline.tsv', log({ sep: '\t', extraHeader: 'Note', extra: () => '"line one\nline two, with a comma; and a semicolon\nline three"' })) }));
  it('escaped quotes and separators inside quoted fields', () => expectWhole({ path: tmp.file('quotes.csv', log({ extraHeader: 'Description', extra: (i) => `"the ""best"", size ${i}"` })) }));
  it('a 2 MB quoted description field', () => expectWhole({ path: tmp.file('huge-field.csv', log({ extraHeader: 'Description', extra: (i) => `"${i === 10 ? 'x'.repeat(2 * 1024 * 1024 + 10) : 'mug'}"` })) }));
  it('a header with quoted names holding spaces and separators', () =>
    expectWhole({ path: tmp.file('quoted-header.csv', log().replace('CustomerID,InvoiceNo', '"Customer ID","Invoice, No"')) }));
  it('blank lines at the end', () => expectWhole({ path: tmp.file('trailing-blank.csv', log() + '\n\n\n') }));
  it('pipes: refused with the --sep to pass', async () => {
    const e = await refusal({ path: tmp.file('pipes.csv', log({ sep: '|' })) });
    expect(e.code).toBe('UNKNOWN_SEPARATOR');
    expect(e.message).toMatch(/--sep "\|"/);
  });
  it('a quote that is never closed: refused naming quotes, not --sep', async () => {
    const text = log().replace('C5,1005,', '"C5,1005,');
    const e = await refusal({ path: tmp.file('unclosed.csv', text) });
    expect(['UNREADABLE_FILE', 'NO_ROWS_LEFT', 'LINE_TOO_LONG']).toContain(e.code);
    expect(e.message).not.toMatch(/--sep/);
  });
});

describe('corpus: numbers, dates and ids as exports write them', () => {
  it('amounts with a decimal comma and a euro sign after them (11,77 €)', async () => {
    const text = ['Kunde;Datum;Betrag', ...Array.from({ length: 60 }, (_, i) => `K${i % 20};2024-0${1 + (i % 9)}-1${i % 9};${(i % 7) + 1},77 €`)].join('\n');
    const loaded = await load({ path: tmp.file('euro-suffix.csv', text) });
    expect(loaded.dataQuality.rowsKept).toBe(60);
    expect(loaded.totals.revenue).toBeCloseTo(234 + 60 * 0.77, 6);
  });
  it('amounts with thousands dots and a currency code (1.234,56 EUR)', async () => {
    const text = ['customer;date;amount', ...Array.from({ length: 60 }, (_, i) => `K${i % 20};2024-03-1${i % 9};${i % 2 ? '1.234,56 EUR' : '€ 10,00'}`)].join('\n');
    const loaded = await load({ path: tmp.file('euro-thousands.csv', text) });
    expect(loaded.totals.revenue).toBeCloseTo(30 * 1234.56 + 30 * 10, 6);
  });
  it('amounts with thousands commas and a dollar sign ($1,234.50)', async () => {
    const text = ['customer,date,amount', ...Array.from({ length: 60 }, (_, i) => `K${i % 20},2024-03-1${i % 9},"$1,234.50"`)].join('\n');
    expect((await load({ path: tmp.file('dollars.csv', text) })).totals.revenue).toBeCloseTo(60 * 1234.5, 6);
  });
  it('amounts with a currency Segbot does not strip: BAD_NUMBER names the column and the suffix', async () => {
    const text = ['customer,date,amount', ...Array.from({ length: 60 }, (_, i) => `K${i % 20},2024-03-1${i % 9},${i + 1}.50 zł`)].join('\n');
    const e = await refusal({ path: tmp.file('zloty.csv', text) });
    expect(e.code).toBe('BAD_NUMBER');
    expect(e.message).toMatch(/column "amount".*"1\.50 zł".*"zł" is in the way/);
  });
  it('US dates with AM/PM (12/31/2024 2:05 PM), read without flags', async () => {
    const loaded = await expectWhole({ path: tmp.file('us-ampm.csv', log({ date: (i) => `12/${10 + (i % 18)}/2024 ${1 + (i % 12)}:05 ${i % 2 ? 'PM' : 'AM'}` })) });
    expect(loaded.input.lastDate).toBe('2024-12-27');
  });
  it('day-first dates with dots and 24-hour times', () => expectWhole({ path: tmp.file('dmy.csv', log({ date: (i) => `${13 + (i % 15)}.0${1 + (i % 9)}.2024 14:0${i % 10}` })) }));
  it('dates in no known format: the message names the formats tried, AM/PM included', async () => {
    const e = await refusal({ path: tmp.file('bad-dates.csv', log({ date: (i) => `the ${i}th of spring` })) });
    expect(e.code).toBe('DATES_UNPARSEABLE');
    expect(e.message).toMatch(/formats tried: ISO 8601.*AM\/PM.*--date-format/);
  });
  it('an id column called account_ref', async () => {
    const loaded = await expectWhole({ path: tmp.file('account-ref.csv', log().replace('CustomerID', 'account_ref')) });
    expect(loaded.input.columns.customer).toBe('account_ref');
  });
  it('an id column recognised by its values (ref: R1000…)', async () => {
    const loaded = await expectWhole({ path: tmp.file('ref.csv', log().replace('CustomerID', 'ref').replace(/^C(\d+),/gm, 'R10$1,')) });
    expect(loaded.input.columns.customer).toBe('ref');
    expect(loaded.input.decisions.find((d) => d.role === 'customer')).toMatchObject({ by: 'values' });
  });
  it('no id by name or by values: refused naming what was tried', async () => {
    const text = ['when,what,price', ...Array.from({ length: 30 }, (_, i) => `2024-01-1${i % 9},red mug,${i}.5`)].join('\n');
    const e = await refusal({ path: tmp.file('no-id.csv', text) });
    expect(e.code).toBe('NO_CUSTOMER_COLUMN');
    expect(e.message).toMatch(/values like C1042.*--customer-column/);
  });
});

describe('corpus: files that are not tables, and degenerate ones', () => {
  const binaries: [string, number[]][] = [
    ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['zip', [0x50, 0x4b, 0x03, 0x04]],
    ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
    ['xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]],
    ['sqlite', [...Buffer.from('SQLite format 3\0')]],
  ];
  for (const [kind, magic] of binaries) {
    it(`a ${kind} file named orders.csv`, async () => {
      const e = await refusal({ path: tmp.file(`${kind}-orders.csv`, Buffer.concat([Buffer.from(magic), Buffer.alloc(200, 7)])) });
      expect(e.code).toBe('BINARY_FILE');
      expect(e.message).toMatch(/Export the data as CSV/);
    });
  }
  it('an empty file', async () => expect((await refusal({ path: tmp.file('empty.csv', '') })).code).toBe('EMPTY_FILE'));
  it('a header and no rows', async () => expect((await refusal({ path: tmp.file('header.csv', log().split('\n')[0] + '\n') })).code).toBe('HEADER_ONLY'));
  it('one customer only', async () => expect((await refusal({ path: tmp.file('one.csv', log().replace(/^C\d+,/gm, 'C1,')) })).code).toBe('ONE_CUSTOMER'));

  it('10,000 columns, almost all constant: refused within seconds', async () => {
    const header = ['customer_id', ...Array.from({ length: 10_000 }, (_, j) => `c${j}`)].join(',');
    const rows = Array.from({ length: 50 }, (_, i) => [`K${i}`, ...Array.from({ length: 10_000 }, (_, j) => (j < 3 ? String(i % 5) : '1'))].join(','));
    const started = Date.now();
    const e = await refusal({ path: tmp.file('wide.csv', [header, ...rows].join('\n')) });
    expect(e.code).toBe('TOO_MANY_COLUMNS');
    expect(e.message).toMatch(/10,001 columns; Segbot reads at most 500.*transaction log/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('every customer identical: NO_STRUCTURE, not a crash', async () => {
    const text = ['CustomerID,InvoiceNo,InvoiceDate,Quantity,UnitPrice', ...Array.from({ length: 100 }, (_, i) => `C${i},${i},2024-01-01,1,5.00`)].join('\n');
    const loaded = await load({ path: tmp.file('identical.csv', text) });
    const e = await runSegmentation(loaded.features, { seed: 1, kMax: 4, stabilityResamples: 1 }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(e).toBeInstanceOf(AnalysisError);
    expect((e as AnalysisError).code).toBe('NO_STRUCTURE');
    expect((e as AnalysisError).message).toMatch(/no structure to find/);
  });

  it('two kinds of customer only: models with coinciding segments get no Davies-Bouldin, never Infinity', async () => {
    const text = ['CustomerID,InvoiceNo,InvoiceDate,Quantity,UnitPrice', ...Array.from({ length: 100 }, (_, i) => `C${i},${i},2024-01-0${1 + (i % 2)},1,${i % 2 ? 5 : 9}.00`)].join('\n');
    const loaded = await load({ path: tmp.file('two-kinds.csv', text) });
    const out = await runSegmentation(loaded.features, { seed: 1, kMax: 4, stabilityResamples: 1 });
    for (const c of out.candidates) expect(c.scores.daviesBouldin === null || Number.isFinite(c.scores.daviesBouldin)).toBe(true);
  });
});
