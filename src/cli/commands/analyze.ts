import { Command, InvalidArgumentError, Option } from 'commander';
import path from 'node:path';
import { loadConfig } from '../../config.js';
import type { LoadOptions } from '../../data/index.js';
import { parseCurrency } from '../../data/currency-names.js';
import type { DataDictionary } from '../../data/labels.js';
import { readDataDictionary } from '../data-dictionary.js';
import { stderrProgress } from '../output.js';


const int = (name: string, min: number, max = Number.MAX_SAFE_INTEGER) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}, got "${value}".`);
  return n;
};
const share = (value: string) => {
  const n = Number(value);
  if (!(n > 0 && n < 1)) throw new InvalidArgumentError(`must be a share between 0 and 1 (e.g. 0.01), got "${value}".`);
  return n;
};
const isoDate = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError(`--as-of must be a date as YYYY-MM-DD, got "${value}".`);
  return value;
};

function datasetName(value: string): string {
  if (!/^[a-z0-9][a-z0-9_-]{0,39}$/.test(value)) throw new InvalidArgumentError('a dataset name is lower-case letters, digits, - and _ (at most 40), e.g. retail.');
  return value;
}

/** Which runs are the same dataset, for campaign ids that survive re-runs (src/measure/campaign-id.ts). */
async function datasetKeyOf(source: string, o: { dataset?: string; table?: string; query?: string }): Promise<string> {
  const m = await import('../../measure/index.js');
  if (o.dataset) return m.namedDatasetKey(o.dataset);
  if (/^postgres(ql)?:\/\//i.test(source)) {
    const { redactUrl } = await import('../../data/index.js');
    return m.postgresDatasetKey(redactUrl(source), o);
  }
  return m.fileDatasetKey(path.resolve(source));
}

/** Flags named like LoadOptions' fields pass straight through to the loader. */
/** --labels read and checked before any work: a bad dictionary is refused at once. */
function labelsFlag(value: string): DataDictionary {
  try {
    return readDataDictionary(value);
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
}

/** --currency checked before any work: an ISO code or a known symbol, kept as its code. */
function currencyFlag(value: string): string {
  try {
    return parseCurrency(value).code;
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
}

interface AnalyzeFlags extends Omit<LoadOptions, 'path' | 'progress'> {
  out?: string;
  dataset?: string;
  seed: number;
  table?: string;
  query?: string;
  algorithm?: 'kmeans' | 'ward' | 'dbscan' | 'gmm';
  k?: number;
  kMin?: number;
  kMax?: number;
  quintiles?: boolean;
  minSegmentShare?: number;
  minSegments?: number;
  associationRules?: boolean;
  narrate?: boolean;
  charts: boolean;
  json?: boolean;
  quiet?: boolean;
}

export function registerAnalyzeCommand(program: Command): void {
  program
    .command('analyze')
    .description('Segment the customers in a data file and write result.json, assignments.csv, charts and a report.')
    .argument('<source>', 'CSV/TSV/semicolon file (optionally .gz) or Parquet: a transaction log or one row per customer; or postgres://user@host/db with --table or --query')
    .option('-o, --out <dir>', 'output directory (default: out/<file name>)')
    .option('--dataset <name>', 'the dataset this file is a version of (e.g. retail): runs of the same dataset keep their campaign ids and holdouts (default: the file\'s full path)', datasetName)
    .option('--table <name>', 'with a postgres:// source: the table of transaction lines')
    .option('--query <select>', 'with a postgres:// source: a SELECT returning the transaction lines')
    .option('--seed <n>', 'seed for every random choice; same input + seed = same segments', int('--seed', 0, 2 ** 31 - 1), 42)
    .addOption(new Option('--shape <shape>', 'force the data shape').choices(['tx', 'customers']))
    .option('--customer-column <name>', 'column holding the customer id')
    .option('--date-column <name>', 'column holding the order date/time')
    .option('--date-format <format>', 'date format, strptime (%d/%m/%Y %H:%M) or pattern (DD/MM/YYYY HH:mm) style')
    .option('--invoice-column <name>', 'column holding the invoice/order number')
    .option('--quantity-column <name>', 'column holding the quantity')
    .option('--price-column <name>', 'column holding the unit price')
    .option('--amount-column <name>', 'column holding the line amount (instead of quantity × price)')
    .option('--country-column <name>', 'column holding the country')
    .option('--product-column <name>', 'column holding the product (description or code)')
    .option('--sep <char>', 'field separator (default: detected); use "\\t" for tabs')
    .option('--encoding <name>', 'text encoding of a CSV, e.g. windows-1252, latin1, utf-16le (default: detected)')
    .option('--currency <code>', 'currency of the amounts, an ISO code (GBP, EUR, USD…) or a symbol (default: from the money column\'s name or its values; none when they do not say)', currencyFlag)
    .option('--labels <file>', 'customer tables: a data dictionary naming your columns, CSV (column,label[,description]) or JSON ({"MntWines": "Wine spend"}); default: labels made from the column names', labelsFlag)
    .option('--as-of <date>', 'snapshot date for recency, YYYY-MM-DD (default: the day after the last date)', isoDate)
    // No commander default: a file nets by default, a Postgres source can only drop (and refuses an explicit net).
    .addOption(new Option('--returns <policy>', 'returns and cancellations: net them against the purchases they reverse (default for files), or drop them and keep the purchases (the textbook cleaning; always for Postgres)').choices(['net', 'drop']))
    .addOption(new Option('--net-returns', 'the same as --returns net (the default)').hideHelp())
    .option('--outcome-columns <names>', 'customer tables: comma-separated 0/1 outcome columns (responses, complaints, churn) reported per segment as rates and never clustered on (default: detected by name)', (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .addOption(new Option('--outliers <policy>', 'impossible values in customer tables').choices(['clip', 'exclude']).default('clip'))
    .addOption(new Option('--algorithm <name>', 'force the clustering algorithm').choices(['kmeans', 'ward', 'dbscan', 'gmm']))
    .option('--k <n>', 'force the number of segments', int('--k', 2, 50))
    .option('--k-min <n>', 'smallest k in the sweep (default 2)', int('--k-min', 2, 50))
    .option('--k-max <n>', 'largest k in the sweep (default 10)', int('--k-max', 2, 50))
    .option('--quintiles', 'RFM scores by quintiles (1-5) instead of quartiles (1-4)')
    .option('--min-segment-share <share>', 'smallest acceptable segment, as a share of customers (default 0.01; never fewer than 20 customers)', share)
    .option('--min-segments <n>', 'fewest segments the winner may have (default 3: two halves are too coarse to target)', int('--min-segments', 2, 50))
    .option('--association-rules', 'mine "who buys X also buys Y" rules per segment from invoice baskets')
    .option('--narrate', 'write personas and campaigns (offline narrator unless an LLM is configured), each reviewed for creepiness')
    .option('--no-charts', 'skip the charts')
    .option('--json', 'print a machine-readable summary on stdout')
    .option('-q, --quiet', 'no progress on stderr')
    .addHelpText(
      'after',
      `
