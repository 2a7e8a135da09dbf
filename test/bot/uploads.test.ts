/** Files shared with the bot: typed by content, bounded while sniffing, and a failed download leaves no file behind. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadSharedFile, gunzipHead, isSharedFile, sniffTable, SNIFF_INFLATE_LIMIT, UploadError } from '../../src/bot/uploads.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'segbot-uploads-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  vi.restoreAllMocks();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const CSV = 'customer,invoice,date,amount\n1,A1,2026-01-01,10\n2,A2,2026-01-02,20\n';
const TOKEN = 'xoxb-secret-token';

/** A fetch that answers with `chunks`, then fails with `failAfter` if given (an aborted download). */
function fakeFetch(chunks: Buffer[], options: { status?: number; contentType?: string; failAfter?: Error } = {}) {
  const calls: { url: string; auth: string | null }[] = [];
  const fn = (async (url: string, init?: RequestInit) => {
    calls.push({ url, auth: new Headers(init?.headers).get('authorization') });
    let i = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (i < chunks.length) controller.enqueue(new Uint8Array(chunks[i++]!));
        else if (options.failAfter) controller.error(options.failAfter);
        else controller.close();
      },
    });
    return new Response(body, { status: options.status ?? 200, headers: { 'content-type': options.contentType ?? 'application/octet-stream' } });
  }) as unknown as typeof fetch;
  return { fn, calls };
}

const file = (overrides: Record<string, unknown> = {}) => ({ id: 'F0123', name: 'orders.csv', url_private_download: 'http://127.0.0.1:1/files/F0123', ...overrides });

async function rejection(p: Promise<unknown>): Promise<UploadError> {
  const error = await p.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UploadError);
  return error as UploadError;
}

describe('sniffTable', () => {
  it('types by content, not by name', () => {
    expect(sniffTable(Buffer.from(CSV), 'x.png')).toEqual({ kind: 'csv', gzip: false });
    expect(sniffTable(Buffer.from('PAR1xxxx'), 'x.csv')).toEqual({ kind: 'parquet', gzip: false });
    expect(sniffTable(gzipSync(CSV), 'x')).toEqual({ kind: 'csv', gzip: true });
    const big = gzipSync(CSV + '3,A3,2026-01-03,30\n'.repeat(5000));
    expect(sniffTable(big.subarray(0, Math.floor(big.length / 2)), 'x')).toEqual({ kind: 'csv', gzip: true }); // a truncated head still inflates
    for (const bad of [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), Buffer.from('%PDF-1.4'), Buffer.from('{"a":1}'), Buffer.from('<html><body>'), Buffer.from('just one line')]) {
      expect(() => sniffTable(bad, 'f')).toThrow(UploadError);
    }
  });

  it('a gzip bomb is sniffed with a bounded inflate', () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 'a,b\n'));
    const head = bomb.subarray(0, 64 * 1024);
    const inflated = gunzipHead(head);
    expect(inflated.length).toBeGreaterThan(0);
    expect(inflated.length).toBeLessThanOrEqual(SNIFF_INFLATE_LIMIT);
    const t0 = Date.now();
    expect(sniffTable(head, 'bomb.csv.gz')).toEqual({ kind: 'csv', gzip: true });
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('gunzipHead keeps ordinary heads whole and refuses what is not gzip', () => {
    expect(gunzipHead(gzipSync(CSV)).toString()).toBe(CSV);
    expect(() => gunzipHead(Buffer.from([0x1f, 0x8b, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]))).toThrow();
  });
});

