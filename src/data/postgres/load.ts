/**
 * loadFromPostgres: a transaction log in a Postgres table (or the result of a query) → the same
 * LoadedData as the file loader. Cleaning and the per-customer aggregation run inside Postgres;
 * only per-customer features come back, streamed through a cursor.
 */
import type pg from 'pg';
import { DataError } from '../../errors.js';
import { silentProgress, type Progress } from '../../progress.js';
import type { CleaningStep, DataQualityReport, InputInfo } from '../../result/index.js';
import { currencyFromFlagOrNames } from '../currency-names.js';
import type { LoadedData } from '../load.js';
import type { LoadOptions } from '../options.js';
import { minusDays } from '../sql.js';
import { planLines } from '../tx-lines.js';
import type { SchemaDecision, TxSchema } from '../schema.js';
import { sha256 } from '../../result/index.js';
import { openPostgres, redactUrl } from './connection.js';
import { describeColumns, detectRoles, relationSql, type PgRoleFlags } from './schema.js';
import { qualitySql, type PgLinePlan } from './lines.js';
import { fetchFeatures, postgresFeatureSql, type CustomerSample } from './features.js';
import { postgresSession } from './session.js';

/** File-only settings, accepted so that the CLI can pass its load options through, and refused when set. */
type FileOnly = Pick<LoadOptions, 'netReturns' | 'returns' | 'shape' | 'dateFormat' | 'sep' | 'encoding' | 'outliers'>;

export interface PostgresSourceOptions extends PgRoleFlags, FileOnly {
  /** postgres://user[:password]@host[:port]/database */
  url: string;
  /** A table (`orders` or `schema.orders`); or give `query`. */
  table?: string;
  /** One SELECT whose rows are the transaction lines; or give `table`. */
  query?: string;
  /** Snapshot date YYYY-MM-DD; default: the day after the last kept date. */
  asOf?: string;
  /** Currency of the money columns (ISO code or symbol); default: from the money column's name, else none. */
  currency?: string;
  /** Rows per FETCH from the cursor (default 50,000). */
  batchSize?: number;
  /** Postgres work_mem for this session only (default 256MB). */
  workMem?: string;
  /**
   * Bring back only a seeded sample of this many customers (chosen in the database); the data-quality
   * report and totals still describe every row. Assign everyone in the database with buildAssignmentSql.
   */
  sample?: CustomerSample;
  progress?: Progress;
}

const fmt = (n: number) => n.toLocaleString('en-US');

interface QualityRow {
  rowsRead: number;
  customersBefore: number;
  rawRevenue: string | null;
  rowsByStage: Record<string, number> | null;
  duplicates: number;
  afterAsOf: number;
  customersLostAt: Record<string, number> | null;
  firstDate: string | null;
  lastDate: string | null;
  revenue: string | null;
  invoices: number;
  transactions: number;
}

export async function loadFromPostgres(options: PostgresSourceOptions): Promise<LoadedData> {
  const progress = options.progress ?? silentProgress;
  const where = redactUrl(options.url);
  if (options.asOf !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(options.asOf) || Number.isNaN(Date.parse(options.asOf)))) {
    throw new DataError('BAD_AS_OF', `${where}: --as-of must be a date as YYYY-MM-DD, got "${options.asOf}".`);
  }
  refuseFileOnly(options, where);
  if (options.sample && !(Number.isInteger(options.sample.size) && options.sample.size >= 2 && Number.isSafeInteger(options.sample.seed) && options.sample.seed >= 0)) {
    throw new DataError('BAD_SAMPLE', `${where}: the customer sample must be a whole number of at least 2 customers with a seed >= 0, got size ${options.sample.size}, seed ${options.sample.seed}.`);
  }
  const { relation, label } = relationSql(options, where);
  const source = `${where} (${label})`;
  const client = await openPostgres(options.url, options.workMem);
  try {
    // On success the connection lives on in the returned session (closed by session.close()).
    return await loadWith(client, options, relation, source, progress);
  } catch (e) {
    await client.end().catch(() => undefined);
    throw e;
  }
}