Examples:
  segbot analyze examples/online_retail.csv.gz --out out/online-retail --narrate
  segbot analyze orders.csv --sep ";" --date-format "DD/MM/YYYY HH:mm" --customer-column Kunde
  segbot analyze survey.tsv --shape customers --k 5
  segbot analyze postgres://analyst@db.internal/erp --table sales.order_lines --as-of 2026-11-01

Environment: OPENAI_API_KEY / OPENAI_BASE_URL / SEGBOT_LLM_MODEL for the LLM narrator (none: offline narrator),
SEGBOT_DATA_DIR for the approval store and LLM cache, SEGBOT_MIN_SEGMENT_SIZE for the k-anonymity threshold,
SEGBOT_DUCKDB_MEMORY for DuckDB's memory cap while reading a file (default 40% of RAM, 1 to 6 GB; it spills to disk past it).`,
    )
    .action(async (source: string, flags: AnalyzeFlags) => {
      const { out, dataset, seed, table, query, algorithm, k, kMin, kMax, quintiles, minSegmentShare, minSegments, associationRules, narrate, charts, json, quiet, sep, ...load } = flags;
      const config = loadConfig();
      // Loaded on use, so that `segbot --help` and the other commands start fast.
      const [{ runAnalysis, writeOutputFolder }, { createServices }] = await Promise.all([import('../../runs/index.js'), import('../../services/index.js')]);
      const name = /^postgres(ql)?:\/\//i.test(source) ? (table ?? 'query').replace(/[^\w.-]+/g, '_') : path.basename(source).replace(/\.(csv|tsv|txt|parquet)(\.gz)?$/i, '');
      const outDir = path.resolve(out ?? path.join('out', name));
      const progress = stderrProgress(quiet || json);
      const services = await createServices(config, { log: (line) => progress.info(line) });
      let run;
      try {
        const requestedBy = await services.approvalServices.cliRequester();
        const datasetKey = await datasetKeyOf(source, { dataset, table, query });
        run = await writeOutputFolder(outDir, (stagingDir) =>
          runAnalysis(
            {
              source,
              table,
              query,
              outDir: stagingDir,
              seed,
              memoryLimit: config.duckdbMemory,
              load: { ...load, sep: sep === '\\t' ? '\t' : sep },
              engine: { algorithm, k, kMin, kMax, rfmBins: quintiles ? 5 : 4, minSegmentShare, minSegments },
              associationRules: associationRules ?? false,
              narrate: narrate ?? false,
              charts,
              requestedBy,
              datasetKey,
              publishedDir: outDir,
              command: ['segbot', ...process.argv.slice(2)].join(' '),
              progress,
            },
            services.runDeps,
          ),
        );
      } finally {
        await services.close();
      }
      const reportHtmlPath = path.join(outDir, 'report.html');
      const paths = {
        outDir,
        result: path.join(outDir, 'result.json'),
        assignments: path.join(outDir, 'assignments.csv'),
        reportHtml: reportHtmlPath,
        reportMd: path.join(outDir, 'report.md'),
        charts: run.charts.map((c) => path.join(outDir, c.name)),
      };
      process.stdout.write(json ? JSON.stringify({ ok: true, ...paths, ...run.summary, chosen: run.summary.model.chosenId }) + '\n' : `${reportHtmlPath}\n`);
    });
}
