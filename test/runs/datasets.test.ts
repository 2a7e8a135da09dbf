/** The dataset catalog (SEGBOT_DATASETS): YAML or JSON files written in a temp folder, and each mistake's message. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { loadDatasetCatalog, catalogFrom, DEMO_DATASET, DEMO_PATH } from '../../src/runs/datasets.js';
import { ConfigError } from '../../src/errors.js';

const dir = tempDir('segbot-datasets-');
let n = 0;
/** Writes a catalog file in its own sub-folder (so that relative paths resolve against it) and returns its path. */
function catalogFile(text: string, ext = 'yaml'): string {
  const sub = path.join(dir, `c${++n}`);
  mkdirSync(sub);
  const file = path.join(sub, `datasets.${ext}`);
  writeFileSync(file, text);
  return file;
}

/** The ConfigError thrown for a catalog file. */
function failure(file: string): ConfigError {
  try {
    loadDatasetCatalog(file);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`${file} was accepted`);
}

describe('loadDatasetCatalog: the demo dataset', () => {
  it('lists only demo without a catalog file, pointing at the bundled Online Retail log', () => {
    const catalog = loadDatasetCatalog(undefined);
    expect(catalog.list().map((d) => d.name)).toEqual([DEMO_DATASET]);
    const demo = catalog.get('demo')!;
    expect(demo.source).toBe(DEMO_PATH);
    expect(path.basename(DEMO_PATH)).toBe('online_retail.csv.gz');
    expect(path.basename(path.dirname(DEMO_PATH))).toBe('examples');
    expect(existsSync(DEMO_PATH)).toBe(true);
    expect(demo.description).toMatch(/Online Retail/);
    expect(demo.analyze).toEqual({});
  });

  it('keeps demo next to the datasets of a file, names sorted', () => {
    const catalog = loadDatasetCatalog(catalogFile('datasets:\n  retail: orders.csv\n  archive: old.csv.gz\n'));
    expect(catalog.list().map((d) => d.name)).toEqual(['archive', 'demo', 'retail']);
    expect(catalog.get('demo')!.source).toBe(DEMO_PATH);
  });

  it('lets the file define its own demo', () => {
    const file = catalogFile('datasets:\n  demo: mine.csv\n');
    const catalog = loadDatasetCatalog(file);
    expect(catalog.list()).toHaveLength(1);
    expect(catalog.get('demo')!.source).toBe(path.join(path.dirname(file), 'mine.csv'));
  });
});

