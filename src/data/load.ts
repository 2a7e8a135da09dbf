/** loadCustomers: file → DuckDB → schema → cleaning with a data-quality report → per-customer features. */
import { DataError } from '../errors.js';
import type { CustomerFeatures } from '../analysis/types.js';
import type { DataQualityReport, InputInfo } from '../result/index.js';
import { silentProgress, type Progress } from '../progress.js';
import { DEFAULT_MEMORY_LIMIT, openDuckDb, type DuckDb } from './duckdb.js';
import { fingerprintFile, inspectFile, type FileFacts } from './file.js';
import { needsTranscoding, transcodeToUtf8 } from './transcode.js';
import { returnsPolicy, type LoadOptions } from './options.js';
import { profileColumns } from './profile.js';
import { detectCustomerColumn, detectShape, detectTxSchema, type SchemaDecision } from './schema.js';
import { openSource, sampleSource, wrapRead } from './source.js';
import { emptySession, txSession, type DataSession } from './session.js';
import { createLines, planLines } from './tx-lines.js';
import { netReturns } from './returns.js';
import { txQualityReport } from './tx-quality.js';
import { txFeatures, type TxTotals } from './tx-features.js';
import { minusDays } from './sql.js';
import { loadCustomerTable } from './table.js';
import { detectCurrency } from './currency.js';

export interface LoadedData {
  input: InputInfo;
  dataQuality: DataQualityReport;
  features: CustomerFeatures;
  totals: TxTotals;
  session: DataSession;
  /** Revenue of every readable raw row before cleaning (tx data only), for reconciling with the source system. */
  rawRevenue: number | null;
}

const fmt = (n: number) => n.toLocaleString('en-US');

function checkAsOf(asOf: string | undefined, source: string): void {
  if (asOf !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf)))) {
    throw new DataError('BAD_AS_OF', `${source}: --as-of must be a date as YYYY-MM-DD, got "${asOf}".`, { source });
  }
}

const describeDecision = (d: SchemaDecision) =>
  d.column === '*' ? `${d.role} (${d.note ?? `by ${d.by}`})` : `${d.role}: ${d.column} (by ${d.by}${d.note ? `; ${d.note}` : ''})`;

export async function loadCustomers(options: LoadOptions): Promise<LoadedData> {
  const progress: Progress = options.progress ?? silentProgress;
  let facts = await inspectFile(options.path, options.encoding);
  checkAsOf(options.asOf, facts.source);
  const fingerprint = fingerprintFile(facts.path);
  fingerprint.catch(() => undefined); // awaited below; avoid an unhandled rejection if loading fails first
  const memoryLimit = options.memoryLimit ?? DEFAULT_MEMORY_LIMIT;
  if (facts.bytes > 256 * 1024 ** 2) {
    progress.info(`${facts.source}: ${fmt(Math.round(facts.bytes / 1024 ** 2))} MB, streamed through DuckDB in at most ${memoryLimit} of memory (spilling to a temporary directory past that, removed afterwards).`);
  }

  const db = await openDuckDb({ memoryLimit });
  let loaded: LoadedData | undefined;
  try {
    if (needsTranscoding(facts)) facts = await transcodeToUtf8(facts, db.dir);
    try {
      loaded = await loadWith(db, facts, options, progress);
    } catch (e) {
      // Line endings that change past the first 64 KB (the part inspected) stop DuckDB's parser:
      // read once more from a copy with uniform line endings, and refuse only if that fails too.
      if (!(e instanceof DataError && e.details.parserState === true && facts.format === 'csv' && !facts.transcodedFrom)) throw e;
      progress.info(`${facts.source}: the CSV parser stopped part-way; reading it again with its line endings made uniform.`);
      facts = await transcodeToUtf8({ ...facts, lineEndings: 'mixed' }, db.dir);
      loaded = await loadWith(db, facts, options, progress);
    }
    // The memory cap stays at the loading limit until the caller releases the session (runEngine, before the engine).
    const input: InputInfo = { ...loaded.input, fingerprint: await fingerprint };
    return { ...loaded, input };
  } catch (e) {
    // The session may have started its follow-up queries: it closes the database once they end.
    if (loaded) await loaded.session.close();
    else db.close();
    throw e;
  }
}

