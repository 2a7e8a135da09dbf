/**
 * The real Slack app in HTTP mode on loopback, wired to the project's Slack Web API stand-in:
 * signed requests in, Web API calls out, services built once on a temporary data folder.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { webApi } from '@slack/bolt';
import { loadConfig, type SlackConfig } from '../../src/config.js';
import { createServices, type Services } from '../../src/services/index.js';
import { createSlackApp, questionServiceFrom, usergroupMembership, type SlackApp, type BotLogger } from '../../src/bot/index.js';
import { startSlackStandin, standinEnvironment, type Standin } from '../../src/slack-standin/index.js';
import { generateTransactions } from '../../src/data/generator.js';

export interface BotHarness {
  standin: Standin;
  services: Services;
  bot: SlackApp;
  dir: string;
  logs: string[];
  botUrl: string;
  close(): Promise<void>;
}

export const MARKETER = 'U0MARKETER';
export const CARL = 'U0COMMITTEE1';
export const CORA = 'U0COMMITTEE2';
export const OTTO = 'U0OUTSIDER';
export const MARKETING = 'C0MARKETING';
export const REVIEW = 'C0REVIEW';
export const dm = (user: string) => `D${user.slice(1)}`;

export async function startBotHarness(options: { env?: Record<string, string>; smallDataset?: boolean } = {}): Promise<BotHarness> {
  const dir = mkdtempSync(path.join(tmpdir(), 'segbot-bot-'));
  const standin = await startSlackStandin({ logger: { debug() {}, info() {}, warn() {}, error() {} } });
  const datasets = path.join(dir, 'datasets.yml');
  if (options.smallDataset !== false) {
    await generateTransactions({ customers: 400, seed: 3, out: path.join(dir, 'small.csv'), truthPath: null });
    writeFileSync(datasets, 'datasets:\n  small:\n    path: small.csv\n    description: 400 generated customers\n    analyze: { k: 3, algorithm: kmeans }\n');
  } else writeFileSync(datasets, 'datasets: {}\n');
  const env = { ...standinEnvironment(standin, 0), SEGBOT_DATA_DIR: path.join(dir, 'data'), SEGBOT_DATASETS: datasets, ...options.env };
  const config = loadConfig(env, dir);
  const slack = config.slack as SlackConfig;
  const logs: string[] = [];
  const log: BotLogger = { info: (m) => logs.push(`info ${m}`), warn: (m) => logs.push(`warn ${m}`), error: (m) => logs.push(`error ${m}`) };
  const membership = usergroupMembership(new webApi.WebClient(slack.botToken, { slackApiUrl: slack.apiUrl }), 0);
  const services = await createServices(config, { isUsergroupMember: membership, log: (line) => logs.push(`service ${line}`), localUser: () => 'tester' });
  const bot = createSlackApp(services, slack, { questions: questionServiceFrom(services.questions), log, host: '127.0.0.1', retryConfig: { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 50 } });
  const port = await bot.start();
  const botUrl = `http://127.0.0.1:${port}/slack/events`;
  standin.setBotUrl(botUrl);
  return {
    standin,
    services,
    bot,
    dir,
    logs,
    botUrl,
    async close() {
      await bot.stop();
      await services.close();
      await standin.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** All text of a message's blocks (for assertions on what a person reads). */
export function blockText(message: { text?: string; blocks?: unknown[] } | undefined): string {
  if (!message) return '';
  const out: string[] = [message.text ?? ''];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if ((k === 'text' || k === 'value') && typeof x === 'string') out.push(x);
        else walk(x);
      }
    }
  };
  walk(message.blocks ?? []);
  return out.join('\n');
}

/** Polls until `probe` gives something truthy (a message, a call), or fails naming what it waited for. */
export async function until<T>(what: string, probe: () => T | undefined | null | false, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
