/**
 * First look at an input file, from its first bytes only: does it exist, is it empty, gzip'd,
 * Parquet, or binary. The whole file is only ever streamed (fingerprint) or read by DuckDB.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { DataError } from '../errors.js';
import { checkEncodingLabel } from './transcode.js';

export interface FileFacts {
  path: string;
  /** Base name only: never a full local path. */
  source: string;
  bytes: number;
  format: 'csv' | 'parquet';
  compression: 'none' | 'gzip';
  /** The first bytes of the (decompressed) text, whole lines only, for separator sniffing; '' for Parquet. */
  head: string;
  /**
   * Text encoding (a WHATWG label): 'utf-8'; 'utf-16le'/'utf-16be' from a byte-order mark or the zero
   * bytes of ASCII text; 'windows-1252' (a superset of Latin-1's printable range: old Excel exports) when
   * the first bytes are not valid UTF-8; or what --encoding says.
   */
  encoding: string;
  /** 'mixed' when the first lines end in both "\r\n" and "\n", or in a bare "\r" (DuckDB reads neither). */
  lineEndings: 'lf' | 'mixed';
  /** Set when the text was copied to UTF-8 before reading: the encoding it had. */
  transcodedFrom?: string;
}

const HEAD_BYTES = 64 * 1024;

const BINARY_MAGIC: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive or an Excel .xlsx workbook', [0x50, 0x4b, 0x03, 0x04]],
  ['an old Excel .xls workbook', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
];

const startsWith = (buf: Buffer, magic: number[]) => magic.every((b, i) => buf[i] === b);

async function readHead(file: string, bytes: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Decompresses only the first bytes of a gzip stream. */
async function gunzipHead(file: string, bytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  const input = createReadStream(file);
  const gunzip = createGunzip();
  try {
    for await (const chunk of input.pipe(gunzip)) {
      chunks.push(chunk as Buffer);
      total += (chunk as Buffer).length;
      if (total >= bytes) break;
    }
  } catch (e) {
    if (total === 0) throw e;
    // A truncated stream still gives a usable head.
  } finally {
    input.destroy();
    gunzip.destroy();
  }
  return Buffer.concat(chunks).subarray(0, bytes);
}

function looksBinary(buf: Buffer): boolean {
  const sample = buf.subarray(0, 8192);
  if (sample.includes(0)) return true;
  let control = 0;
  for (const b of sample) if (b < 9 || (b > 13 && b < 32)) control++;
  return sample.length > 0 && control / sample.length > 0.05;
}

export async function inspectFile(file: string, forcedEncoding?: string): Promise<FileFacts> {
  const source = path.basename(file);
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new DataError('FILE_NOT_FOUND', `${source}: file not found (${file}). Check the path and the current directory.`, { source });
  }
  if (!info.isFile()) throw new DataError('NOT_A_FILE', `${source}: is not a file. Pass a CSV, TSV or Parquet file.`, { source });
  if (info.size === 0) throw new DataError('EMPTY_FILE', `${source}: the file is empty (0 bytes). Export the data again with a header row and at least two customers.`, { source });

  let head = await readHead(file, HEAD_BYTES);
  const base = { path: file, source, bytes: info.size };
  if (startsWith(head, [0x50, 0x41, 0x52, 0x31])) return { ...base, format: 'parquet', compression: 'none', head: '', encoding: 'utf-8', lineEndings: 'lf' };

  let compression: 'none' | 'gzip' = 'none';
  if (startsWith(head, [0x1f, 0x8b])) {
    compression = 'gzip';
    try {
      head = await gunzipHead(file, HEAD_BYTES);
    } catch {
      throw new DataError('BAD_GZIP', `${source}: looks gzip-compressed but cannot be decompressed. Re-compress it or pass the uncompressed file.`, { source });
    }
  }
  // A full head usually ends inside a line: keep whole lines only, so that the separator and the
  // header are judged on complete lines (a cut line has fewer fields than the others).
  if (head.length === HEAD_BYTES) {
    const lastNewline = head.lastIndexOf(0x0a);
    if (lastNewline > 0) head = head.subarray(0, lastNewline + 1);
  }
  for (const [what, magic] of BINARY_MAGIC) {
    if (startsWith(head, magic)) throw new DataError('BINARY_FILE', `${source}: this is ${what}, not a text data file. Export the data as CSV (comma, semicolon or tab separated) or Parquet.`, { source });
  }
  const encoding = forcedEncoding !== undefined ? checkEncodingLabel(forcedEncoding, source) : detectEncoding(head);
  if (!encoding.startsWith('utf-16') && looksBinary(head)) {
    throw new DataError('BINARY_FILE', `${source}: contains binary data, not text. Export the data as CSV (comma, semicolon or tab separated) or Parquet; if it is text in another encoding, pass --encoding NAME.`, { source });
  }
  const text = decodeHead(head, encoding).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new DataError('EMPTY_FILE', `${source}: the file holds no data (only blank lines). Export the data again with a header row and at least two customers.`, { source });
  return { ...base, format: 'csv', compression, head: text, encoding, lineEndings: detectLineEndings(text) };
}

/** UTF-16 from its byte-order mark or from ASCII's zero bytes; UTF-8 when valid; else Windows-1252. */
function detectEncoding(head: Buffer): string {
  if (startsWith(head, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(head, [0xfe, 0xff])) return 'utf-16be';
  const sample = head.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const half = sample.length / 2;
  if (oddZeros > 0.4 * half && evenZeros < 0.05 * half) return 'utf-16le';
  if (evenZeros > 0.4 * half && oddZeros < 0.05 * half) return 'utf-16be';
  return isUtf8(head) ? 'utf-8' : 'windows-1252';
}

function decodeHead(head: Buffer, encoding: string): string {
  // A 2-byte encoding's head may end in half a character; the decoder replaces it, and the cut line is dropped later.
  return new TextDecoder(encoding).decode(head);
}

function detectLineEndings(text: string): 'lf' | 'mixed' {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  return cr > 0 || (crlf > 0 && lf > 0) ? 'mixed' : 'lf';
}

/** Whether the bytes are valid UTF-8, ignoring a character cut at the end of the sample. */
function isUtf8(buf: Buffer): boolean {
  const lastNewline = buf.lastIndexOf(0x0a);
  const whole = lastNewline > 0 && buf.length === HEAD_BYTES ? buf.subarray(0, lastNewline) : buf;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(whole);
    return true;
  } catch {
    return false;
  }
}

/** sha256 of the file's bytes, streamed: memory stays flat for any size. */
export async function fingerprintFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