describe('downloadSharedFile', () => {
  it('downloads with the bot token and names the file by its content', async () => {
    const dir = tempDir();
    const { fn, calls } = fakeFetch([Buffer.from(CSV.slice(0, 10)), Buffer.from(CSV.slice(10))]);
    const local = await downloadSharedFile(file(), { token: TOKEN, dir, maxBytes: 1024, fetchFn: fn });
    expect(local.endsWith('.csv')).toBe(true);
    expect(readFileSync(local, 'utf8')).toBe(CSV);
    expect(calls[0]!.auth).toBe(`Bearer ${TOKEN}`);
    expect(readdirSync(dir)).toEqual([path.basename(local)]);
  });

  it('a gzip CSV keeps .csv.gz', async () => {
    const { fn } = fakeFetch([gzipSync(CSV)]);
    expect(await downloadSharedFile(file({ name: 'a.txt' }), { token: TOKEN, dir: tempDir(), maxBytes: 1024, fetchFn: fn })).toMatch(/\.csv\.gz$/);
  });

  it('a gzip bomb (small download, huge when decompressed) is refused before any analysis and leaves nothing', async () => {
    const row = 'C1,2024-01-01,1.50\n';
    const bomb = gzipSync(Buffer.from('customer,date,amount\n' + row.repeat(Math.ceil((20 * 1024 * 1024) / row.length))));
    expect(bomb.length).toBeLessThan(100 * 1024);
    const dir = tempDir();
    const error = await rejection(downloadSharedFile(file({ name: 'bomb.csv.gz' }), { token: TOKEN, dir, maxBytes: 1024 * 1024, maxInflatedBytes: 5 * 1024 * 1024, fetchFn: fakeFetch([bomb]).fn }));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/bomb\.csv\.gz decompresses to more than 5\.0 MB, the most I take/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a gzip file cut short is refused with a clear message', async () => {
    const whole = gzipSync(Buffer.from(CSV.repeat(200)));
    const dir = tempDir();
    const error = await rejection(downloadSharedFile(file({ name: 'cut.csv.gz' }), { token: TOKEN, dir, maxBytes: 1024 * 1024, fetchFn: fakeFetch([whole.subarray(0, whole.length - 12)]).fn }));
    expect(error.message).toMatch(/does not decompress to the end/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an aborted download rejects with DOWNLOAD_FAILED and leaves no partial file', async () => {
    const dir = tempDir();
    const { fn } = fakeFetch([Buffer.from(CSV)], { failAfter: new TypeError('terminated') });
    const error = await rejection(downloadSharedFile(file(), { token: TOKEN, dir, maxBytes: 1024 * 1024, fetchFn: fn }));
    expect(error.code).toBe('DOWNLOAD_FAILED');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a failed write rejects (no unhandled stream error) and leaves no partial file', async () => {
    const dir = tempDir();
    vi.spyOn(Date, 'now').mockReturnValue(1_700_000_000_000);
    const partial = path.join(dir, `F0123-${(1_700_000_000_000).toString(36)}.part`);
    mkdirSync(partial); // the write stream cannot open a directory
    const { fn } = fakeFetch([Buffer.from(CSV)]);
    await expect(downloadSharedFile(file(), { token: TOKEN, dir, maxBytes: 1024, fetchFn: fn })).rejects.toThrow();
    expect(readdirSync(dir).filter((f) => f !== path.basename(partial))).toEqual([]);
  });

  it('too large: refused before downloading when the size is declared, and while downloading when it is not', async () => {
    const dir = tempDir();
    const declared = fakeFetch([Buffer.from(CSV)]);
    expect((await rejection(downloadSharedFile(file({ size: 10_000 }), { token: TOKEN, dir, maxBytes: 1000, fetchFn: declared.fn }))).code).toBe('TOO_LARGE');
    expect(declared.calls).toHaveLength(0);
    const streamed = fakeFetch(Array.from({ length: 20 }, () => Buffer.from(CSV)));
    expect((await rejection(downloadSharedFile(file(), { token: TOKEN, dir, maxBytes: 500, fetchFn: streamed.fn }))).code).toBe('TOO_LARGE');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('HTTP errors, login pages, missing links and non-tables get clear answers and leave nothing', async () => {
    const dir = tempDir();
    const opts = (fetchFn: typeof fetch) => ({ token: TOKEN, dir, maxBytes: 1024 * 1024, fetchFn });
    expect((await rejection(downloadSharedFile(file(), opts(fakeFetch([], { status: 403 }).fn)))).code).toBe('DOWNLOAD_FAILED');
    expect((await rejection(downloadSharedFile(file(), opts(fakeFetch([Buffer.from('<html>')], { contentType: 'text/html; charset=utf-8' }).fn)))).code).toBe('DOWNLOAD_FAILED');
    expect((await rejection(downloadSharedFile(file({ url_private_download: undefined }), opts(fakeFetch([]).fn)))).code).toBe('NO_URL');
    const png = await rejection(downloadSharedFile(file({ name: 'chart.csv' }), opts(fakeFetch([Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10])]).fn)));
    expect(png.code).toBe('NOT_A_TABLE');
    expect(png.message).toMatch(/PNG/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('never puts the token in an error message', async () => {
    const dir = tempDir();
    for (const fetchFn of [fakeFetch([], { status: 500 }).fn, fakeFetch([Buffer.from('x')], { failAfter: new Error(`boom ${TOKEN}`) }).fn]) {
      const error = await downloadSharedFile(file(), { token: TOKEN, dir, maxBytes: 1024, fetchFn }).catch((e: Error) => e);
      expect(String((error as Error).message)).not.toContain(TOKEN);
    }
  });

  it('a file id with odd characters cannot escape the uploads folder', async () => {
    const dir = tempDir();
    const local = await downloadSharedFile(file({ id: '../../etc/x' }), { token: TOKEN, dir, maxBytes: 1024, fetchFn: fakeFetch([Buffer.from(CSV)]).fn });
    expect(path.dirname(local)).toBe(dir);
  });
});

describe('isSharedFile', () => {
  it('accepts a file object from an event and refuses a malformed one', () => {
    expect(isSharedFile({ id: 'F0123', name: 'a.csv', size: 10, url_private_download: 'https://files.slack.com/x' })).toBe(true);
    expect(isSharedFile({ id: 'F0123' })).toBe(true);
    for (const bad of [null, 'F1', [], {}, { id: 42 }, { id: '../x' }, { id: 'F1', size: -1 }, { id: 'F1', size: '10' }, { id: 'F1', name: {} }, { id: 'F1', url_private_download: 'file:///etc/passwd' }]) {
      expect(isSharedFile(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
