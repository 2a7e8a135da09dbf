/**
 * Labels for the user's own columns: from a data dictionary the user supplies (`--labels FILE`),
 * else made readable from the name (MntWines → "Spend on wines", NumWebVisitsMonth → "Web visits
 * per month", avg_order_value → "Average order value"). No DuckDB here: the CLI reads the
 * dictionary before any work starts.
 */
import { DataError } from '../errors.js';
import { parseCsvLine, readableColumnName } from '../result/index.js';

export { readableColumnName };

export interface ColumnLabel {
  label: string;
  description?: string;
}
/** Column name → its label, as the dictionary gives it. */
export type DataDictionary = ReadonlyMap<string, ColumnLabel>;

/** Text from a dictionary file, made safe to show: no control, bidi or zero-width characters, one line, bounded. */
function cleanCell(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

/** A data dictionary is small: a bigger file is not one. */
export const MAX_DICTIONARY_BYTES = 1024 * 1024;
const MAX_LABEL = 60;
const MAX_DESCRIPTION = 200;

/**
 * A data dictionary's text (`--labels FILE`, read by the CLI): a CSV with a header
 * `column,label[,description]`, or a JSON object `{ "MntWines": "Wine spend" }` /
 * `{ "MntWines": { "label": "Wine spend", "description": "…" } }`.
 */
export function parseDataDictionary(text: string, name: string): DataDictionary {
  const fail = (what: string): never => {
    throw new DataError('BAD_LABELS_FILE', `--labels ${name}: ${what}`, { source: name });
  };
  text = text.replace(/^\ufeff/, '');
  const entries: Array<[string, ColumnLabel]> = [];
  if (/^\s*[{[]/.test(text)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return fail('is not valid JSON. Give an object of column → label, e.g. {"MntWines": "Wine spend"}.');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return fail('must be a JSON object of column → label, e.g. {"MntWines": "Wine spend"}.');
    for (const [column, value] of Object.entries(parsed)) {
      if (typeof value === 'string') entries.push([column, { label: value }]);
      else if (typeof value === 'object' && value !== null && typeof (value as { label?: unknown }).label === 'string') {
        const v = value as { label: string; description?: unknown };
        entries.push([column, { label: v.label, ...(typeof v.description === 'string' ? { description: v.description } : {}) }]);
      } else fail(`the entry for "${cleanCell(column, 40)}" is neither a label nor {"label": …}.`);
    }
  } else {
    const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
    const header = (lines[0] ? parseCsvLine(lines[0]) : []).map((h) => h.trim().toLowerCase());
    const col = header.indexOf('column');
    const lab = header.indexOf('label');
    const desc = header.indexOf('description');
    if (col < 0 || lab < 0) fail('needs a header line with the columns "column" and "label" (and optionally "description").');
    lines.slice(1).forEach((line, i) => {
      const cells = parseCsvLine(line);
      if (cells[col] === undefined || cells[lab] === undefined) fail(`line ${i + 2} has no ${cells[col] === undefined ? 'column' : 'label'} field.`);
      entries.push([cells[col].trim(), { label: cells[lab], ...(desc >= 0 && cells[desc] ? { description: cells[desc] } : {}) }]);
    });
  }
  const out = new Map<string, ColumnLabel>();
  for (const [column, entry] of entries) {
    const label = cleanCell(entry.label, MAX_LABEL);
    if (!column || !label) continue;
    out.set(column, { label, ...(entry.description ? { description: cleanCell(entry.description, MAX_DESCRIPTION) } : {}) });
  }
  if (out.size === 0) fail('holds no label. Give one line per column: column,label[,description].');
  return out;
}

/** The dictionary's entry for a column: exact name first, then ignoring case. */
export function dictionaryEntry(dictionary: DataDictionary | undefined, column: string): ColumnLabel | undefined {
  if (!dictionary) return undefined;
  const exact = dictionary.get(column);
  if (exact) return exact;
  const lower = column.toLowerCase();
  for (const [k, v] of dictionary) if (k.toLowerCase() === lower) return v;
  return undefined;
}
