/** Small helpers for the stand-in's node:http server: bodies in, JSON and text out. */
import type { IncomingMessage, ServerResponse } from 'node:http';

const MAX_BODY = 50 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Form fields whose values Slack's clients send as JSON strings. */
const JSON_FIELDS = new Set(['blocks', 'attachments', 'files', 'view', 'metadata', 'prompts', 'payload', 'chunks']);

function fromForm(entries: Iterable<[string, string]>): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    if (JSON_FIELDS.has(key)) {
      try {
        args[key] = JSON.parse(value);
        continue;
      } catch {
        // Left as a string: the method then answers as Slack does for a malformed field.
      }
    }
    args[key] = value;
  }
  return args;
}

export interface ParsedBody {
  args: Record<string, unknown>;
  /** The first file part of a multipart body. */
  file?: Buffer;
}

export async function parseBody(raw: Buffer, contentType: string | undefined, query: URLSearchParams): Promise<ParsedBody> {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  const args = fromForm(query.entries());
  if (raw.length === 0) return { args };
  if (type === 'application/json') {
    const parsed: unknown = JSON.parse(raw.toString('utf8'));
    return { args: { ...args, ...(typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {}) } };
  }
  if (type === 'multipart/form-data') {
    const form = await new Request('http://standin.invalid/', { method: 'POST', headers: { 'content-type': contentType ?? '' }, body: new Uint8Array(raw) }).formData();
    const fields: [string, string][] = [];
    let file: Buffer | undefined;
    for (const [key, value] of form.entries()) {
      if (typeof value === 'string') fields.push([key, value]);
      else file ??= Buffer.from(await value.arrayBuffer());
    }
    return { args: { ...args, ...fromForm(fields) }, ...(file ? { file } : {}) };
  }
  return { args: { ...args, ...fromForm(new URLSearchParams(raw.toString('utf8')).entries()) } };
}

export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

export function sendText(res: ServerResponse, status: number, text: string | Buffer, contentType = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(text), 'x-content-type-options': 'nosniff' });
  res.end(text);
}
