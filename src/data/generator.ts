/**
 * `segbot generate`: seeded, realistic transaction logs with planted segments and optional
 * planted dirt in known counts, for tests and the benchmark. Generated entirely inside DuckDB
 * (see generator/sql.ts) and written with COPY, so 1M customers / 20M rows never touch JS.
 */
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { ConfigError } from '../errors.js';
import { silentProgress, type Progress } from '../progress.js';
import { ARCHETYPES, DEFAULT_PLANTED, MAX_PLANTED, MIN_PLANTED } from './generator/archetypes.js';
import { customersSql, invoicesSql, randomMacros, sqlString } from './generator/sql.js';
import { DIRT_RATES, NO_DIRT, dirtCountsSql, toDirtCounts, totalDirt, type DirtCounts } from './generator/dirt.js';
import {
  DAY_FIRST_DATE_FORMAT, ISO_DATE_FORMAT, ODD_COLUMNS, ONLINE_RETAIL_COLUMNS,
  customerIdSql, fileRowsSql, linesSql, type GeneratedColumns,
} from './generator/output.js';

export { ARCHETYPES, DIRT_RATES, ODD_COLUMNS, ONLINE_RETAIL_COLUMNS, DAY_FIRST_DATE_FORMAT, ISO_DATE_FORMAT };
export type { DirtCounts, GeneratedColumns };

export type GeneratedFormat = 'csv' | 'csv.gz' | 'parquet';

export interface GenerateOptions {
  customers: number;
  seed: number;
  /** Output file; the format follows the extension: .csv, .csv.gz or .parquet. */
  out: string;
  /** How many archetypes to plant (1..6, default 5). */
  plantedSegments?: number;
  /** Dates as DD/MM/YYYY HH:mm instead of YYYY-MM-DD HH:MM:SS. */
  dayFirst?: boolean;
  /** Odd column names and zero-padded string customer ids. */
  oddNames?: boolean;
  /** Add planted dirty rows, counted in the summary (see DIRT_RATES). */
  dirt?: boolean;
  /** Where the truth file (customer id -> planted segment) goes; default `<out stem>.truth.csv`; null = none. */
  truthPath?: string | null;
  /** DuckDB threads (default 2). */
  threads?: number;
  progress?: Progress;
}

export interface GenerateSummary {
  /** Rows written, dirt included. */
  rows: number;
  customers: number;
  truthPath?: string;
  cleanRows: number;
  invoices: number;
  format: GeneratedFormat;
  columns: GeneratedColumns;
  dateFormat: string;
  dirt: DirtCounts;
  /** Planted segment sizes, in archetype order. */
  segments: { name: string; customers: number }[];
}

export const MAX_GENERATED_CUSTOMERS = 9_000_000;

export function formatFromPath(file: string): GeneratedFormat {
  const lower = file.toLowerCase();
  if (lower.endsWith('.csv.gz')) return 'csv.gz';
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.parquet')) return 'parquet';
  throw new ConfigError('GENERATE_BAD_OUT', `--out ${file}: unknown output format. Use a name ending in .csv, .csv.gz or .parquet.`);
}

export function defaultTruthPath(out: string): string {
  const stem = out.replace(/(\.csv\.gz|\.csv|\.parquet)$/i, '');
  return `${stem}.truth.csv`;
}

function validate(o: GenerateOptions): void {
  if (!Number.isInteger(o.customers) || o.customers < 1 || o.customers > MAX_GENERATED_CUSTOMERS) {
    throw new ConfigError('GENERATE_BAD_CUSTOMERS', `--customers must be a whole number from 1 to ${MAX_GENERATED_CUSTOMERS.toLocaleString('en-US')}, got ${o.customers}.`);
  }
  if (!Number.isSafeInteger(o.seed) || o.seed < 0) {
    throw new ConfigError('GENERATE_BAD_SEED', `--seed must be a whole number >= 0, got ${o.seed}.`);
  }
  const planted = o.plantedSegments ?? DEFAULT_PLANTED;
  if (!Number.isInteger(planted) || planted < MIN_PLANTED || planted > MAX_PLANTED) {
    throw new ConfigError('GENERATE_BAD_SEGMENTS', `--planted-segments must be ${MIN_PLANTED}..${MAX_PLANTED} (${ARCHETYPES.map((a) => a.name).join(', ')}), got ${planted}.`);
  }
  if (planted > o.customers) {
    throw new ConfigError('GENERATE_BAD_SEGMENTS', `--planted-segments ${planted} needs at least as many customers, got --customers ${o.customers}.`);
  }
}

