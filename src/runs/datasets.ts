/**
 * The datasets that `/segment run <name>` may analyze, from the file named by SEGBOT_DATASETS
 * (YAML or JSON). A user in Slack names a dataset; only an operator decides what a name reads,
 * so nobody can point the bot at an arbitrary file or database from a chat message.
 *
 *   datasets:
 *     retail: data/orders.csv.gz                  # a file, relative to this file
 *     erp:
 *       url: postgres://analyst@db.internal/erp   # or a Postgres source
 *       table: sales.order_lines
 *       description: ERP order lines, refreshed nightly
 *       analyze: { asOf: 2026-11-01, k: 5 }
 *
 * `demo` (the bundled Online Retail log) is always there unless the file defines its own `demo`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ConfigError } from '../errors.js';

export const DEMO_DATASET = 'demo';
export const DEMO_PATH = fileURLToPath(new URL('../../examples/online_retail.csv.gz', import.meta.url));

/** The analyze flags a dataset entry may fix (the same names as `segbot analyze`'s options). */
const AnalyzeFlags = z
  .object({
    seed: z.number().int().min(0).max(2 ** 31 - 1),
    sep: z.string().min(1).max(2),
    shape: z.enum(['tx', 'customers']),
    customerColumn: z.string(),
    dateColumn: z.string(),
    dateFormat: z.string(),
    invoiceColumn: z.string(),
    quantityColumn: z.string(),
    priceColumn: z.string(),
    amountColumn: z.string(),
    countryColumn: z.string(),
    productColumn: z.string(),
    asOf: z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'asOf must be YYYY-MM-DD'), z.date().transform((d) => d.toISOString().slice(0, 10))]),
    netReturns: z.boolean(),
    returns: z.enum(['net', 'drop']),
    algorithm: z.enum(['kmeans', 'ward', 'dbscan', 'gmm']),
    k: z.number().int().min(2).max(50),
    kMin: z.number().int().min(2).max(50),
    kMax: z.number().int().min(2).max(50),
    minSegments: z.number().int().min(2).max(50),
    associationRules: z.boolean(),
  })
  .partial()
  .strict();
export type DatasetAnalyzeFlags = z.infer<typeof AnalyzeFlags>;

const NAME = /^[a-z0-9][a-z0-9_-]{0,39}$/;

const isPostgresUrl = (source: string) => /^postgres(ql)?:\/\//i.test(source);

// The shorthand `name: path` is read as `{ path }`, so that a mistake in a full entry is reported against that entry
// (a union with the string form reported many of them as a bare "Invalid input").
const Entry = z.preprocess(
  (value) => (typeof value === 'string' ? { path: value } : value),
  z
    .object({
      path: z
        .string()
        .min(1)
        .refine((p) => !isPostgresUrl(p), 'a postgres url goes in url:, with table: or query: (which rows to read)')
        .optional(),
      url: z.string().regex(/^postgres(ql)?:\/\//i, 'url must be a postgres:// URL').optional(),
      table: z.string().optional(),
      query: z.string().optional(),
      description: z.string().max(200).optional(),
      analyze: AnalyzeFlags.optional(),
    })
    .strict()
    .refine((e) => Boolean(e.path) !== Boolean(e.url), 'give either path (a file) or url (a postgres:// database), not both')
    .refine((e) => !e.url || Boolean(e.table) !== Boolean(e.query), 'a postgres url needs exactly one of table or query')
    .refine((e) => Boolean(e.url) || (!e.table && !e.query), 'table and query go with a postgres url; a file is read whole'),
);

const CatalogFile = z.object({ datasets: z.record(z.string().regex(NAME, 'dataset names are lower-case letters, digits, - and _ (at most 40)'), Entry) }).strict();

export interface Dataset {
  name: string;
  /** A file path, or a postgres:// URL. Never shown in Slack (it may carry a host or a user). */
  source: string;
  table?: string;
  query?: string;
  description: string;
  analyze: DatasetAnalyzeFlags;
}

export interface DatasetCatalog {
  list(): Dataset[];
  get(name: string): Dataset | undefined;
}

const demo: Dataset = {
  name: DEMO_DATASET,
  source: DEMO_PATH,
  description: 'Online Retail (UCI, CC BY 4.0): a UK gift shop, 2010-2011, bundled with Segbot',
  analyze: {},
};

export function catalogFrom(datasets: Dataset[]): DatasetCatalog {
  const byName = new Map<string, Dataset>([[DEMO_DATASET, demo]]);
  for (const d of datasets) byName.set(d.name, d);
  const sorted = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  return { list: () => sorted, get: (name) => byName.get(name.trim().toLowerCase()) };
}

/** Reads the catalog file; a mistake stops start-up with the file, the dataset and the fix. */
export function loadDatasetCatalog(file: string | undefined): DatasetCatalog {
  if (!file) return catalogFrom([]);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError('BAD_ENV', `SEGBOT_DATASETS: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}). Point it at a YAML or JSON file listing the datasets.`);
  }
  let raw: unknown;
  try {
    raw = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ConfigError('BAD_ENV', `SEGBOT_DATASETS: ${path.basename(file)} is not valid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = CatalogFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the file';
    // A bad dataset name's own message (the naming rule) is inside the record's generic "Invalid key in record".
    const what = (issue?.code === 'invalid_key' ? issue.issues[0]?.message : undefined) ?? issue?.message;
    throw new ConfigError('BAD_ENV', `SEGBOT_DATASETS: ${path.basename(file)}: ${where}: ${what}. Expected "datasets:" mapping names to a file path or to {path|url, table|query, description, analyze}.`);
  }
  const base = path.dirname(file);
  const datasets = Object.entries(parsed.data.datasets).map(
    ([name, entry]): Dataset => ({
      name,
      source: entry.url ?? path.resolve(base, entry.path as string),
      table: entry.table,
      query: entry.query,
      description: entry.description ?? '',
      analyze: entry.analyze ?? {},
    }),
  );
  return catalogFrom(datasets);
}
