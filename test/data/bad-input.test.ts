/** Each bad input gets its own test: a DataError with a code and a message saying what to do. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.js';
import { fingerprintFile, loadCustomers, type LoadOptions } from '../../src/data/index.js';
import { germanLog } from './fixtures.js';
import { lcg, tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function failure(options: LoadOptions): Promise<DataError> {
  const result = await loadCustomers(options).then(
    async (loaded) => {
      await loaded.session.close();
      return null;
    },
    (e: unknown) => e,
  );
  expect(result).toBeInstanceOf(DataError);
  return result as DataError;
}

const TX_HEADER = 'CustomerID,InvoiceNo,InvoiceDate,Quantity,UnitPrice';

describe('bad input', () => {
  it('missing file', async () => {
    const e = await failure({ path: path.join(tmp.dir, 'nope.csv') });
    expect(e.code).toBe('FILE_NOT_FOUND');
    expect(e.message).toMatch(/nope\.csv: file not found.*Check the path/);
  });

  it('empty file', async () => {
    const e = await failure({ path: tmp.file('empty.csv', '') });
    expect(e.code).toBe('EMPTY_FILE');
    expect(e.message).toMatch(/empty\.csv: the file is empty/);
  });

  it('blank lines only', async () => {
    const e = await failure({ path: tmp.file('blank.csv', '\n\n  \n') });
    expect(e.code).toBe('EMPTY_FILE');
  });

  it('header-only file', async () => {
    const e = await failure({ path: tmp.file('header.csv', `${TX_HEADER}\n`) });
    expect(e.code).toBe('HEADER_ONLY');
    expect(e.message).toMatch(/header row but no data rows/);
  });

  it('unknown separator "|"', async () => {
    const e = await failure({ path: tmp.file('pipes.csv', 'CustomerID|InvoiceDate|Amount\n1|2023-01-01|3\n2|2023-01-02|4\n') });
    expect(e.code).toBe('UNKNOWN_SEPARATOR');
    expect(e.message).toMatch(/--sep "\|"/);
  });

  it('a file that parses as one column', async () => {
    const e = await failure({ path: tmp.file('one-column.csv', 'customer\nA\nB\nC\n') });
    expect(e.code).toBe('UNKNOWN_SEPARATOR');
    expect(e.message).toMatch(/single column.*--sep/);
  });

  it('--sep that does not split the header', async () => {
    const e = await failure({ path: tmp.file('wrong-sep.csv', `${TX_HEADER}\n1,1,2023-01-01,1,1\n`), sep: ';' });
    expect(e.code).toBe('UNKNOWN_SEPARATOR');
  });

  it('no column that looks like a customer id', async () => {
    const e = await failure({ path: tmp.file('no-customer.csv', 'when,what,price\n2023-01-01,a,1\n2023-01-02,b,2\n') });
    expect(e.code).toBe('NO_CUSTOMER_COLUMN');
    expect(e.message).toMatch(/tried names like CustomerID, customer_id/);
    expect(e.message).toMatch(/Pass --customer-column NAME/);
  });

  it('--customer-column naming a column that does not exist', async () => {
    const e = await failure({ path: tmp.file('forced.csv', `${TX_HEADER}\n1,1,2023-01-01,1,1\n`), customerColumn: 'Kunde' });
    expect(e.code).toBe('MISSING_COLUMN');
    expect(e.message).toMatch(/"Kunde" is not a column.*CustomerID/);
  });

  it('all dates unparseable', async () => {
    const rows = ['1,1,soon,1,1', '2,2,later,1,1', '3,3,never,2,1'];
    const e = await failure({ path: tmp.file('bad-dates.csv', [TX_HEADER, ...rows].join('\n')) });
    expect(e.code).toBe('DATES_UNPARSEABLE');
    expect(e.message).toMatch(/InvoiceDate.*--date-format/);
  });

  it('a --date-format that matches no date', async () => {
    const e = await failure({ path: tmp.file('format.csv', `${TX_HEADER}\n1,1,2023-01-01,1,1\n2,2,2023-01-02,1,1\n`), dateFormat: 'DD/MM/YYYY' });
    expect(e.code).toBe('DATES_UNPARSEABLE');
  });

  it('one customer only', async () => {
    const e = await failure({ path: tmp.file('one.csv', `${TX_HEADER}\n7,1,2023-01-01,1,1\n7,2,2023-01-05,2,1\n`) });
    expect(e.code).toBe('ONE_CUSTOMER');
    expect(e.message).toMatch(/only one customer/);
  });

  it('nothing left after cleaning', async () => {
    const e = await failure({ path: tmp.file('all-cancelled.csv', `${TX_HEADER}\n7,C1,2023-01-01,-1,1\n8,C2,2023-01-05,-2,1\n`), returns: 'drop' });
    expect(e.code).toBe('NO_ROWS_LEFT');
    expect(e.message).toMatch(/2 CANCELLATION/);
  });

  it('a PNG image renamed .csv', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
    const e = await failure({ path: tmp.file('picture.csv', png) });
    expect(e.code).toBe('BINARY_FILE');
    expect(e.message).toMatch(/PNG image.*Export the data as CSV/);
  });

  it('an Excel workbook renamed .csv', async () => {
    const e = await failure({ path: tmp.file('book.csv', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 0)])) });
    expect(e.code).toBe('BINARY_FILE');
    expect(e.message).toMatch(/xlsx/);
  });

  it('random bytes renamed .csv', async () => {
    const next = lcg(3);
    const e = await failure({ path: tmp.file('noise.csv', Buffer.from(Array.from({ length: 4096 }, () => Math.floor(next() * 256)))) });
    expect(e.code).toBe('BINARY_FILE');
  });

  it('a gzip file cut short', async () => {
    const whole = gzipSync(Buffer.from(germanLog()));
    const e = await failure({ path: tmp.file('cut.csv.gz', whole.subarray(0, Math.floor(whole.length * 0.6))) });
    expect(e.code).toBe('UNREADABLE_FILE');
    expect(e.message).toMatch(/cut\.csv\.gz: could not be read as CSV \(.*\)\. .* It is gzip-compressed: .* the gzip data may be cut short; compress it again\./);
  });

  it('a transaction log without a date column', async () => {
    const e = await failure({ path: tmp.file('no-date.csv', 'CustomerID,InvoiceNo,Quantity,UnitPrice\n1,1,1,1\n1,2,1,1\n2,3,1,1\n'), shape: 'tx' });
    expect(e.code).toBe('MISSING_COLUMN');
    expect(e.message).toMatch(/needs a date column.*--date-column/);
  });

  it('a transaction log without quantity and price or amount', async () => {
    const e = await failure({ path: tmp.file('no-money.csv', 'CustomerID,InvoiceNo,InvoiceDate,Quantity\n1,1,2023-01-01,1\n1,2,2023-01-02,1\n2,3,2023-01-03,1\n') });
    expect(e.code).toBe('MISSING_COLUMN');
    expect(e.message).toMatch(/quantity and unit price, or a line amount; found quantity \(Quantity\).*--amount-column/);
  });

  it('negative and zero prices are dropped and counted', async () => {
    const rows = ['1,1,2023-01-01,1,2.5', '1,2,2023-01-02,1,-3', '2,3,2023-01-03,1,0', '2,4,2023-01-04,2,1', '3,5,2023-01-04,2,1'];
    const loaded = await loadCustomers({ path: tmp.file('prices.csv', [TX_HEADER, ...rows].join('\n')) });
    await loaded.session.close();
    expect(loaded.dataQuality.steps.find((s) => s.code === 'NON_POSITIVE_PRICE')).toMatchObject({ rowsDropped: 2, customersDropped: 0 });
  });

  it('a bad --as-of', async () => {
    const e = await failure({ path: tmp.file('asof.csv', germanLog()), asOf: '12/31/2023' });
    expect(e.code).toBe('BAD_AS_OF');
  });
});

describe('files over 1 GB', () => {
  // A real 1 GB file is too slow for the suite; instead: the data module never reads a whole file
  // into JS memory (DuckDB streams it), and the fingerprint is a streaming hash.
  it('no data module calls readFile or readFileSync on the input', () => {
    const dir = path.resolve('src/data');
    const sources = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(sources.length).toBeGreaterThan(5);
    for (const f of sources) expect(readFileSync(path.join(dir, f), 'utf8'), f).not.toMatch(/readFile(Sync)?\(/);
  });

  it('the fingerprint is a streamed sha256 of the bytes', async () => {
    const content = germanLog({ customers: 200 });
    const file = tmp.file('fingerprint.csv', content);
    expect(await fingerprintFile(file)).toBe(createHash('sha256').update(content).digest('hex'));
  });
});
