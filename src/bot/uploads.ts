/**
 * Files shared with the bot: downloaded with the bot token from `url_private_download`, limited in
 * size (checked before and while downloading), and typed by their content, never by their name.
 * What is not a table gets a clear answer. File contents are never logged.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants as zlib, createGunzip, gunzipSync } from 'node:zlib';
import path from 'node:path';

export interface SharedFile {
  id: string;
  name: string;
  size?: number;
  url_private_download?: string;
  mimetype?: string;
}

/** A file object from an event, checked (events are signed, but a malformed one must not crash a handler). */
export function isSharedFile(v: unknown): v is SharedFile {
  if (typeof v !== 'object' || v === null) return false;
  const f = v as Record<string, unknown>;
  return (
    typeof f.id === 'string' &&
    /^[A-Za-z0-9]{1,40}$/.test(f.id) &&
    (f.name === undefined || typeof f.name === 'string') &&
    (f.size === undefined || (typeof f.size === 'number' && Number.isFinite(f.size) && f.size >= 0)) &&
    (f.url_private_download === undefined || (typeof f.url_private_download === 'string' && /^https?:\/\//.test(f.url_private_download)))
  );
}

export type TableKind = 'csv' | 'parquet';

export class UploadError extends Error {
  constructor(
    readonly code: 'TOO_LARGE' | 'NOT_A_TABLE' | 'DOWNLOAD_FAILED' | 'NO_URL',
    message: string,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

const MB = 1024 * 1024;
/** The decompressed cap when the caller gives none (SEGBOT_MAX_UPLOAD_INFLATED_MB's default). */
export const DEFAULT_MAX_INFLATED_BYTES = 4096 * MB;

const fmtMb = (bytes: number) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;

/** How much of a file is looked at to type it, and the most a gzip'd head may inflate to while sniffing. */
const HEAD_BYTES = 64 * 1024;
export const SNIFF_INFLATE_LIMIT = 256 * 1024;

/**
 * The decompressed start of a gzip'd head, at most `limit` bytes, inflating no more than about `limit`
 * bytes per attempt (a gzip bomb's 64 KB head would otherwise inflate to 64 MB): when the whole head
 * inflates beyond the limit, a shorter prefix of it is tried.
 */
export function gunzipHead(head: Buffer, limit = SNIFF_INFLATE_LIMIT): Buffer {
  for (let n = head.length; n >= 18; n = Math.floor(n / 4)) {
    try {
      const out = gunzipSync(head.subarray(0, n), { finishFlush: zlib.Z_SYNC_FLUSH /* a truncated head still inflates */, maxOutputLength: limit });
      return out;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') throw error;
    }
  }
  throw new RangeError('gzip head inflates beyond the sniffing limit even from its first bytes');
}

/** What the first bytes say the file is. `gzip` files are judged by their decompressed head (bounded). */
export function sniffTable(head: Buffer, name: string): { kind: TableKind; gzip: boolean } {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
    let inner: Buffer;
    try {
      inner = gunzipHead(head.subarray(0, HEAD_BYTES));
    } catch {
      throw new UploadError('NOT_A_TABLE', `${name} looks gzip-compressed but its start does not decompress. Re-compress it, or share the plain CSV.`);
    }
    return { kind: sniffPlain(inner, name), gzip: true };
  }
  return { kind: sniffPlain(head, name), gzip: false };
}

const SIGNATURES: [string, number[]][] = [
  ['a PDF', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive or an Excel/Word file (.xlsx/.docx)', [0x50, 0x4b, 0x03, 0x04]],
  ['an old Excel/Word file (.xls/.doc)', [0xd0, 0xcf, 0x11, 0xe0]],
];

function sniffPlain(head: Buffer, name: string): TableKind {
  if (head.subarray(0, 4).toString('latin1') === 'PAR1') return 'parquet';
  for (const [what, sig] of SIGNATURES) {
    if (sig.every((b, i) => head[i] === b)) throw new UploadError('NOT_A_TABLE', `${name} is ${what}, not a table. Export it as CSV (comma, semicolon or tab separated) or Parquet and share that.`);
  }
  const sample = head.subarray(0, HEAD_BYTES);
  if (sample.includes(0)) throw new UploadError('NOT_A_TABLE', `${name} is a binary file, not a table. Share a CSV, TSV or Parquet file (gzip is fine).`);
  const text = sample.toString('utf8').replace(/^\uFEFF/, '');
  if (/^\s*(<!doctype html|<html|<\?xml)/i.test(text)) throw new UploadError('NOT_A_TABLE', `${name} is an HTML or XML document, not a table. Share a CSV, TSV or Parquet file.`);
  if (/^\s*[[{]/.test(text)) throw new UploadError('NOT_A_TABLE', `${name} is JSON, not a table. Export it as CSV or Parquet and share that.`);
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0] ?? '';
  const separated = [',', ';', '\t', '|'].some((sep) => header.split(sep).length >= 2);
  if (lines.length < 2 || !separated) throw new UploadError('NOT_A_TABLE', `${name} does not look like a table: it needs a header line and rows with columns separated by commas, semicolons or tabs.`);
  return 'csv';
}

/** Downloads a shared file into `dir` with a name that tells DuckDB its type; returns the local path. */
/**
 * Decompresses a gzip'd file to nowhere, counting: refuses one that inflates past `limit` (a gzip
 * bomb: a few MB that fill the disk as DuckDB reads it) or whose gzip data is broken.
 */
export async function checkInflatedSize(file: string, name: string, limit: number): Promise<number> {
  let inflated = 0;
  // The pipeline rejects with an AbortError when its last stage throws: the refusal is kept here.
  let refusal: UploadError | null = null;
  try {
    await pipeline(createReadStream(file), createGunzip(), async function count(source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        inflated += chunk.length;
        if (inflated > limit) {
          refusal = new UploadError('TOO_LARGE', `${name} decompresses to more than ${fmtMb(limit)}, the most I take. Share a smaller extract, or ask an operator to add it as a dataset.`);
          throw refusal;
        }
      }
    });
  } catch (error) {
    if (refusal) throw refusal;
    if (error instanceof UploadError) throw error;
    throw new UploadError('NOT_A_TABLE', `${name} looks gzip-compressed but does not decompress to the end (the gzip data is cut short or damaged). Re-compress it, or share the plain CSV.`);
  }
  return inflated;
}

export async function downloadSharedFile(file: SharedFile, opts: { token: string; dir: string; maxBytes: number; maxInflatedBytes?: number; fetchFn?: typeof fetch }): Promise<string> {
  const name = file.name || file.id;
  if (file.size !== undefined && file.size > opts.maxBytes) {
    throw new UploadError('TOO_LARGE', `${name} is ${fmtMb(file.size)}; I take files up to ${fmtMb(opts.maxBytes)}. Share a smaller extract (gzip helps a lot), or ask an operator to add it as a dataset.`);
  }
  if (!file.url_private_download) throw new UploadError('NO_URL', `Slack did not give me a download link for ${name}; share it again as a file (not a link).`);
  const res = await (opts.fetchFn ?? fetch)(file.url_private_download, { headers: { Authorization: `Bearer ${opts.token}` }, redirect: 'follow' });
  if (!res.ok || !res.body) throw new UploadError('DOWNLOAD_FAILED', `I could not download ${name} (HTTP ${res.status}). Share it again; if it keeps failing, my files:read permission may be missing.`);
  if (/text\/html/i.test(res.headers.get('content-type') ?? '')) {
    throw new UploadError('DOWNLOAD_FAILED', `Slack answered the download of ${name} with a login page: my token was not accepted for files. Ask an admin to reinstall the app with the files:read scope.`);
  }
  await mkdir(opts.dir, { recursive: true });
  const base = path.join(opts.dir, `${String(file.id).replace(/[^A-Za-z0-9]/g, '') || 'file'}-${Date.now().toString(36)}`);
  const partial = `${base}.part`;
  let bytes = 0;
  let head = Buffer.alloc(0);
  const tooLarge = () => new UploadError('TOO_LARGE', `${name} is larger than ${fmtMb(opts.maxBytes)}, the most I take. Share a smaller extract (gzip helps), or ask an operator to add it as a dataset.`);
  try {
    // pipeline: a failed write, an aborted download or the size limit rejects here, and every stream is closed.
    await pipeline(
      Readable.fromWeb(res.body as import('node:stream/web').ReadableStream<Uint8Array>),
      async function* limit(source: AsyncIterable<Uint8Array>) {
        for await (const chunk of source) {
          bytes += chunk.length;
          if (bytes > opts.maxBytes) throw tooLarge();
          if (head.length < HEAD_BYTES) head = Buffer.concat([head, Buffer.from(chunk.subarray(0, HEAD_BYTES - head.length))]);
          yield chunk;
        }
      },
      createWriteStream(partial, { flags: 'wx' }),
    );
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined);
    if (error instanceof UploadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code && /^E[A-Z]+$/.test(code) && (error as NodeJS.ErrnoException).syscall) throw error; // a local disk problem: the operator's, logged by the caller
    throw new UploadError('DOWNLOAD_FAILED', `The download of ${name} broke off before the end. Share it again; if it keeps failing, try a smaller or gzip'd file.`);
  }
  try {
    const { kind, gzip } = sniffTable(head, name);
    if (gzip) await checkInflatedSize(partial, name, opts.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES);
    const final = `${base}.${kind === 'parquet' ? 'parquet' : 'csv'}${gzip ? '.gz' : ''}`;
    await rename(partial, final);
    return final;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
