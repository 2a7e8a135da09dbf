/**
 * The playground page's side of the server: its static files, a JSON snapshot of what one user
 * sees, a server-sent event stream that says when something changed, and the actions the page
 * takes on a person's behalf (which go to the bot exactly as the test helpers send them).
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BotLink } from './bot-link.js';
import { readBody, sendJson, sendText } from './http-util.js';
import type { Interactions } from './interactions.js';
import { viewPayload } from './web-api/index.js';
import { STANDIN_BOT, STANDIN_TEAM, Workspace, dmChannelId } from './workspace.js';
import type { BotReply, StandinLogger, SubmissionValues } from './types.js';

const PAGE_DIR = new URL('./page/', import.meta.url);
const PAGE_FILES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'blocks.js': 'text/javascript; charset=utf-8',
  'mrkdwn.js': 'text/javascript; charset=utf-8',
  'style.css': 'text/css; charset=utf-8',
};
// The page loads nothing from elsewhere, runs no inline script, and images come from the stand-in only.
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

type Body = Record<string, unknown>;
const text = (v: unknown) => (typeof v === 'string' ? v : '');

export class PageRoutes {
  private readonly streams = new Set<ServerResponse>();
  private readonly keepAlive: NodeJS.Timeout;

  constructor(private readonly ws: Workspace, private readonly interactions: Interactions, private readonly link: BotLink, private readonly logger: StandinLogger) {
    this.keepAlive = setInterval(() => this.streams.forEach((s) => s.write(': keep-alive\n\n')), 15_000);
    this.keepAlive.unref();
    ws.on('change', (change: { kind: string }) => {
      const line = `data: ${JSON.stringify(change)}\n\n`;
      this.streams.forEach((s) => s.write(line));
    });
  }

  close(): void {
    clearInterval(this.keepAlive);
    this.streams.forEach((s) => s.end());
    this.streams.clear();
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const path = url.pathname;
    if (req.method === 'GET' && (path === '/' || path.startsWith('/page/'))) {
      const name = path === '/' ? 'index.html' : path.slice('/page/'.length);
      if (!Object.hasOwn(PAGE_FILES, name)) return false;
      const content = await readFile(new URL(name, PAGE_DIR));
      res.writeHead(200, { 'content-type': PAGE_FILES[name], 'content-security-policy': CSP, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
      res.end(content);
      return true;
    }
    if (!path.startsWith('/_standin/')) return false;
    // Only pages served from this stand-in may drive it (no DNS rebinding, no cross-site form posts).
    const host = req.headers.host ?? '';
    if (!/^(127\.0\.0\.1|localhost):\d+$/.test(host)) {
      sendText(res, 403, 'forbidden host');
      return true;
    }
    const route = path.slice('/_standin/'.length);
    if (req.method === 'GET' && route === 'events') this.events(req, res);
    else if (req.method === 'GET' && route === 'state') sendJson(res, 200, this.state(url.searchParams.get('user') ?? ''));
    else if (req.method === 'GET' && route.startsWith('file/')) this.file(res, route.slice('file/'.length));
    else if (req.method === 'POST') {
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        sendText(res, 415, 'the page sends JSON');
        return true;
      }
      let body: Body;
      try {
        body = JSON.parse((await readBody(req)).toString('utf8')) as Body;
      } catch {
        sendJson(res, 400, { error: 'malformed JSON' });
        return true;
      }
      await this.act(route, body, res);
    } else return false;
    return true;
  }

  private events(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write('retry: 1000\n\n');
    this.streams.add(res);
    req.on('close', () => this.streams.delete(res));
  }

  /** Everything one user sees: their channels, the messages visible to them, their modal and home tab. */
  state(user: string) {
    const channels = this.ws.channels.filter((c) => c.kind === 'channel' || c.user === user);
    const messages = Object.fromEntries(channels.map((c) => [c.id, this.ws.messages(c.id).filter((m) => !m.ephemeral_user || m.ephemeral_user === user)]));
    const modal = this.ws.topModal(user);
    const home = this.ws.homes.get(user);
    const statuses = Object.fromEntries(this.ws.statuses);
    return {
      team: STANDIN_TEAM, bot: STANDIN_BOT, botConnected: Boolean(this.link.url), users: this.ws.users.filter((u) => !u.isBot),
      dm: dmChannelId(user), channels, messages, statuses,
      modal: modal ? { id: modal.id, view: viewPayload(modal), errors: modal.errors ?? {} } : null,
      home: home ? viewPayload(home) : null,
    };
  }

  private file(res: ServerResponse, id: string): void {
    const file = this.ws.fileStore.get(id);
    if (!file?.complete) return sendText(res, 404, 'no such file');
    // Served inline only as an image the page shows; anything else is a download.
    const image = /^image\/(png|jpeg|gif)$/.test(file.mimetype);
    res.writeHead(200, {
      'content-type': image ? file.mimetype : 'application/octet-stream', 'content-length': file.bytes.length, 'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'", ...(image ? {} : { 'content-disposition': `attachment; filename="${encodeURIComponent(file.name)}"` }),
    });
    res.end(file.bytes);
  }

  private async act(route: string, body: Body, res: ServerResponse): Promise<void> {
    const user = text(body.user);
    try {
      let reply: BotReply | undefined;
      if (route === 'send') reply = await this.send(user, text(body.channel), text(body.text), text(body.thread_ts) || undefined);
      else if (route === 'action') {
        reply = await this.interactions.sendBlockAction({
          user, actionId: text(body.actionId), value: typeof body.value === 'string' ? body.value : undefined, blockId: text(body.blockId) || undefined,
          ...(body.viewId ? { view: text(body.viewId), values: (body.values ?? {}) as SubmissionValues } : { channel: text(body.channel), message: text(body.ts) }),
        });
      } else if (route === 'submit') reply = await this.interactions.sendViewSubmission({ user, view: text(body.viewId), values: (body.values ?? {}) as SubmissionValues });
      else if (route === 'close') reply = await this.interactions.closeView(user, text(body.viewId));
      else if (route === 'upload') {
        const bytes = Buffer.from(text(body.base64), 'base64');
        const result = await this.interactions.uploadUserFile({ user, channel: text(body.channel), name: text(body.name) || 'upload', bytes, mimetype: text(body.mimetype) || undefined, text: text(body.text) });
        reply = result.replies.find((r) => r.status !== 200) ?? result.replies[0];
      } else if (route === 'assistant') {
        const started = await this.interactions.sendAssistantThreadStarted({ user });
        return sendJson(res, 200, { status: started.status, body: started.body.slice(0, 2000), thread_ts: started.thread_ts });
      } else if (route === 'home') reply = await this.interactions.sendAppHomeOpened(user, body.tab === 'messages' ? 'messages' : 'home');
      else return sendJson(res, 404, { error: `no page action ${route}` });
      sendJson(res, 200, { status: reply?.status ?? null, body: reply?.body.slice(0, 2000) ?? null });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`stand-in page: ${route} failed: ${message}`);
      sendJson(res, 502, { error: message });
    }
  }

  /** The message box: `/command text` is a slash command; anything else is a message (mentions become app_mention). */
  private async send(user: string, channel: string, input: string, threadTs: string | undefined): Promise<BotReply | undefined> {
    const trimmed = input.trim();
    const slash = /^(\/[a-z0-9_-]+)(?:\s+([\s\S]*))?$/i.exec(trimmed);
    // Slack runs a slash command typed in a thread too, without telling the app about the thread.
    if (slash) return this.interactions.sendSlashCommand({ user, channel, command: slash[1], text: slash[2] ?? '' });
    const withMentions = trimmed.replace(/(^|\s)@segbot\b/gi, `$1<@${STANDIN_BOT.userId}>`);
    return (await this.interactions.sendMessage({ user, channel, text: withMentions, thread_ts: threadTs })).reply;
  }
}