function refuseFileOnly(options: FileOnly, where: string): void {
  const refuse = (flag: string, why: string) => {
    throw new DataError('NOT_FOR_DATABASE', `${where}: ${flag} is not available for a Postgres source: ${why}`);
  };
  if (options.netReturns || options.returns === 'net') refuse(options.netReturns ? '--net-returns' : '--returns net', 'cancellations are dropped (--returns drop); net returns in --query if you need them.');
  if (options.shape === 'customers') refuse('--shape customers', 'the Postgres source reads transaction logs; export a customer table to a file instead.');
  if (options.dateFormat) refuse('--date-format', 'date/timestamp columns need none; convert a text column with to_timestamp(...) in --query.');
  if (options.sep) refuse('--sep', 'a database table has no separator.');
  if (options.encoding) refuse('--encoding', 'the database hands text over as UTF-8 already.');
}

async function planSource(client: pg.Client, options: PostgresSourceOptions, relation: string, source: string, progress: Progress) {
  const columns = await describeColumns(client, relation, source);
  const decisions: SchemaDecision[] = [];
  const { roles, money } = detectRoles(columns, options, source, decisions);
  decisions.forEach((d) => progress.info(`${d.role}: ${d.column} (by ${d.by}${d.note ? `; ${d.note}` : ''})`));
  // planLines reads only roles and money; the date parsing of a file has no meaning here.
  const stages = planLines({ roles, money } as unknown as TxSchema, { asOf: options.asOf }).stages;
  const plan: PgLinePlan = {
    relation,
    roles,
    kinds: new Map(columns.map((c) => [c.name, c.kind])),
    money,
    rowStages: stages.filter((s) => s.code !== 'DUPLICATE_ROW' && s.code !== 'AFTER_AS_OF'),
    duplicateStage: stages.find((s) => s.code === 'DUPLICATE_ROW') ?? null,
    asOfStage: stages.find((s) => s.code === 'AFTER_AS_OF') ?? null,
    asOf: options.asOf,
  };
  return { plan, stages, decisions, roles };
}

/**
 * The feature query loadFromPostgres runs (cleaning + aggregation, one row per customer), for a
 * fixed snapshot date: the input of buildAssignmentSql for assigning every customer in the database.
 */
