/**
 * The Slack side of the stand-in's HTTP server: the Web API (`/api/<method>`), upload URLs,
 * private file downloads (bearer token or an HTML login page, as Slack does) and response URLs.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseBody, readBody, sendJson, sendText } from './http-util.js';
import type { Interactions } from './interactions.js';
import { ApiError, WEB_API } from './web-api/index.js';
import { STANDIN_BOT, Workspace, fileInfo } from './workspace.js';
import type { StandinFailure, StandinLogger } from './types.js';

const LOGIN_PAGE = '<!DOCTYPE html><html><head><title>Sign in | Slack</title></head><body><h1>Sign in to Segbot Stand-in</h1><p>This file needs a valid token.</p></body></html>';

export class SlackRoutes {
  readonly failures = new Map<string, StandinFailure[]>();

  constructor(
    private readonly ws: Workspace,
    private readonly interactions: Interactions,
    private readonly botToken: string,
    private readonly logger: StandinLogger,
  ) {}

  /** Answers the request if it is a Slack route; false otherwise. */
  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const path = url.pathname;
    if (path.startsWith('/api/')) await this.webApi(req, res, url, decodeURIComponent(path.slice('/api/'.length)));
    else if (path.startsWith('/upload/v1/') && req.method === 'POST') await this.upload(req, res, path.slice('/upload/v1/'.length));
    else if (path.startsWith('/files-pri/') && req.method === 'GET') this.download(req, res, path);
    else if (path.startsWith('/response/') && req.method === 'POST') await this.response(req, res, path.slice('/response/'.length));
    else return false;
    return true;
  }

  private takeFailure(method: string, res: ServerResponse, args: Record<string, unknown>): boolean {
    const failure = this.failures.get(method)?.shift();
    if (!failure) return false;
    if ('error' in failure) {
      this.ws.record({ method, args, at: Date.now(), ok: false, error: failure.error, status: 200 });
      sendJson(res, 200, { ok: false, error: failure.error });
    } else if (failure.status === 429) {
      const seconds = 'retryAfterSeconds' in failure ? failure.retryAfterSeconds : 1;
      this.ws.record({ method, args, at: Date.now(), ok: false, error: 'ratelimited', status: 429 });
      sendJson(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(seconds) });
    } else {
      this.ws.record({ method, args, at: Date.now(), ok: false, error: `http_${failure.status}`, status: failure.status });
      sendText(res, failure.status, ('body' in failure ? failure.body : undefined) ?? 'stand-in failure');
    }
    return true;
  }

  private async webApi(req: IncomingMessage, res: ServerResponse, url: URL, method: string): Promise<void> {
    let args: Record<string, unknown>;
    try {
      args = (await parseBody(await readBody(req), req.headers['content-type'], url.searchParams)).args;
    } catch {
      this.ws.record({ method, args: {}, at: Date.now(), ok: false, error: 'invalid_json', status: 200 });
      return sendJson(res, 200, { ok: false, error: 'invalid_json' });
    }
    const { token: bodyToken, ...recorded } = args;
    if (this.takeFailure(method, res, recorded)) return;
    const header = req.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : typeof bodyToken === 'string' ? bodyToken : undefined;
    const answer = (status: number, body: Record<string, unknown>) => {
      this.ws.record({ method, args: recorded, at: Date.now(), ok: body.ok === true, ...(body.ok ? {} : { error: String(body.error) }), status });
      if (!body.ok) this.logger.debug(`stand-in: ${method} → ${String(body.error)}`);
      sendJson(res, status, body);
    };
    const handler = Object.hasOwn(WEB_API, method) ? WEB_API[method] : undefined;
    if (!handler) return answer(200, { ok: false, error: 'unknown_method' });
    if (!token) return answer(200, { ok: false, error: 'not_authed' });
    if (token !== this.botToken) return answer(200, { ok: false, error: 'invalid_auth' });
    try {
      answer(200, { ok: true, ...handler(this.ws, recorded) });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      answer(200, { ok: false, error: error.code, ...error.extra });
    }
  }

  private async upload(req: IncomingMessage, res: ServerResponse, fileId: string): Promise<void> {
    const file = this.ws.fileStore.get(decodeURIComponent(fileId));
    const raw = await readBody(req);
    if (this.takeFailure('upload', res, { file: fileId })) return;
    if (!file || file.complete) {
      this.ws.record({ method: 'upload', args: { file: fileId }, at: Date.now(), ok: false, error: 'file_not_found', status: 404 });
      return sendText(res, 404, 'not found');
    }
    const parsed = await parseBody(raw, req.headers['content-type'], new URLSearchParams());
    const multipart = (req.headers['content-type'] ?? '').startsWith('multipart/form-data');
    file.bytes = multipart ? parsed.file ?? Buffer.alloc(0) : raw;
    file.size = file.bytes.length;
    this.ws.record({ method: 'upload', args: { file: file.id, bytes: file.size }, at: Date.now(), ok: true, status: 200 });
    sendText(res, 200, `OK - ${file.size}`);
  }

  private download(req: IncomingMessage, res: ServerResponse, path: string): void {
    const match = /^\/files-pri\/[A-Z0-9]+-([A-Z0-9]+)\//.exec(path);
    const file = match ? this.ws.fileStore.get(match[1]) : undefined;
    const authorized = req.headers.authorization === `Bearer ${this.botToken}`;
    this.ws.record({ method: 'download', args: { file: match?.[1], authorized }, at: Date.now(), ok: authorized && Boolean(file?.complete), status: 200 });
    if (!authorized) return sendText(res, 200, LOGIN_PAGE, 'text/html; charset=utf-8');
    if (!file?.complete) return sendText(res, 404, 'file not found');
    res.writeHead(200, { 'content-type': file.mimetype, 'content-length': file.bytes.length, 'content-disposition': `attachment; filename="${encodeURIComponent(file.name)}"` });
    res.end(file.bytes);
  }

  /** A response_url post (respond()): replace or delete the clicked message, or post ephemeral / in_channel. */
  private async response(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    const target = this.interactions.responseTargets.get(id);
    let body: Record<string, unknown>;
    try {
      body = (await parseBody(await readBody(req), req.headers['content-type'] ?? 'application/json', new URLSearchParams())).args;
    } catch {
      return sendJson(res, 400, { ok: false, error: 'invalid_json' });
    }
    const record = (ok: boolean, error?: string) => this.ws.record({ method: 'response_url', args: body, at: Date.now(), ok, ...(error ? { error } : {}), status: ok ? 200 : 404 });
    if (!target) {
      record(false, 'no_active_hooks');
      return sendText(res, 404, 'no_active_hooks');
    }
    const original = target.messageTs ? this.ws.findMessage(target.channel, target.messageTs) : undefined;
    const text = typeof body.text === 'string' ? body.text : '';
    const blocks = Array.isArray(body.blocks) ? body.blocks : undefined;
    // Slack replaces an ephemeral original by default; a normal message only when asked.
    const replace = body.replace_original === true || body.replace_original === 'true' || (original?.ephemeral_user !== undefined && body.replace_original !== false && body.response_type === undefined);
    if ((body.delete_original === true || body.delete_original === 'true') && original) this.ws.deleteMessage(original);
    else if (replace && original) this.ws.updateMessage(original, { text, blocks, by: STANDIN_BOT.userId });
    else {
      const threadTs = typeof body.thread_ts === 'string' ? body.thread_ts : undefined;
      this.ws.addMessage({
        channel: target.channel, user: STANDIN_BOT.userId, bot_id: STANDIN_BOT.botId, via: 'response_url', text,
        ...(blocks ? { blocks } : {}), ...(threadTs ? { thread_ts: threadTs } : {}),
        ...(body.response_type === 'in_channel' ? {} : { ephemeral_user: target.user }),
      });
    }
    record(true);
    sendJson(res, 200, { ok: true });
  }

  /** Files as tests see them (bytes included). */
  filesList() {
    return [...this.ws.fileStore.values()].filter((f) => f.complete).map((f) => ({ ...fileInfo(f), bytes: f.bytes }));
  }
}
