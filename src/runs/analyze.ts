/**
 * One analysis run, the service behind `segbot analyze` (and later the bot's /segment and the weekly
 * digest): load → segment → enrich → seal the result → write files → charts → narrative → review → report.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { loadCustomers, type LoadOptions, type LoadedData } from '../data/index.js';
import { mineAssociationRules, runSegmentation, type EngineOptions, type EngineOutput } from '../analysis/index.js';
import {
  RESULT_SCHEMA_VERSION,
  SegmentationResult,
  assignmentCsvLines,
  roundSig,
  sealResult,
  serializeResult,
  type Assignments,
  type TopValue,
} from '../result/index.js';
import { silentProgress, type Progress } from '../progress.js';
import { DataError } from '../errors.js';
import { VERSION } from '../version.js';
import { alignLifetime, lifetimeForRun, lifetimeOf, type LifetimeColumns, type LifetimeFit } from './lifetime-value.js';

export const DEFAULT_SEED = 42;

export interface AnalyzeRequest {
  /** A file path (CSV/TSV/Parquet, optionally gzip'd), or a postgres:// URL with `table` or `query`. */
  source: string;
  /** With a postgres:// source: the table holding the transaction lines. */
  table?: string;
  /** With a postgres:// source: one SELECT whose rows are the transaction lines. */
  query?: string;
  outDir: string;
  seed?: number;
  load?: Omit<LoadOptions, 'path' | 'progress' | 'memoryLimit'>;
  /** DuckDB's memory cap while reading a file; speed and memory only, so not recorded in the result. */
  memoryLimit?: string;
  engine?: Omit<EngineOptions, 'seed' | 'progress'>;
  /** Top products per segment, from the source (tx data with a product column). */
  topProducts?: number;
  /** Mine "who buys X also buys Y" rules per segment from invoice baskets. */
  associationRules?: boolean;
  /** Fit the lifetime-value models on transaction logs (default true). */
  lifetime?: boolean;
  progress?: Progress;
}

export interface EngineRun {
  result: SegmentationResult;
  assignments: Assignments;
  outDir: string;
  resultPath: string;
  assignmentsPath: string;
}

/** Each named RFM segment's mean P(alive). */
function withRfmLifetime(rfm: NonNullable<EngineOutput['rfm']>, a: Assignments, columns: LifetimeColumns): NonNullable<EngineOutput['rfm']> {
  return {
    ...rfm,
    segments: rfm.segments.map((s) => {
      const index = a.rfmSegmentNames.indexOf(s.name);
      const life = index < 0 ? null : lifetimeOf(columns, (i) => a.rfmSegment[i] === index);
      return { ...s, meanPAlive: life ? life.repeatMeanPAlive : null };
    }),
  };
}

/** Most invoices per segment that feed association-rule mining (deterministic: the first N invoices in order). */
const MAX_BASKETS = 5000;

async function enrichSegments(loaded: LoadedData, engine: EngineOutput, req: AnalyzeRequest): Promise<EngineOutput['segments']> {
  const topN = req.topProducts ?? 5;
  if (loaded.input.shape !== 'tx' || !loaded.input.columns.product) return engine.segments;
  const { customerIds, segment } = engine.assignments;
  const top: Map<number, TopValue[]> = topN > 0 ? await loaded.session.topProducts(customerIds, segment, topN) : new Map();
  const enriched: EngineOutput['segments'] = [];
  for (const s of engine.segments) {
    const topProducts = (top.get(s.id) ?? []).map((t) => ({ ...t, share: roundSig(t.share), lift: t.lift === null ? null : roundSig(t.lift) }));
    let associationRules = s.associationRules;
    if (req.associationRules) {
      const baskets = await loaded.session.baskets(customerIds, segment, s.id, MAX_BASKETS);
      associationRules = mineAssociationRules(baskets);
    }
    enriched.push({ ...s, topProducts, ...(associationRules ? { associationRules } : {}) });
  }
  return enriched;
}

