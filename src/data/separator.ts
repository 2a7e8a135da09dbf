/** Which character separates the fields: comma, semicolon or tab, decided from the first lines. */
import { DataError } from '../errors.js';

export const SUPPORTED_SEPARATORS = [',', ';', '\t'] as const;
const OTHER_SEPARATORS = ['|', ':', '^', '~'];

export const separatorName = (sep: string) => (sep === '\t' ? 'tab' : sep === ',' ? 'comma' : sep === ';' ? 'semicolon' : `"${sep}"`);

/** Counts fields in one line, ignoring separators inside double quotes. */
function countFields(line: string, sep: string): number {
  let fields = 1;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === sep && !quoted) fields++;
  }
  return fields;
}

/** Records of the head, split at line ends outside double quotes (a quoted field may hold newlines). */
function sampleLines(head: string): string[] {
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < head.length && records.length < 51; i++) {
    const ch = head[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n' && !quoted) {
      records.push(head.slice(start, i).replace(/\r$/, ''));
      start = i + 1;
    }
  }
  // What follows the last line end may be cut in the middle: it is never a record.
  return records.filter((l) => l.trim() !== '').slice(0, 50);
}

/** Fields per line if `sep` splits the lines consistently, else 0. */
function consistentFields(lines: string[], sep: string): number {
  const header = countFields(lines[0], sep);
  if (header < 2) return 0;
  if (lines.length === 1) return header;
  const same = lines.slice(1).filter((l) => countFields(l, sep) === header).length;
  return same / (lines.length - 1) >= 0.9 ? header : 0;
}

export function detectSeparator(head: string, source: string, forced?: string): string {
  const lines = sampleLines(head.endsWith('\n') ? head : head + '\n');
  if (forced !== undefined) {
    const sep = forced === '\\t' || forced.toLowerCase() === 'tab' ? '\t' : forced;
    if (sep.length !== 1) throw new DataError('BAD_SEPARATOR', `${source}: --sep must be one character, got "${forced}". Use "," ";" or "\\t".`, { source });
    if (lines.length && countFields(lines[0], sep) < 2) {
      throw new DataError('UNKNOWN_SEPARATOR', `${source}: the header has no ${separatorName(sep)} in it, so --sep ${JSON.stringify(forced)} gives one column. Check the separator.`, { source });
    }
    return sep;
  }
  let best: { sep: string; fields: number } | null = null;
  for (const sep of SUPPORTED_SEPARATORS) {
    const fields = consistentFields(lines, sep);
    if (fields > (best?.fields ?? 1)) best = { sep, fields };
  }
  if (best) return best.sep;
  const other = OTHER_SEPARATORS.find((sep) => consistentFields(lines, sep) > 0);
  if (other) {
    throw new DataError(
      'UNKNOWN_SEPARATOR',
      `${source}: the fields seem separated by "${other}", which is not one of comma, semicolon or tab. If that is right, pass --sep "${other}"; otherwise export the file as CSV.`,
      { source, separator: other },
    );
  }
  throw new DataError(
    'UNKNOWN_SEPARATOR',
    `${source}: could not find the field separator: with comma, semicolon and tab the file reads as a single column. Pass --sep CHAR, or export the file as CSV with a header row.`,
    { source },
  );
}