export async function generateTransactions(options: GenerateOptions): Promise<GenerateSummary> {
  validate(options);
  const progress = options.progress ?? silentProgress;
  const format = formatFromPath(options.out);
  const planted = options.plantedSegments ?? DEFAULT_PLANTED;
  const dateFormat = options.dayFirst ? DAY_FIRST_DATE_FORMAT : ISO_DATE_FORMAT;
  const shape = {
    columns: options.oddNames ? ODD_COLUMNS : ONLINE_RETAIL_COLUMNS,
    dateFormat,
    datesAsText: format !== 'parquet' || Boolean(options.dayFirst || options.dirt),
    paddedIds: Boolean(options.oddNames),
  };
  const truthPath = options.truthPath === null ? undefined : (options.truthPath ?? defaultTruthPath(options.out));
  await mkdir(path.dirname(path.resolve(options.out)), { recursive: true });

  const instance = await DuckDBInstance.create(':memory:', { threads: String(options.threads ?? 2), preserve_insertion_order: 'true' });
  const db = await instance.connect();
  // Written under a temporary name and renamed, so an interrupted run never leaves a half file behind.
  const partial = `${options.out}.partial-${process.pid}`;
  try {
    for (const macro of randomMacros(options.seed)) await db.run(macro);
    progress.start(`planting ${options.customers.toLocaleString('en-US')} customers`);
    await db.run(customersSql(options.customers, planted));
    await db.run(invoicesSql());
    const totals = (await db.runAndReadAll('SELECT count(*)::BIGINT AS invoices, coalesce(sum(lines), 0)::BIGINT AS rows FROM gen_invoices')).getRowObjects()[0];
    const invoices = Number(totals.invoices);
    const cleanRows = Number(totals.rows);
    const sizes = (await db.runAndReadAll('SELECT seg, count(*)::BIGINT AS n FROM gen_customers GROUP BY seg ORDER BY seg')).getRowObjects();
    progress.end(`planting ${options.customers.toLocaleString('en-US')} customers`, `${invoices.toLocaleString('en-US')} invoices, ${cleanRows.toLocaleString('en-US')} lines`);

    const dirt = options.dirt ? toDirtCounts((await db.runAndReadAll(dirtCountsSql(cleanRows))).getRowObjects() as { kind: unknown; n: unknown }[]) : NO_DIRT;
    const rowsSql = fileRowsSql(linesSql(Boolean(options.dirt), cleanRows), shape);
    const copyOptions = format === 'parquet' ? 'FORMAT parquet' : `FORMAT csv, HEADER true${format === 'csv.gz' ? ', COMPRESSION gzip' : ''}`;
    progress.start(`writing ${path.basename(options.out)}`);
    await db.run(`COPY (${rowsSql}) TO ${sqlString(partial)} (${copyOptions})`);
    await rename(partial, options.out);
    progress.end(`writing ${path.basename(options.out)}`, `${(cleanRows + totalDirt(dirt)).toLocaleString('en-US')} rows`);

    if (truthPath) {
      await db.run(`COPY (SELECT ${customerIdSql('cid', shape.paddedIds)} AS customer_id, segment, invoices FROM gen_customers ORDER BY cid)
        TO ${sqlString(truthPath)} (FORMAT csv, HEADER true)`);
    }
    return {
      rows: cleanRows + totalDirt(dirt),
      customers: options.customers,
      ...(truthPath ? { truthPath } : {}),
      cleanRows,
      invoices,
      format,
      columns: shape.columns,
      dateFormat,
      dirt,
      segments: ARCHETYPES.slice(0, planted).map((a, i) => ({ name: a.name, customers: Number(sizes.find((s) => Number(s.seg) === i)?.n ?? 0) })),
    };
  } finally {
    await rm(partial, { force: true });
    db.closeSync();
    instance.closeSync();
  }
}