export async function postgresFeatureQuery(options: PostgresSourceOptions & { asOf: string }): Promise<string> {
  const where = redactUrl(options.url);
  const { relation } = relationSql(options, where);
  const client = await openPostgres(options.url);
  try {
    const { plan } = await planSource(client, options, relation, where, silentProgress);
    return postgresFeatureSql(plan, options.asOf);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function loadWith(client: pg.Client, options: PostgresSourceOptions, relation: string, source: string, progress: Progress): Promise<LoadedData> {
  const { plan, stages, decisions, roles } = await planSource(client, options, relation, source, progress);

  progress.start('cleaning in Postgres');
  const q = (await client.query<{ quality: QualityRow }>(qualitySql(plan))).rows[0].quality;
  if (Number(q.rowsRead) === 0) throw new DataError('EMPTY_SOURCE', `${source}: returned no rows. Check the table name, or the WHERE clause of --query.`, { source });
  const dropped = (code: string) => Number(q.rowsByStage?.[stages.find((s) => s.code === code)?.id ?? -1] ?? 0);
  if (plan.kinds.get(roles.date) === 'text' && dropped('BAD_DATE') > 0 && dropped('BAD_DATE') === Number(q.rowsRead) - dropped('MISSING_CUSTOMER_ID')) {
    throw new DataError('UNPARSEABLE_DATES', `${source}: no value of the text column ${roles.date} reads as an ISO date (YYYY-MM-DD[ HH:MM[:SS]]). Convert it in --query, e.g. SELECT *, to_timestamp(${roles.date}, 'DD/MM/YYYY HH24:MI') AS order_ts FROM ..., and pass --date-column order_ts.`, { source });
  }
  const dataQuality = qualityReport(q, stages, source);
  progress.end('cleaning in Postgres', `${fmt(dataQuality.rowsKept)} of ${fmt(dataQuality.rowsRead)} rows kept`);
  for (const step of dataQuality.steps) {
    if (step.rowsDropped) progress.info(`cleaning: ${step.code} dropped ${fmt(step.rowsDropped)} rows (${fmt(step.customersDropped ?? 0)} customers lost)`);
  }

  const asOf = options.asOf ?? minusDays(q.lastDate!, -1);
  progress.start('aggregating customers in Postgres');
  const features = await fetchFeatures(client, plan, asOf, dataQuality.customersKept, options.batchSize ?? 50_000, source, options.sample);
  progress.end('aggregating customers in Postgres', `${fmt(features.customerIds.length)} customers`);
  if (features.customerIds.length < dataQuality.customersKept) {
    dataQuality.warnings.push(`Only a seeded sample of ${fmt(features.customerIds.length)} of ${fmt(dataQuality.customersKept)} customers (seed ${options.sample!.seed}) left the database; assign the others there with the model's assignment SQL.`);
  }

  // In a database the money columns are numbers: the currency comes from the flag or the column's name.
  const currency = currencyFromFlagOrNames(options.currency, [roles.amount, roles.price].filter((c): c is string => c !== undefined), decisions);
  const input: InputInfo = {
    source,
    format: 'postgres',
    compression: 'none',
    shape: 'tx',
    columns: { ...roles, numeric: [], categorical: [] },
    decisions,
    dateFormat: plan.kinds.get(roles.date) === 'time' ? 'database date/timestamp' : 'ISO 8601 text (YYYY-MM-DD[ HH:MM[:SS]])',
    // No bytes to hash: the query text and what it returned identify the input.
    fingerprint: sha256(`${relation}\n${q.rowsRead}\n${q.rawRevenue ?? ''}\n${q.lastDate ?? ''}`),
    rowsRead: q.rowsRead,
    ...(q.firstDate ? { firstDate: q.firstDate } : {}),
    ...(q.lastDate ? { lastDate: q.lastDate } : {}),
    asOf,
    ...(currency ? { currency } : {}),
  };
  return {
    input,
    dataQuality,
    features,
    totals: { customers: features.customerIds.length, revenue: q.revenue === null ? null : Number(q.revenue), invoices: q.invoices, transactions: q.transactions },
    session: postgresSession(client, plan),
    rawRevenue: q.rawRevenue === null ? null : Number(q.rawRevenue),
  };
}

function qualityReport(q: QualityRow, stages: ReturnType<typeof planLines>['stages'], source: string): DataQualityReport {
  const rowsAt = (id: number, code: string) =>
    code === 'DUPLICATE_ROW' ? Number(q.duplicates) : code === 'AFTER_AS_OF' ? Number(q.afterAsOf) : Number(q.rowsByStage?.[id] ?? 0);
  const steps: CleaningStep[] = stages.map((s) => ({
    code: s.code,
    description: s.description,
    rowsDropped: rowsAt(s.id, s.code),
    rowsChanged: 0,
    customersDropped: Number(q.customersLostAt?.[s.id] ?? 0),
  }));
  const rowsKept = Number(q.transactions);
  const customersKept = Number(q.customersLostAt?.[1000] ?? 0);
  if (rowsKept === 0 || customersKept === 0) {
    const reasons = steps.filter((s) => s.rowsDropped > 0).map((s) => `${fmt(s.rowsDropped)} ${s.code}`).join(', ');
    throw new DataError('NO_ROWS_LEFT', `${source}: no row is left after cleaning (${fmt(Number(q.rowsRead))} read; dropped: ${reasons || 'none'}). Check the column choices printed above and --customer-column, --date-column, --price-column.`, { source });
  }
  if (customersKept < 2) {
    throw new DataError('ONE_CUSTOMER', `${source}: only one customer is left after cleaning (${fmt(rowsKept)} rows). Segmentation needs many customers: check --customer-column.`, { source });
  }
  return {
    rowsRead: Number(q.rowsRead),
    rowsKept,
    customersBefore: Number(q.customersBefore),
    customersKept,
    steps,
    columnIssues: [],
    returnsPolicy: 'drop',
    warnings: [],
  };
}
