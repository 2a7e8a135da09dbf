/** The amounts' currency (issue 23): named by --currency, by the money column's name or by its values; shown wherever money is. */
import { afterAll, describe, expect, it } from 'vitest';
import { loadCustomers, type LoadOptions } from '../../src/data/index.js';
import { currencyFromName, parseCurrency } from '../../src/data/currency-names.js';
import { withCurrency } from '../../src/result/index.js';
import { summarySection } from '../../src/report/sections.js';
import { formatAmount } from '../../src/narrative/format.js';
import { money as chartMoney } from '../../src/charts/format.js';
import { fixtureResult } from '../narrative/fixtures.js';
import { tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function currencyOf(name: string, header: string, amount: (i: number) => string, options: Partial<LoadOptions> = {}) {
  const rows = Array.from({ length: 60 }, (_, i) => `C${i % 20},2024-03-${String(1 + (i % 9)).padStart(2, '0')},${amount(i)}`);
  const loaded = await loadCustomers({ path: tmp.file(name, [header, ...rows].join('\n')), ...options });
  await loaded.session.close();
  return loaded.input;
}

describe('--currency', () => {
  it('takes an ISO code in any case or a known symbol', () => {
    expect(parseCurrency('gbp')).toEqual({ code: 'GBP', symbol: '£' });
    expect(parseCurrency('€')).toEqual({ code: 'EUR', symbol: '€' });
    expect(parseCurrency('NOK')).toEqual({ code: 'NOK', symbol: 'NOK' });
  });
  it('refuses anything else, saying what it takes', () => {
    expect(() => parseCurrency('pounds')).toThrow(/three-letter ISO code .* or one of £ € \$ ¥ ₹, got "pounds"/);
    expect(() => parseCurrency('<!channel>')).toThrow(/three-letter ISO code/);
  });
});

describe('the currency a column name states', () => {
  it.each([
    ['dollar_value', 'USD'],
    ['amount_eur', 'EUR'],
    ['PreisEUR', 'EUR'],
    ['Betrag (EUR)', 'EUR'],
    ['price_gbp', 'GBP'],
    ['revenueInSterling', 'GBP'],
  ])('%s → %s', (column, code) => expect(currencyFromName(column)?.code).toBe(code));
  it.each(['UnitPrice', 'amount', 'Europe_sales_rank', 'MntWines', 'amount_eur_usd'])('%s states none (or two)', (column) => expect(currencyFromName(column)).toBeNull());
});

describe('loading a file', () => {
  it('reads the currency from the money column name', async () => {
    const input = await currencyOf('named.csv', 'customer_id,date,dollar_value', (i) => `${(i % 7) + 1}.50`);
    expect(input.currency).toEqual({ code: 'USD', symbol: '$' });
    expect(input.decisions).toContainEqual(expect.objectContaining({ column: 'dollar_value', role: 'currency=USD', by: 'name' }));
  });
  it('reads it from symbols in the values (£3.50) and codes (12.00 CHF)', async () => {
    expect((await currencyOf('pounds.csv', 'customer_id,date,amount', (i) => `£${(i % 7) + 1}.50`)).currency?.code).toBe('GBP');
    expect((await currencyOf('chf.csv', 'customer_id,date,amount', (i) => `${(i % 7) + 1}.00 CHF`)).currency?.code).toBe('CHF');
  });
  it('has none when nothing says, rather than guessing from the country', async () => {
    expect((await currencyOf('bare.csv', 'customer_id,date,amount', (i) => `${(i % 7) + 1}.50`)).currency).toBeUndefined();
  });
  it('lets --currency override what the name says', async () => {
    const input = await currencyOf('override.csv', 'customer_id,date,dollar_value', (i) => `${(i % 7) + 1}.50`, { currency: 'CAD' });
    expect(input.currency).toEqual({ code: 'CAD', symbol: 'CA$' });
  });
});

describe('amounts shown with it', () => {
  it('put symbols before and codes after, and keep the sign in front', () => {
    expect(withCurrency('1,234', { code: 'GBP', symbol: '£' })).toBe('£1,234');
    expect(withCurrency('-12.50', { code: 'EUR', symbol: '€' })).toBe('-€12.50');
    expect(withCurrency('1,234', { code: 'CHF', symbol: 'CHF' })).toBe('1,234 CHF');
    expect(withCurrency('1,234', undefined)).toBe('1,234');
    expect(formatAmount(2500, { code: 'GBP', symbol: '£' })).toBe('£2,500');
    expect(chartMoney(56300, { code: 'USD', symbol: '$' })).toBe('$56.3k');
  });
  it('the headline names the currency and where it came from, or says the data does not', () => {
    const r = fixtureResult();
    const headline = (res: typeof r) => summarySection(res).blocks.find((b) => b.kind === 'p' && 'text' in b)!;
    expect(JSON.stringify(headline(r))).toMatch(/does not name|neither the money column’s name nor its values name/);
    r.input = { ...r.input, currency: { code: 'GBP', symbol: '£' }, decisions: [...r.input.decisions, { column: '*', role: 'currency=GBP', by: 'flag' }] };
    const text = JSON.stringify(headline(r));
    expect(text).toMatch(/£[0-9]/);
    expect(text).toMatch(/Amounts are in GBP \(as --currency says\)/);
  });
});