describe('loadDatasetCatalog: YAML and JSON', () => {
  it('reads the shorthand name: path, resolved relative to the catalog file', () => {
    const file = catalogFile('datasets:\n  retail: data/orders.csv.gz\n  abs: /srv/data/x.csv\n  up: ../shared/y.csv\n');
    const catalog = loadDatasetCatalog(file);
    const base = path.dirname(file);
    expect(catalog.get('retail')).toEqual({ name: 'retail', source: path.join(base, 'data/orders.csv.gz'), description: '', analyze: {} });
    expect(catalog.get('abs')!.source).toBe('/srv/data/x.csv');
    expect(catalog.get('up')!.source).toBe(path.resolve(base, '../shared/y.csv'));
  });

  it('reads a full file entry with a description and analyze flags (asOf as a YAML date or a string)', () => {
    const file = catalogFile(
      [
        'datasets:',
        '  retail:',
        '    path: orders.csv',
        '    description: Shop orders',
        '    analyze: { asOf: 2026-11-01, k: 5, sep: ";", netReturns: true, algorithm: kmeans, customerColumn: Kunde }',
        '  quoted:',
        '    path: q.csv',
        '    analyze: { asOf: "2025-01-31" }',
      ].join('\n'),
    );
    const catalog = loadDatasetCatalog(file);
    expect(catalog.get('retail')).toEqual({
      name: 'retail',
      source: path.join(path.dirname(file), 'orders.csv'),
      table: undefined,
      query: undefined,
      description: 'Shop orders',
      analyze: { asOf: '2026-11-01', k: 5, sep: ';', netReturns: true, algorithm: 'kmeans', customerColumn: 'Kunde' },
    });
    expect(catalog.get('quoted')!.analyze).toEqual({ asOf: '2025-01-31' });
  });

  it('reads postgres entries with a table or a query, keeping the URL as it is', () => {
    const file = catalogFile(
      [
        'datasets:',
        '  erp:',
        '    url: postgres://analyst@db.internal/erp',
        '    table: sales.order_lines',
        '    description: ERP order lines, refreshed nightly',
        '  recent:',
        '    url: postgresql://analyst@db.internal/erp',
        '    query: SELECT * FROM sales.order_lines WHERE day > now() - interval \'1 year\'',
      ].join('\n'),
    );
    const catalog = loadDatasetCatalog(file);
    expect(catalog.get('erp')).toMatchObject({ source: 'postgres://analyst@db.internal/erp', table: 'sales.order_lines', query: undefined, description: 'ERP order lines, refreshed nightly' });
    expect(catalog.get('recent')).toMatchObject({ source: 'postgresql://analyst@db.internal/erp', table: undefined, query: expect.stringMatching(/^SELECT \*/) });
  });

  it('reads a JSON file', () => {
    const file = catalogFile(JSON.stringify({ datasets: { retail: 'orders.csv', erp: { url: 'postgres://h/db', table: 't', analyze: { k: 4 } } } }), 'json');
    const catalog = loadDatasetCatalog(file);
    expect(catalog.get('retail')!.source).toBe(path.join(path.dirname(file), 'orders.csv'));
    expect(catalog.get('erp')).toMatchObject({ source: 'postgres://h/db', table: 't', analyze: { k: 4 } });
  });

  it('finds a dataset whatever the case and surrounding spaces of the asked name', () => {
    const catalog = loadDatasetCatalog(catalogFile('datasets:\n  retail: orders.csv\n'));
    expect(catalog.get('Retail')!.name).toBe('retail');
    expect(catalog.get('  RETAIL ')!.name).toBe('retail');
    expect(catalog.get('DEMO')!.name).toBe('demo');
    expect(catalog.get('other')).toBeUndefined();
  });
});

