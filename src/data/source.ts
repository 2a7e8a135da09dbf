/** Opens the input file as a DuckDB view `src` whose columns are all text (ids keep leading zeros). */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DataError } from '../errors.js';
import { ident, literal, queryColumns, queryRow, toNumber } from './duckdb.js';
import type { FileFacts } from './file.js';
import { detectSeparator, separatorName } from './separator.js';

export interface OpenedSource {
  columns: string[];
  separator?: string;
  /** Where sampleSource reads the first rows: `src`, or for CSV the same read with a small buffer. */
  head: string;
}

/**
 * The buffer for reading the first rows of a CSV: twice DuckDB's longest line (2 MB by default), but
 * not its 32 MB default, which a gzip'd file must decompress whole before the first row comes back
 * (about 100 ms of a 0.9 s load on Online Retail, against 30 ms).
 */
const HEAD_BUFFER_BYTES = 4 * 1024 * 1024;
/**
 * The widest file read: customer traits, not a matrix of thousands of columns. Past it the column
 * profiles alone take minutes; within it a run takes seconds.
 */
export const MAX_COLUMNS = 500;

function tooWide(facts: FileFacts, count: number): DataError {
  return new DataError(
    'TOO_MANY_COLUMNS',
    `${facts.source}: has ${count.toLocaleString('en-US')} columns; Segbot reads at most ${MAX_COLUMNS}. Keep the customer id and the columns that describe customers (drop constant and technical ones), or, for one column per product or per day, turn the table into a transaction log (customer, date, amount per row).`,
    { source: facts.source, columns: count },
  );
}

/** The longest line (or quoted field) read; DuckDB's own 2 MB refuses long product descriptions. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;
/**
 * The buffer of the full read: DuckDB's usual default (32 MB), named, because with max_line_size
 * raised and buffer_size unset the read measured much slower (a 100k-customer log, 2.2M rows:
 * 1.3 s against 0.5-0.9 s with 32 MB). It must exceed max_line_size.
 */
const READ_BUFFER_BYTES = 2 * MAX_LINE_BYTES;

function unreadable(facts: FileFacts, e: unknown): DataError {
  const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
  if (/unicode|utf-?8|encoding/i.test(reason)) {
    return new DataError('BAD_ENCODING', `${facts.source}: is not valid UTF-8 text (${reason}). Pass --encoding NAME (for example windows-1252), or save it again as UTF-8 CSV.`, { source: facts.source });
  }
  if (/maximum line size/i.test(reason)) {
    return new DataError('LINE_TOO_LONG', `${facts.source}: a line (or quoted field) is longer than ${MAX_LINE_BYTES / 1024 ** 2} MB (${reason}). Check for an unclosed quote; otherwise shorten or drop the long text column.`, { source: facts.source });
  }
  if (/state machine|invalid state|sniffing/i.test(reason)) {
    return new DataError(
      'UNREADABLE_FILE',
      `${facts.source}: could not be read as CSV (${reason}). Usually a quote that is never closed, or line endings that change part-way through the file (Windows and Unix mixed); save it again from a spreadsheet or a text editor as CSV with one kind of line ending.`,
      // A copy with uniform line endings may read: loadCustomers tries that once before giving up.
      { source: facts.source, parserState: true },
    );
  }
  return new DataError(
    'UNREADABLE_FILE',
    `${facts.source}: could not be read as ${facts.format === 'parquet' ? 'Parquet' : 'CSV'} (${reason}). Check that it is a complete text export with one header row and a closing quote for every opening one.` +
      (facts.compression === 'gzip' ? ' It is gzip-compressed: if it was copied or compressed while still being written, the gzip data may be cut short; compress it again.' : ''),
    { source: facts.source },
  );
}

