/** Labels for the user's own columns (issue 23): readable by default, a data dictionary with --labels. */
import { afterAll, describe, expect, it } from 'vitest';
import { loadCustomers } from '../../src/data/index.js';
import { readableColumnName } from '../../src/data/labels.js';
import { readDataDictionary } from '../../src/cli/data-dictionary.js';
import { tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('readable column names', () => {
  it.each([
    ['MntWines', 'Spend on wines'],
    ['MntGoldProds', 'Spend on gold products'],
    ['NumWebVisitsMonth', 'Web visits per month'],
    ['NumStorePurchases', 'Store purchases'],
    ['AcceptedCmp3', 'Accepted campaign 3'],
    ['avg_order_value', 'Average order value'],
    ['total_qty', 'Total quantity'],
    ['pct_discounted', 'Share of discounted'],
    ['Marital_Status', 'Marital status'],
    ['Income', 'Income'],
  ])('%s → %s', (name, label) => expect(readableColumnName(name)).toBe(label));
});

describe('--labels', () => {
  it('reads a CSV dictionary with quoted fields and a description', () => {
    const d = readDataDictionary(tmp.file('dict.csv', 'column,label,description\nMntWines,"Wine spend, 2 years",Amount spent on wine in the last two years\nKidhome,Young children,\n'));
    expect(d.get('MntWines')).toEqual({ label: 'Wine spend, 2 years', description: 'Amount spent on wine in the last two years' });
    expect(d.get('Kidhome')).toEqual({ label: 'Young children' });
  });
  it('reads a JSON dictionary, plain or with descriptions', () => {
    const d = readDataDictionary(tmp.file('dict.json', JSON.stringify({ MntWines: 'Wine spend', Income: { label: 'Household income', description: 'yearly' } })));
    expect(d.get('MntWines')?.label).toBe('Wine spend');
    expect(d.get('Income')).toEqual({ label: 'Household income', description: 'yearly' });
  });
  it('cleans what it shows: control, bidi and zero-width characters, newlines, 60 characters at most', () => {
    const d = readDataDictionary(tmp.file('hostile.json', JSON.stringify({ A: 'line\n# heading\u202e\u200b' + 'x'.repeat(100) })));
    const label = d.get('A')!.label;
    expect(label).not.toMatch(/[\n\u202e\u200b]/);
    expect(label.length).toBeLessThanOrEqual(60);
  });
  it.each([
    ['missing.csv', null, /cannot be read/],
    ['noheader.csv', 'MntWines,Wine spend\n', /needs a header line with the columns "column" and "label"/],
    ['bad.json', '{"MntWines": ', /is not valid JSON/],
    ['array.json', '["MntWines"]', /must be a JSON object of column → label/],
    ['empty.csv', 'column,label\n', /holds no label/],
  ])('refuses %s, saying what it needs', (name, content, message) => {
    const file = content === null ? `${tmp.dir}/${name}` : tmp.file(name, content);
    expect(() => readDataDictionary(file)).toThrow(message);
  });
  it('gives customer-table features the dictionary labels (case-insensitive names), and readable labels to the rest', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => `C${i},${(i * 37) % 500},${(i * 13) % 40},${i % 7}`);
    const file = tmp.file('customers.csv', ['customer_id,MntWines,NumWebVisitsMonth,kid_home', ...rows].join('\n'));
    const labels = readDataDictionary(tmp.file('labels.csv', 'column,label,description\nmntwines,Wine spend,Spent on wine in two years\n'));
    const loaded = await loadCustomers({ path: file, shape: 'customers', labels });
    await loaded.session.close();
    const byName = new Map(loaded.features.numeric.map((c) => [c.name, c]));
    expect(byName.get('MntWines')?.label).toBe('Wine spend');
    expect(byName.get('MntWines')?.description).toBe('Spent on wine in two years');
    expect(byName.get('NumWebVisitsMonth')?.label).toBe('Web visits per month');
  });
});