describe('loadDatasetCatalog: mistakes stop start-up with the file and the fix', () => {
  it('an unreadable file', () => {
    const missing = path.join(dir, 'nope.yaml');
    const e = failure(missing);
    expect(e.code).toBe('BAD_ENV');
    expect(e.message).toContain(`SEGBOT_DATASETS: cannot read ${missing} (ENOENT)`);
    expect(e.message).toMatch(/Point it at a YAML or JSON file/);
  });

  it('a folder instead of a file', () => {
    expect(failure(dir).message).toMatch(/cannot read .* \(EISDIR\)/);
  });

  it('bad YAML', () => {
    const e = failure(catalogFile('datasets:\n  retail: [orders.csv\n'));
    expect(e.message).toMatch(/^SEGBOT_DATASETS: datasets\.yaml is not valid YAML: /);
    expect(e.message.split('\n')).toHaveLength(1);
  });

  it('bad JSON', () => {
    expect(failure(catalogFile('{"datasets": {', 'json')).message).toMatch(/^SEGBOT_DATASETS: datasets\.json is not valid JSON: /);
  });

  it('an empty file', () => {
    expect(failure(catalogFile('')).message).toMatch(/datasets\.yaml: the file: .*Expected "datasets:" mapping names/);
  });

  it('a misspelt top-level key', () => {
    expect(failure(catalogFile('dataset:\n  retail: orders.csv\n')).message).toMatch(/datasets\.yaml: datasets: .*Expected "datasets:"/);
  });

  it('an unknown key in an entry', () => {
    const e = failure(catalogFile('datasets:\n  retail:\n    path: orders.csv\n    colour: red\n'));
    expect(e.message).toMatch(/datasets\.yaml: datasets\.retail: Unrecognized key: "colour"/);
    expect(e.message).toContain('{path|url, table|query, description, analyze}');
  });

  it.each(['Retail', 'my data', '-retail', 'a'.repeat(41), 'café'])('a bad dataset name %j', (name) => {
    const e = failure(catalogFile(JSON.stringify({ datasets: { [name]: 'orders.csv' } }), 'json'));
    expect(e.message).toContain(`datasets.json: datasets.${name}:`);
    expect(e.message).toMatch(/dataset names are lower-case letters, digits, - and _ \(at most 40\)/);
  });

  it('both path and url', () => {
    const e = failure(catalogFile('datasets:\n  erp:\n    path: orders.csv\n    url: postgres://h/db\n    table: t\n'));
    expect(e.message).toMatch(/datasets\.erp: give either path \(a file\) or url \(a postgres:\/\/ database\), not both/);
  });

  it('neither path nor url', () => {
    expect(failure(catalogFile('datasets:\n  erp:\n    description: nothing to read\n')).message).toMatch(/datasets\.erp: give either path/);
  });

  it('a url that is not postgres', () => {
    expect(failure(catalogFile('datasets:\n  erp:\n    url: mysql://h/db\n    table: t\n')).message).toMatch(/datasets\.erp\.url: url must be a postgres:\/\/ URL/);
  });

  it('a postgres url without table or query', () => {
    expect(failure(catalogFile('datasets:\n  erp:\n    url: postgres://h/db\n')).message).toMatch(/datasets\.erp: a postgres url needs exactly one of table or query/);
  });

  it('a postgres url with both table and query', () => {
    expect(failure(catalogFile('datasets:\n  erp:\n    url: postgres://h/db\n    table: t\n    query: SELECT 1\n')).message).toMatch(/a postgres url needs exactly one of table or query/);
  });

  it('a shorthand postgres url (it cannot say which table)', () => {
    const e = failure(catalogFile('datasets:\n  erp: postgres://analyst@db.internal/erp\n'));
    expect(e.message).toMatch(/datasets\.erp\.path: a postgres url goes in url:, with table: or query:/);
  });

  it('a file path with a table or query (they apply to a database only)', () => {
    expect(failure(catalogFile('datasets:\n  retail:\n    path: orders.csv\n    table: t\n')).message).toMatch(/datasets\.retail: table and query go with a postgres url/);
    expect(failure(catalogFile('datasets:\n  retail:\n    path: orders.csv\n    query: SELECT 1\n')).message).toMatch(/datasets\.retail: table and query go with a postgres url/);
  });

  it('an analyze flag out of range (k: 1)', () => {
    expect(failure(catalogFile('datasets:\n  retail:\n    path: orders.csv\n    analyze: { k: 1 }\n')).message).toMatch(/datasets\.retail\.analyze\.k: .*>=2/);
  });

  it('an unknown analyze flag', () => {
    expect(failure(catalogFile('datasets:\n  retail:\n    path: orders.csv\n    analyze: { clusters: 4 }\n')).message).toMatch(/datasets\.retail\.analyze: Unrecognized key: "clusters"/);
  });

  it('an analyze flag of the wrong type or value', () => {
    expect(failure(catalogFile('datasets:\n  r:\n    path: o.csv\n    analyze: { algorithm: hdbscan }\n')).message).toMatch(/datasets\.r\.analyze\.algorithm:/);
    expect(failure(catalogFile('datasets:\n  r:\n    path: o.csv\n    analyze: { asOf: 01/11/2026 }\n')).message).toMatch(/datasets\.r\.analyze\.asOf: .*asOf must be YYYY-MM-DD/);
    expect(failure(catalogFile('datasets:\n  r:\n    path: o.csv\n    analyze: { netReturns: "yes" }\n')).message).toMatch(/datasets\.r\.analyze\.netReturns:/);
  });

  it('a description over 200 characters', () => {
    expect(failure(catalogFile(`datasets:\n  r:\n    path: o.csv\n    description: ${'x'.repeat(201)}\n`)).message).toMatch(/datasets\.r\.description:/);
  });
});

describe('catalogFrom', () => {
  it('adds demo to a list of datasets', () => {
    const catalog = catalogFrom([{ name: 'zz', source: '/x.csv', description: '', analyze: {} }]);
    expect(catalog.list().map((d) => d.name)).toEqual(['demo', 'zz']);
  });
});