export async function openSource(connection: DuckDBConnection, facts: FileFacts, sep: string | undefined): Promise<OpenedSource> {
  let separator: string | undefined;
  let head = 'src';
  try {
    if (facts.format === 'parquet') {
      const described = await queryColumns(connection, `DESCRIBE SELECT * FROM read_parquet(${literal(facts.path)})`);
      const names = described.column_name.map(String);
      if (names.length > MAX_COLUMNS) throw tooWide(facts, names.length);
      const casts = names.map((n) => `CAST(${ident(n)} AS VARCHAR) AS ${ident(n)}`).join(', ');
      await connection.run(`CREATE OR REPLACE VIEW src AS SELECT ${casts} FROM read_parquet(${literal(facts.path)})`);
    } else {
      const delim = detectSeparator(facts.head, facts.source, sep);
      separator = delim;
      const names = headerNames(facts.head, delim);
      const width = names?.length ?? countHeaderFields(facts.head, delim);
      if (width > MAX_COLUMNS) throw tooWide(facts, width);
      // With the header read here, DuckDB need not sniff the file again at every query on the view.
      const layout = names ? `auto_detect=false, columns={${names.map((n) => `${literal(n)}: 'VARCHAR'`).join(', ')}}` : 'all_varchar=true';
      const read = (extra: string) =>
        `read_csv(${literal(facts.path)}, delim=${literal(delim)}, header=true, ${layout}, quote='"', escape='"', compression=${literal(facts.compression)}, max_line_size=${MAX_LINE_BYTES}${extra})`;
      await connection.run(`CREATE OR REPLACE VIEW src AS SELECT * FROM ${read(`, buffer_size=${READ_BUFFER_BYTES}`)}`);
      // Only with the columns given: a sniffing read could see a smaller buffer differently.
      if (names) head = read(`, buffer_size=${HEAD_BUFFER_BYTES}`).replace(`max_line_size=${MAX_LINE_BYTES}`, `max_line_size=${HEAD_BUFFER_BYTES / 2}`);
    }
    const described = await queryColumns(connection, 'DESCRIBE src');
    const columns = described.column_name.map(String);
    if (columns.length < 2) {
      throw new DataError('UNKNOWN_SEPARATOR', `${facts.source}: reads as a single column${separator ? ` with ${separatorName(separator)} as separator` : ''}. Pass --sep CHAR with the right separator.`, { source: facts.source });
    }
    return { columns, separator, head };
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw unreadable(facts, e);
  }
}

/**
 * The column names from the header line, or null when DuckDB had better name them itself
 * (empty or repeated names, or a header that does not end within the first bytes).
 */
export function headerNames(head: string, separator: string): string[] | null {
  const names: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < head.length; i++) {
    const ch = head[i];
    if (quoted) {
      if (ch === '"' && head[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      names.push(field.trim());
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      names.push(field.trim());
      const unique = new Set(names).size === names.length && names.every((n) => n.trim() !== '');
      return unique ? names : null;
    } else field += ch;
  }
  return null;
}

/** Fields in the first line of the head (or in all of it, when the header is longer than the head). */
function countHeaderFields(head: string, separator: string): number {
  let fields = 1;
  let quoted = false;
  for (const ch of head) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === separator) fields++;
  }
  return fields;
}

/** Copies the first rows into the temp table `sample`, for guessing roles; refuses a header-only file. */
export async function sampleSource(connection: DuckDBConnection, facts: FileFacts, opened: OpenedSource, rows = 20_000): Promise<number> {
  const copy = (from: string) => connection.run(`CREATE OR REPLACE TEMP TABLE sample AS SELECT * FROM ${from} LIMIT ${rows}`);
  try {
    await copy(opened.head);
  } catch (e) {
    // The small head buffer cannot hold a line over 2 MB: read the head with the full one.
    if (opened.head === 'src') throw unreadable(facts, e);
    await copy('src').catch((again: unknown) => {
      throw unreadable(facts, again);
    });
  }
  const n = toNumber((await queryRow(connection, 'SELECT COUNT(*) AS n FROM sample')).n);
  if (n === 0) {
    throw new DataError('HEADER_ONLY', `${facts.source}: has a header row but no data rows. Export the data again including its rows.`, { source: facts.source });
  }
  return n;
}

export async function wrapRead<T>(facts: FileFacts, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw unreadable(facts, e);
  }
}
