/**
 * startSlackStandin: a Slack workspace on loopback for tests and the playground. It answers the
 * Web API calls a Bolt app makes, records them, sends the app signed requests as Slack would,
 * and serves the playground page at `/`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BotLink, type RawRequest } from './bot-link.js';
import { Interactions, type BlockActionInput, type EventOptions, type MessageInput, type SlashCommandInput, type UserFileInput, type ViewSubmissionInput } from './interactions.js';
import { PageRoutes } from './page-routes.js';
import { SlackRoutes } from './slack-routes.js';
import { DEFAULT_CHANNELS, DEFAULT_USERS, STANDIN_BOT, STANDIN_TEAM, Workspace } from './workspace.js';
import type { BotReply, RecordedCall, StandinChannel, StandinFile, StandinFileInfo, StandinFailure, StandinLogger, StandinMessage, StandinOptions, StandinUser, StandinView } from './types.js';

export interface Standin {
  /** http://127.0.0.1:PORT (no trailing slash): the playground page. */
  readonly url: string;
  /** `${url}/api/`: Bolt's `clientOptions.slackApiUrl`, WebClient's `slackApiUrl`. */
  readonly apiUrl: string;
  readonly signingSecret: string;
  readonly botToken: string;
  readonly team: { id: string; name: string; domain: string };
  readonly bot: { userId: string; botId: string; appId: string; name: string };
  readonly users: readonly StandinUser[];
  readonly channels: readonly StandinChannel[];
  /** Every Web API call, upload, download and response_url post, in order (live array). */
  readonly calls: readonly RecordedCall[];
  /** Where signed requests go, e.g. http://127.0.0.1:PORT/slack/events. */
  setBotUrl(url: string): void;
  readonly botUrl: string | undefined;
  /** The first recorded call of `method` (past or future) matching the predicate. */
  waitFor(method: string, predicate?: (call: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  /** The first message in the channel (replies and updates included, past or future) matching the predicate. */
  waitForMessage(channel: string, predicate?: (message: StandinMessage) => boolean, timeoutMs?: number): Promise<StandinMessage>;
  /** The channel's messages in posting order: top level and thread replies (with thread_ts), updates applied, files attached, ephemerals marked with ephemeral_user. */
  messages(channel: string): StandinMessage[];
  /** Files shared so far (bot uploads once completed, user uploads), with their bytes. */
  files(): (StandinFileInfo & { bytes: Buffer })[];
  /** The modal stack a user has open (bottom first). */
  modals(user: string): StandinView[];
  /** The home tab published for a user. */
  home(user: string): StandinView | undefined;
  /** The next call of `method` (a Web API method, or 'upload') fails as given. Calls queue up. */
  failNext(method: string, failure: StandinFailure): void;
  sendSlashCommand(input: SlashCommandInput): Promise<BotReply>;
  sendEvent(event: Record<string, unknown>, options?: EventOptions): Promise<BotReply & { eventId: string }>;
  sendMessage(input: MessageInput): Promise<{ message: StandinMessage; reply?: BotReply }>;
  uploadUserFile(input: UserFileInput): Promise<{ file: StandinFile; message: StandinMessage; replies: BotReply[] }>;
  sendBlockAction(input: BlockActionInput): Promise<BotReply>;
  sendViewSubmission(input: ViewSubmissionInput): Promise<BotReply>;
  closeView(user: string, viewId: string): Promise<BotReply | undefined>;
  sendAppHomeOpened(user: string, tab?: 'home' | 'messages'): Promise<BotReply>;
  /** A new thread in the assistant container of the user's DM (the root is posted, then assistant_thread_started). */
  sendAssistantThreadStarted(input: { user: string; contextChannel?: string }): Promise<BotReply & { eventId: string; thread_ts: string }>;
  /** Any request to the bot, signed unless `sign: false` (forged, stale, malformed requests). */
  sendRaw(request: RawRequest): Promise<BotReply>;
  close(): Promise<void>;
}

const SILENT: StandinLogger = { debug() {}, info() {}, warn() {}, error() {} };

export async function startSlackStandin(options: StandinOptions = {}): Promise<Standin> {
  const logger = options.logger ?? SILENT;
  const signingSecret = options.signingSecret ?? 'standin-signing-secret-not-a-real-one';
  const botToken = options.botToken ?? 'xoxb-0000000000-standin-not-a-real-token';
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const ws = new Workspace(options.users ?? DEFAULT_USERS, options.channels ?? DEFAULT_CHANNELS, url);
  ws.setMaxListeners(0);
  const link = new BotLink(signingSecret, logger, options.botUrl);
  const interactions = new Interactions(ws, link);
  const slack = new SlackRoutes(ws, interactions, botToken, logger);
  const page = new PageRoutes(ws, interactions, link, logger);

  server.on('request', (req, res) => {
    const requestUrl = new URL(req.url ?? '/', url);
    slack.handle(req, res, requestUrl)
      .then((handled) => handled || page.handle(req, res, requestUrl))
      .then((handled) => {
        if (!handled) {
          res.writeHead(404, { 'content-type': 'text/plain' });
          res.end('not found');
        }
      })
      .catch((error: unknown) => {
        logger.error('stand-in: request failed', error instanceof Error ? error.message : error);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('stand-in error');
      });
  });

  function waitUntil<T>(find: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    const found = find();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const onChange = () => {
        const hit = find();
        if (hit === undefined) return;
        cleanup();
        resolve(hit);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`Slack stand-in: timed out after ${timeoutMs} ms waiting for ${describe()}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        ws.off('change', onChange);
      };
      ws.on('change', onChange);
    });
  }

  const visible = (channel: string) => {
    const id = ws.channel(channel)?.id ?? channel;
    return ws.messages(id).filter((m) => m.via !== 'command');
  };

  return {
    url,
    apiUrl: `${url}/api/`,
    signingSecret,
    botToken,
    team: STANDIN_TEAM,
    bot: STANDIN_BOT,
    users: ws.users,
    channels: ws.channels,
    calls: ws.calls,
    setBotUrl: (botUrl) => {
      link.url = botUrl;
      ws.changed('bot');
    },
    get botUrl() {
      return link.url;
    },
    waitFor: (method, predicate = () => true, timeoutMs = 5_000) =>
      waitUntil(() => ws.calls.find((c) => c.method === method && predicate(c)), timeoutMs,
        () => `a ${method} call; calls so far: ${ws.calls.map((c) => `${c.method}${c.ok ? '' : `(${c.error})`}`).join(', ') || 'none'}`),
    waitForMessage: (channel, predicate = () => true, timeoutMs = 5_000) =>
      waitUntil(() => visible(channel).find(predicate), timeoutMs,
        () => `a message in ${channel}; it has: ${visible(channel).map((m) => JSON.stringify(m.text.slice(0, 60))).join(', ') || 'none'}`),
    messages: (channel) => [...visible(channel)],
    files: () => slack.filesList(),
    modals: (user) => [...(ws.modalStacks.get(user) ?? [])],
    home: (user) => ws.homes.get(user),
    failNext: (method, failure) => {
      const queue = slack.failures.get(method) ?? [];
      queue.push(failure);
      slack.failures.set(method, queue);
    },
    sendSlashCommand: (input) => interactions.sendSlashCommand(input),
    sendEvent: (event, eventOptions) => interactions.sendEvent(event, eventOptions),
    sendMessage: (input) => interactions.sendMessage(input),
    uploadUserFile: (input) => interactions.uploadUserFile(input),
    sendBlockAction: (input) => interactions.sendBlockAction(input),
    sendViewSubmission: (input) => interactions.sendViewSubmission(input),
    closeView: (user, viewId) => interactions.closeView(user, viewId),
    sendAppHomeOpened: (user, tab) => interactions.sendAppHomeOpened(user, tab),
    sendAssistantThreadStarted: (input) => interactions.sendAssistantThreadStarted(input),
    sendRaw: (request) => link.send(request),
    close: async () => {
      page.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
