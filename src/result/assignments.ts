/**
 * Per-customer output, kept columnar (typed arrays, no object per customer) so that it stays
 * cheap at a million customers. Written as assignments.csv next to result.json.
 */
import { ASSIGNMENT_COLUMNS, LIFETIME_ASSIGNMENT_COLUMNS } from './schema.js';

export interface Assignments {
  customerIds: string[];
  /** Segment id per customer (profile id; -1 for density noise). */
  segment: Int32Array;
  /** Segment names, indexed by segment id + 1 offset handled by segmentName(). */
  segmentNames: Map<number, string>;
  /** Index into rfmSegmentNames per customer, or -1 when the input has no RFM (customer tables). */
  rfmSegment: Int16Array;
  rfmSegmentNames: string[];
  recencyDays: Float64Array;
  frequency: Float64Array;
  monetary: Float64Array;
  anomalyScore: Float64Array;
  x: Float64Array;
  y: Float64Array;
  /** Per customer P(alive), expected purchases in 90 days and CLV, when the lifetime models were fitted (NaN: no estimate). */
  lifetime?: { pAlive: Float64Array; expectedPurchases90d: Float64Array; clv: Float64Array };
  /**
   * The space the engine clustered in: per customer (row-major) the standardized values of `columns`,
   * with the centre and scale that standardized them. Not written to assignments.csv; a snapshot
   * keeps the model built on it, so that next week's customers are placed with this week's model.
   */
  clustering?: { columns: string[]; center: number[]; scale: number[]; values: Float32Array };
}

const headerOf = (a: Pick<Assignments, 'lifetime'>) => [...ASSIGNMENT_COLUMNS, ...(a.lifetime ? LIFETIME_ASSIGNMENT_COLUMNS : [])].join(',');

/** Fixed-precision number formatting so that the CSV is byte-identical across runs and machines. */
export function formatNumber(value: number, digits = 6): string {
  // A whole number prints as itself (toFixed, read back, is the same number; -0 prints as 0 either way).
  if (Number.isInteger(value)) return String(value);
  if (!Number.isFinite(value)) return '';
  const rounded = Number(value.toFixed(digits));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula: such
 * text from the data (ids, names) gets a leading apostrophe, as OWASP advises for CSV injection. Text
 * that already starts with one gets another, so that reading back strips exactly one.
 */
const FORMULA_START = /^[=+\-@\t\r']/;

function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The data text a csvField holds, apostrophe removed. */
const fromCsvField = (field: string) => (field.startsWith("'") && FORMULA_START.test(field.slice(1)) ? field.slice(1) : field);
/** The report's segment id: S1.. for segment 0.., "noise" for density noise (-1). */
export function segmentKeyOf(segment: number): string {
  return segment < 0 ? 'noise' : `S${segment + 1}`;
}

/** Reads a segment column back: "S3" → 2, "noise" → -1; bare numbers from files written before the keys. */
function segmentFromKey(field: string): number {
  const key = /^S(\d+)$/.exec(field);
  if (key) return Number(key[1]) - 1;
  return field === 'noise' ? -1 : Number(field);
}

/** Yields assignments.csv line by line (header first), so a writer can stream it. */
export function* assignmentCsvLines(a: Assignments): Generator<string> {
  yield headerOf(a);
  const n = a.customerIds.length;
  const life = a.lifetime;
  // A handful of segments and RFM segments: each one's fields are made once, not once per customer.
  const segmentFields = new Map<number, string>();
  const segmentFieldsOf = (seg: number) => {
    let fields = segmentFields.get(seg);
    if (fields === undefined) segmentFields.set(seg, (fields = `${segmentKeyOf(seg)},${csvField(a.segmentNames.get(seg) ?? '')}`));
    return fields;
  };
  const rfmFields = a.rfmSegmentNames.map(csvField);
  for (let i = 0; i < n; i++) {
    const rfm = a.rfmSegment[i];
    yield [
      csvField(a.customerIds[i]),
      segmentFieldsOf(a.segment[i]),
      rfm >= 0 ? rfmFields[rfm] : '',
      formatNumber(a.recencyDays[i], 0),
      formatNumber(a.frequency[i], 0),
      formatNumber(a.monetary[i], 2),
      formatNumber(a.anomalyScore[i], 4),
      formatNumber(a.x[i], 4),
      formatNumber(a.y[i], 4),
      ...(life ? [formatNumber(life.pAlive[i], 4), formatNumber(life.expectedPurchases90d[i], 4), formatNumber(life.clv[i], 2)] : []),
    ].join(',');
  }
}

/** Parses one CSV line with RFC 4180 quotes. */
export function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

/** Reads assignments.csv text back (used by segment migration between two runs). */
export function parseAssignmentsCsv(text: string): Assignments {
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  const header = lines.shift();
  const withLifetime = header === headerOf({ lifetime: { pAlive: new Float64Array(), expectedPurchases90d: new Float64Array(), clv: new Float64Array() } });
  if (header !== ASSIGNMENT_COLUMNS.join(',') && !withLifetime) {
    throw new Error(`not an assignments.csv: expected header "${ASSIGNMENT_COLUMNS.join(',')}" (optionally followed by ${LIFETIME_ASSIGNMENT_COLUMNS.join(',')}), got "${header ?? ''}"`);
  }
  const n = lines.length;
  const a: Assignments = {
    customerIds: new Array<string>(n),
    segment: new Int32Array(n),
    segmentNames: new Map(),
    rfmSegment: new Int16Array(n),
    rfmSegmentNames: [],
    recencyDays: new Float64Array(n),
    frequency: new Float64Array(n),
    monetary: new Float64Array(n),
    anomalyScore: new Float64Array(n),
    x: new Float64Array(n),
    y: new Float64Array(n),
    ...(withLifetime ? { lifetime: { pAlive: new Float64Array(n), expectedPurchases90d: new Float64Array(n), clv: new Float64Array(n) } } : {}),
  };
  const rfmIndex = new Map<string, number>();
  lines.forEach((line, i) => {
    const [rawId, seg, rawSegName, rawRfm, r, f, m, score, x, y, pAlive, expected, clv] = parseCsvLine(line);
    const [id, segName, rfm] = [rawId, rawSegName, rawRfm].map(fromCsvField);
    if (a.lifetime) {
      a.lifetime.pAlive[i] = pAlive === '' ? NaN : Number(pAlive);
      a.lifetime.expectedPurchases90d[i] = expected === '' ? NaN : Number(expected);
      a.lifetime.clv[i] = clv === '' ? NaN : Number(clv);
    }
    a.customerIds[i] = id;
    a.segment[i] = segmentFromKey(seg);
    a.segmentNames.set(a.segment[i], segName);
    if (rfm === '') a.rfmSegment[i] = -1;
    else {
      if (!rfmIndex.has(rfm)) {
        rfmIndex.set(rfm, a.rfmSegmentNames.length);
        a.rfmSegmentNames.push(rfm);
      }
      a.rfmSegment[i] = rfmIndex.get(rfm)!;
    }
    a.recencyDays[i] = r === '' ? NaN : Number(r);
    a.frequency[i] = f === '' ? NaN : Number(f);
    a.monetary[i] = m === '' ? NaN : Number(m);
    a.anomalyScore[i] = Number(score);
    a.x[i] = Number(x);
    a.y[i] = Number(y);
  });
  return a;
}
