/**
 * Date formats: the user's --date-format in either style, and detection from the values when no
 * format is given. Day/month order is decided by the data (a day > 12 somewhere) or refused.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DataError } from '../errors.js';
import { ident, literal, queryColumns, queryRow, toNumber } from './duckdb.js';

const PATTERN_TOKENS: Record<string, string> = {
  YYYY: '%Y',
  YY: '%y',
  MMMM: '%B',
  MMM: '%b',
  MM: '%m',
  M: '%m',
  DD: '%d',
  D: '%d',
  dd: '%d',
  HH: '%H',
  H: '%H',
  hh: '%I',
  mm: '%M',
  ss: '%S',
  SSS: '%g',
  A: '%p',
};
// Longest tokens first, in one pass, so "MM" inside an already converted "%M" is never touched.
const TOKEN_RE = /YYYY|YY|MMMM|MMM|MM|M|DD|D|dd|HH|H|hh|mm|ss|SSS|A/g;

/** Converts `DD/MM/YYYY HH:mm` style to strptime `%d/%m/%Y %H:%M`; strptime formats pass through. */
export function toStrptime(format: string): string {
  if (format.includes('%')) return format;
  return format.replace(TOKEN_RE, (token) => PATTERN_TOKENS[token]);
}

export interface DateParse {
  /** SQL expression giving a TIMESTAMP (NULL when unparseable) from the raw column. */
  expression: (column: string) => string;
  /** Human description for the report: a strptime format or "ISO 8601". */
  format: string;
  by: 'flag' | 'values';
}

const iso: DateParse = { expression: (c) => `TRY_CAST(${c} AS TIMESTAMP)`, format: 'ISO 8601 (YYYY-MM-DD[ HH:MM[:SS]])', by: 'values' };

function strptimeParse(formats: string[], by: 'flag' | 'values', display = formats[0]): DateParse {
  const list = `[${formats.map(literal).join(', ')}]`;
  return { expression: (c) => `try_strptime(${c}, ${list})`, format: display, by };
}

/** Candidate day-first and month-first formats, each with optional times, per separator and year width. */
function orderCandidates(): { order: 'DMY' | 'MDY' | 'YMD'; formats: string[] }[] {
  const out: { order: 'DMY' | 'MDY' | 'YMD'; formats: string[] }[] = [];
  // 12-hour clocks with AM/PM (US exports: 12/31/2024 2:05 PM) beside 24-hour ones.
  const times = ['', ' %H:%M:%S', ' %H:%M', ' %I:%M:%S %p', ' %I:%M %p'];
  for (const sep of ['/', '-', '.']) {
    for (const year of ['%Y', '%y']) {
      out.push({ order: 'DMY', formats: times.map((t) => `%d${sep}%m${sep}${year}${t}`) });
      out.push({ order: 'MDY', formats: times.map((t) => `%m${sep}%d${sep}${year}${t}`) });
    }
    if (sep !== '-') out.push({ order: 'YMD', formats: times.map((t) => `%Y${sep}%m${sep}%d${t}`) });
  }
  out.push({ order: 'YMD', formats: ['%Y%m%d'] });
  return out;
}

export function forcedDateParse(format: string): DateParse {
  return strptimeParse([toStrptime(format)], 'flag');
}

/**
 * Chooses how to parse a text date column by trying every candidate on all its distinct values.
 * Returns null when no candidate parses most values (the column is not a date).
 */
export async function detectDateParse(
  connection: DuckDBConnection,
  table: string,
  column: string,
  source: string,
  minShare = 0.9,
): Promise<DateParse | null> {
  const col = ident(column);
  const distinct = `(SELECT DISTINCT trim(${col}) AS v FROM ${table} WHERE ${col} IS NOT NULL AND trim(${col}) <> '')`;
  // ISO first: the common case, and a cheap cast, where failing strptime formats are slow.
  const isoRow = await queryRow(connection, `SELECT COUNT(*) AS n, COUNT(${iso.expression('v')}) AS parsed, MIN(v) AS example FROM ${distinct} AS d`);
  const n = toNumber(isoRow.n);
  if (n === 0) return null;
  if (toNumber(isoRow.parsed) / n >= minShare) return iso;
  // Only the formats whose separator appears in the values are worth trying.
  const seps = await queryColumns(
    connection,
    `SELECT DISTINCT regexp_extract(v, '^[0-9]{1,4}([/.-])[0-9]{1,2}[/.-][0-9]{2,4}', 1) AS sep FROM (SELECT v FROM ${distinct} AS d LIMIT 1000) AS s`,
  );
  const found = new Set(seps.sep.map(String).filter((x) => x !== ''));
  const candidates = orderCandidates().filter((c) => [...found].some((sep) => c.formats[0].includes(sep)) || (c.formats[0] === '%Y%m%d' && found.size === 0));
  if (candidates.length === 0) return null;
  const counts = candidates.map((c, i) => `COUNT(${strptimeParse(c.formats, 'values').expression('v')}) AS c${i}`).join(', ');
  const row = await queryRow(connection, `SELECT ${counts} FROM ${distinct} AS d`);
  const scores = candidates.map((c, i) => ({ ...c, parsed: toNumber(row[`c${i}`]) }));
  const best = Math.max(...scores.map((s) => s.parsed));
  if (best / n < minShare) return null;
  const winners = scores.filter((s) => s.parsed === best);
  const orders = new Set(winners.map((w) => w.order));
  if (orders.has('DMY') && orders.has('MDY')) {
    throw new DataError(
      'AMBIGUOUS_DATES',
      `${source}: the dates in column "${column}" (e.g. "${String(isoRow.example)}") read both as day/month and as month/day, and no day above 12 decides it. Pass --date-format, e.g. --date-format "DD/MM/YYYY" or --date-format "%m/%d/%Y".`,
      { source, column },
    );
  }
  const formats = winners[0].formats;
  return strptimeParse(formats, 'values', formats.length > 1 ? `${formats[0]}[ %H:%M[:%S]][ %I:%M[:%S] %p]` : formats[0]);
}

/** The formats detection tries, in words, for a message when none fits. */
export const DETECTED_FORMATS =
  'ISO 8601 (2024-12-31 14:05), day-first and month-first with / - or . (31/12/2024, 12/31/24, 31.12.2024), each with 24-hour (14:05[:00]) or AM/PM (2:05[:00] PM) times, and YYYYMMDD';