function recordedOptions(req: AnalyzeRequest, engine: EngineOutput, seed: number): Record<string, unknown> {
  // Only what changes the outcome, in a fixed key order; never a local path.
  const load = Object.fromEntries(
    Object.entries(req.load ?? {})
      .filter(([, v]) => v !== undefined)
      // A data dictionary changes labels: recorded as its entries in column order, not as a file name.
      .map(([k, v]) => [k, v instanceof Map ? Object.fromEntries([...(v as Map<string, unknown>)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v]),
  );
  return { seed, ...engine.options, ...load, topProducts: req.topProducts ?? 5, associationRules: req.associationRules ?? false, ...(req.lifetime === false ? { lifetime: false } : {}) };
}

const isPostgresUrl = (source: string) => /^postgres(ql)?:\/\//i.test(source);

/** A file goes through DuckDB; a postgres:// URL has cleaning and aggregation pushed down into Postgres. */
export async function loadSource(req: Pick<AnalyzeRequest, 'source' | 'table' | 'query' | 'load' | 'memoryLimit'>, progress: Progress): Promise<LoadedData> {
  if (isPostgresUrl(req.source)) {
    const { loadFromPostgres } = await import('../data/postgres/index.js');
    return loadFromPostgres({ url: req.source, table: req.table, query: req.query, ...req.load, progress });
  }
  if (req.table || req.query) {
    throw new DataError('NOT_A_DATABASE', `${path.basename(req.source)}: --table and --query need a postgres://user@host/database source; a file is read whole.`);
  }
  return loadCustomers({ path: req.source, ...req.load, memoryLimit: req.memoryLimit, progress });
}

/** Loads, segments and writes result.json + assignments.csv. */
export async function runEngine(req: AnalyzeRequest): Promise<EngineRun> {
  const progress = req.progress ?? silentProgress;
  const seed = req.seed ?? DEFAULT_SEED;
  const loaded = await loadSource(req, progress);
  let engine: EngineOutput;
  let segments: EngineOutput['segments'];
  let lifetime: LifetimeFit | null = null;
  try {
    // Asked for before the engine runs: the session's queries run on DuckDB's threads beside it.
    const { asOf } = loaded.input;
    const lifetimeFit = loaded.input.shape === 'tx' && asOf && req.lifetime !== false ? lifetimeForRun(loaded.session, asOf) : null;
    lifetimeFit?.catch(() => undefined); // awaited below; an engine failure first must not leave it unhandled
    // Baskets read the lines after the engine; without them, nothing does once the summary is taken.
    if (!req.associationRules) loaded.session.release?.();
    engine = await runSegmentation(loaded.features, { ...req.engine, seed, progress });
    progress.start('profiling top products per segment');
    segments = await enrichSegments(loaded, engine, req);
    progress.end('profiling top products per segment');
    if (lifetimeFit) {
      progress.start('fitting lifetime value (BG/NBD + Gamma-Gamma)');
      lifetime = await lifetimeFit;
      progress.end('fitting lifetime value (BG/NBD + Gamma-Gamma)', lifetime?.summary.status === 'fitted' ? undefined : `skipped: ${lifetime?.summary.reason ?? 'no purchase history'}`);
    }
  } finally {
    await loaded.session.close();
  }
  const lifetimeColumns = lifetime ? alignLifetime(lifetime, engine.assignments.customerIds) : null;
  const assignments: Assignments = lifetimeColumns
    ? { ...engine.assignments, lifetime: { pAlive: lifetimeColumns.pAlive, expectedPurchases90d: lifetimeColumns.expectedPurchases90d, clv: lifetimeColumns.clv } }
    : engine.assignments;
  if (lifetimeColumns) {
    const seg = engine.assignments.segment;
    segments = segments.map((s) => ({ ...s, lifetime: lifetimeOf(lifetimeColumns, (i) => seg[i] === s.id) }));
  }
  const rfmSummary = engine.rfm && lifetimeColumns ? withRfmLifetime(engine.rfm, engine.assignments, lifetimeColumns) : engine.rfm;
  const result = sealResult(
    SegmentationResult.parse({
      schemaVersion: RESULT_SCHEMA_VERSION,
      tool: { name: 'segbot', version: VERSION },
      options: recordedOptions(req, engine, seed),
      input: loaded.input,
      dataQuality: { ...loaded.dataQuality, rawRevenue: loaded.rawRevenue === null ? null : roundSig(loaded.rawRevenue, 12) },
      totals: loaded.totals,
      features: engine.features,
      projection: engine.projection,
      anomalies: engine.anomalies,
      candidates: engine.candidates,
      selection: engine.selection,
      segments,
      rfm: rfmSummary,
      ...(lifetime ? { lifetime: lifetime.summary } : {}),
      contentHash: '',
    }),
  );
  await mkdir(req.outDir, { recursive: true });
  const resultPath = path.join(req.outDir, 'result.json');
  const assignmentsPath = path.join(req.outDir, 'assignments.csv');
  await writeFile(resultPath, serializeResult(result));
  await writeAssignments(assignmentsPath, assignments);
  return { result, assignments, outDir: req.outDir, resultPath, assignmentsPath };
}

/** Streams assignments.csv so that a million customers never become one big string. */
async function writeAssignments(file: string, assignments: Assignments): Promise<void> {
  const out = createWriteStream(file);
  let buffer = '';
  for (const line of assignmentCsvLines(assignments)) {
    buffer += line + '\n';
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}