async function loadWith(db: DuckDb, facts: FileFacts, options: LoadOptions, progress: Progress): Promise<LoadedData> {
  const connection = db.connection;
  const reading = `reading ${facts.source}`;
  progress.start(reading);
  const opened = await openSource(connection, facts, options.sep);
  const { columns, separator } = opened;
  await sampleSource(connection, facts, opened);
  const decisions: SchemaDecision[] = [];
  if (facts.transcodedFrom) {
    const why = options.encoding ? 'as --encoding says' : facts.transcodedFrom.startsWith('utf-16') ? 'from its byte-order mark or zero bytes' : facts.transcodedFrom === 'utf-8' ? 'mixed line endings' : 'the text is not valid UTF-8';
    decisions.push({ column: '*', role: `encoding=${facts.transcodedFrom}`, by: 'values', note: `${why}; read as ${facts.transcodedFrom} with line endings made uniform` });
  }
  const sampleProfiles = await profileColumns(connection, 'sample', columns);
  const customer = await detectCustomerColumn(connection, options, columns, sampleProfiles, facts.source, decisions);
  const shape = detectShape(options, customer, columns, sampleProfiles, decisions);
  const base = {
    source: facts.source,
    format: facts.format,
    ...(separator ? { separator } : {}),
    compression: facts.compression,
    shape,
    bytes: facts.bytes,
    fingerprint: '',
  };

  if (shape === 'customers') {
    const table = await wrapRead(facts, () => loadCustomerTable(connection, options, customer, columns, facts.source, decisions));
    const currency = await detectCurrency(connection, 'sample', table.moneyColumns, options.currency, decisions);
    progress.end(reading, `customer table, ${fmt(table.features.customerIds.length)} customers`);
    decisions.forEach((d) => progress.info(describeDecision(d)));
    return {
      input: { ...base, columns: table.roles, decisions, rowsRead: table.dataQuality.rowsRead, ...table.dates, ...(currency ? { currency } : {}) },
      dataQuality: table.dataQuality,
      features: table.features,
      totals: { customers: table.features.customerIds.length, revenue: table.revenueTotal, invoices: null, transactions: null },
      session: emptySession(db),
      rawRevenue: null,
    };
  }

  const schema = await detectTxSchema(connection, 'src', options, customer, columns, sampleProfiles, facts.source, decisions);
  const moneyColumns = [schema.roles.amount, schema.roles.price].filter((c): c is string => c !== undefined);
  const currency = await detectCurrency(connection, 'sample', moneyColumns, options.currency, decisions);
  progress.end(reading, 'transaction log');
  decisions.forEach((d) => progress.info(describeDecision(d)));
  progress.start('cleaning');
  const plan = planLines(schema, { asOf: options.asOf, netReturns: returnsPolicy(options) === 'net' });
  await wrapRead(facts, () => createLines(connection, 'src', schema, sampleProfiles, plan));
  const netting = plan.netsReturns ? await netReturns(connection) : null;
  const quality = await txQualityReport(connection, plan, netting, facts.source);
  progress.end('cleaning', `${fmt(quality.report.rowsRead)} rows read, ${fmt(quality.report.rowsKept)} kept, ${fmt(quality.report.customersKept)} customers`);
  for (const step of quality.report.steps) {
    if (step.rowsDropped || step.rowsChanged) progress.info(`cleaning: ${step.code} dropped ${fmt(step.rowsDropped)} rows${step.rowsChanged ? `, changed ${fmt(step.rowsChanged)}` : ''} (${fmt(step.customersDropped ?? 0)} ${step.customersDropped === 1 ? 'customer' : 'customers'} lost)`);
  }
  quality.report.warnings.forEach((w) => progress.info(`warning: ${w}`));
  const lastDate = quality.kept.lastDate;
  const asOf = options.asOf ?? minusDays(lastDate, -1);
  progress.start('per-customer features');
  const features = await txFeatures(connection, plan, asOf);
  const totals: TxTotals = { customers: features.customerIds.length, revenue: quality.kept.revenue, invoices: quality.kept.invoices, transactions: quality.report.rowsKept };
  progress.end('per-customer features', `${fmt(features.customerIds.length)} customers × ${features.numeric.length} features, as of ${asOf}`);
  const r = schema.roles;
  const roles = {
    customer: r.customer,
    date: r.date,
    ...(r.invoice ? { invoice: r.invoice } : {}),
    ...(r.quantity ? { quantity: r.quantity } : {}),
    ...(r.price && plan.hasPrice ? { price: r.price } : {}),
    ...(r.amount && !plan.hasPrice ? { amount: r.amount } : {}),
    ...(r.country ? { country: r.country } : {}),
    ...(r.product ? { product: r.product } : {}),
    numeric: [],
    categorical: [],
  };
  return {
    input: {
      ...base,
      columns: roles,
      decisions,
      dateFormat: schema.dateParse.format,
      rowsRead: quality.report.rowsRead,
      firstDate: quality.kept.firstDate,
      lastDate,
      asOf,
      ...(currency ? { currency } : {}),
    },
    dataQuality: quality.report,
    features,
    totals,
    session: txSession(db, { hasProduct: plan.hasProduct, hasInvoice: plan.hasInvoice }),
    rawRevenue: quality.rawRevenue,
  };
}
