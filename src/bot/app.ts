/**
 * The Slack app: Bolt 5 in HTTP mode (signatures and timestamps verified by Bolt's receiver) or
 * Socket Mode, the listeners registered on the services handed in, retried deliveries handled once.
 */
import path from 'node:path';
import { App, LogLevel, type Logger } from '@slack/bolt';
import type { SlackConfig } from '../config.js';
import type { Services } from '../services/index.js';
import type { BotDeps, BotLogger } from './deps.js';
import { registerListeners } from './listeners/index.js';
import { digestScheduler } from './digest.js';
import { importLegacyBotState, type BotState } from './state.js';
import type { QuestionService } from './questions.js';

export interface SlackAppOptions {
  questions: QuestionService;
  state?: BotState;
  /** Default `/segment`. */
  command?: string;
  log?: BotLogger;
  /** WebClient retries (tests shorten them); 429s are always waited out per Retry-After. */
  /** HTTP mode: the interface to listen on (default: all; tests and the playground use 127.0.0.1). */
  host?: string;
  retryConfig?: { retries: number; factor?: number; minTimeout?: number; maxTimeout?: number };
  /** The digest scheduler's clock and retry delay (tests). */
  digest?: { now?: () => Date; retryDelayMs?: number };
}

export interface SlackApp {
  app: App;
  deps: BotDeps;
  /** Starts listening; returns the HTTP port (0 in Socket Mode). */
  start(): Promise<number>;
  stop(): Promise<void>;
  /** Resolves when all work started by requests so far is done (tests, shutdown). */
  idle(): Promise<void>;
}

/** Slack retries an event it thinks was lost; the same event id is handled once. */
function dedupe(limit = 10_000) {
  const seen = new Set<string>();
  return (eventId: string): boolean => {
    if (seen.has(eventId)) return false;
    seen.add(eventId);
    if (seen.size > limit) seen.delete(seen.values().next().value as string);
    return true;
  };
}

/** Bolt's logger, kept to our lines: no request bodies, tokens or file contents. */
function boltLogger(log: BotLogger): Logger {
  let level = LogLevel.INFO;
  return {
    debug: () => {},
    info: (...msg: unknown[]) => log.info(msg.map(String).join(' ')),
    warn: (...msg: unknown[]) => log.warn(msg.map(String).join(' ')),
    error: (...msg: unknown[]) => log.error(msg.map((m) => (m instanceof Error ? m.message : String(m))).join(' ')),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

const stderrLog: BotLogger = {
  info: (m) => process.stderr.write(`segbot: ${m}\n`),
  warn: (m) => process.stderr.write(`segbot: warning: ${m}\n`),
  error: (m) => process.stderr.write(`segbot: error: ${m}\n`),
};

export function createSlackApp(services: Services, slack: SlackConfig, options: SlackAppOptions): SlackApp {
  const log = options.log ?? stderrLog;
  const inFlight = new Set<Promise<unknown>>();
  const deps: BotDeps = {
    services,
    slack,
    // In the store: every process sharing it shares threads, origins and the answers log.
    state: options.state ?? services.store,
    questions: options.questions,
    command: options.command ?? '/segment',
    log,
    uploadsDir: path.join(services.config.dataDir, 'uploads'),
    track(work) {
      const p = work.catch((error: unknown) => log.error(`background work failed: ${error instanceof Error ? error.message : String(error)}`));
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
    },
  };
  const socketMode = Boolean(slack.appToken);
  const app = new App({
    token: slack.botToken,
    ...(socketMode ? { socketMode: true, appToken: slack.appToken } : { signingSecret: slack.signingSecret as string }),
    port: slack.port,
    logger: boltLogger(log),
    clientOptions: { ...(slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {}), ...(options.retryConfig ? { retryConfig: options.retryConfig } : {}) },
  });
  const firstTime = dedupe();
  app.use(async ({ body, next, context }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !firstTime(eventId)) {
      log.info(`event ${eventId} already handled (Slack retry ${context.retryNum ?? '?'}); skipped`);
      return;
    }
    await next();
  });
  registerListeners(app, deps);
  app.error(async (error) => {
    log.error(`listener failed: ${error.message}`);
  });

  // The scheduled weekly digest (SEGBOT_DIGEST_CRON), one post per period across processes sharing the store.
  const schedule = digestScheduler(deps, app.client, options.digest);
  let port = 0;
  return {
    app,
    deps,
    async start() {
      // An earlier version's memory in the data folder, once (the files are renamed *.imported).
      const imported = await importLegacyBotState(services.config.dataDir, services.store, log);
      if (imported) log.info(`imported the Slack memory of an earlier version: ${imported.threads} threads, ${imported.origins} campaign origins, ${imported.reviewMessages} review messages, ${imported.answers} answers log entries`);
      if (socketMode) {
        await app.start();
        schedule?.start();
        return 0;
      }
      const server = (await app.start({ port: slack.port, ...(options.host ? { host: options.host } : {}) } as never)) as unknown as import('node:http').Server;
      const address = server?.address?.();
      port = typeof address === 'object' && address ? address.port : slack.port;
      schedule?.start();
      return port;
    },
    async stop() {
      await schedule?.stop();
      await app.stop();
      await this.idle();
    },
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
