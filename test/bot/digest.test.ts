/** The digest in Slack, scripted against the stand-in: /segment digest preview|now, and the scheduled post from two bot processes on one store. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type SlackConfig } from '../../src/config.js';
import { createServices, type Services } from '../../src/services/index.js';
import { createSlackApp, questionServiceFrom, type SlackApp } from '../../src/bot/index.js';
import { startSlackStandin, standinEnvironment, type Standin } from '../../src/slack-standin/index.js';
import { generateTransactions } from '../../src/data/generator.js';
import { CARL, MARKETER, MARKETING, REVIEW, blockText, until } from './harness.js';

const quiet = { info() {}, warn() {}, error() {} };
const MONDAY = new Date('2026-12-07T09:00:20.000Z');

describe('the digest in Slack', () => {
  let dir: string;
  let standin: Standin;
  const services: Services[] = [];
  const bots: SlackApp[] = [];

  const startBot = async (env: Record<string, string>) => {
    const config = loadConfig({ ...standinEnvironment(standin, 0), SEGBOT_DATA_DIR: path.join(dir, 'data'), SEGBOT_DATASETS: path.join(dir, 'datasets.yml'), SEGBOT_REVIEW_CHANNEL: REVIEW, ...env }, dir);
    const s = await createServices(config, { log: () => undefined, localUser: () => 'tester' });
    const bot = createSlackApp(s, config.slack as SlackConfig, { questions: questionServiceFrom(s.questions), log: quiet, host: '127.0.0.1', digest: { now: () => MONDAY, retryDelayMs: 10 }, retryConfig: { retries: 1, factor: 1, minTimeout: 10, maxTimeout: 20 } });
    services.push(s);
    bots.push(bot);
    return { bot, port: await bot.start() };
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'segbot-bot-digest-'));
    standin = await startSlackStandin({ logger: { debug() {}, ...quiet } });
    await generateTransactions({ customers: 300, seed: 5, out: path.join(dir, 'small.csv'), truthPath: null });
    // Another log for the committee case: campaign ids hash the result, so new data means new campaigns the policy decides afresh.
    await generateTransactions({ customers: 300, seed: 6, out: path.join(dir, 'other.csv'), truthPath: null });
    writeFileSync(path.join(dir, 'datasets.yml'), 'datasets:\n  small:\n    path: small.csv\n    analyze: { k: 3, algorithm: kmeans }\n  other:\n    path: other.csv\n    analyze: { k: 3, algorithm: kmeans }\n');
  });

  afterAll(async () => {
    for (const b of bots) await b.stop();
    for (const s of services) await s.close();
    await standin?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('/segment digest preview says there is no snapshot yet; digest now runs the dataset and posts the digest linking to the run', async () => {
    const { port } = await startBot({});
    standin.setBotUrl(`http://127.0.0.1:${port}/slack/events`);
    await standin.sendSlashCommand({ user: MARKETER, channel: MARKETING, command: '/segment', text: 'digest preview small' });
    await until('the no-snapshot note', () => standin.messages(MARKETING).find((m) => m.ephemeral_user === MARKETER && blockText(m).includes('No snapshot of small yet')));
    await standin.sendSlashCommand({ user: MARKETER, channel: MARKETING, command: '/segment', text: 'digest now small' });
    const digest = await until('the digest', () => standin.messages(MARKETING).find((m) => !m.ephemeral_user && blockText(m).includes('Weekly digest: small')), 120_000);
    expect(blockText(digest)).toContain('first snapshot');
    // Under the default policy the review lets campaigns through (the control for the committee case below).
    expect(blockText(digest)).toContain('Campaigns worth running now');
    expect(blockText(digest)).toMatch(/the full run/);
    await standin.sendSlashCommand({ user: MARKETER, channel: MARKETING, command: '/segment', text: 'digest preview small' });
    await until('the preview', () => standin.messages(MARKETING).find((m) => m.ephemeral_user === MARKETER && blockText(m).includes('Weekly digest: small')));
    await standin.sendSlashCommand({ user: MARKETER, channel: MARKETING, command: '/segment', text: 'digest sometime' });
    await until('the usage note', () => standin.messages(MARKETING).find((m) => m.ephemeral_user === MARKETER && blockText(m).includes('digest now [dataset]')));
  }, 180_000);

  it('two bot processes on one store with a schedule that fires post exactly one digest, compared with the previous snapshot', async () => {
    const env = { SEGBOT_DIGEST_CRON: '0 9 * * MON', SEGBOT_DIGEST_CHANNEL: MARKETING, SEGBOT_DIGEST_DATASET: 'small' };
    await Promise.all([startBot(env), startBot(env)]);
    const posted = await until('the scheduled digest', () => standin.messages(MARKETING).filter((m) => !m.ephemeral_user && (!m.thread_ts || m.thread_ts === m.ts) && blockText(m).includes('Weekly digest: small')).slice(1)[0], 120_000);
    expect(blockText(posted)).toContain('since');
    await Promise.all(bots.map((b) => b.idle()));
    await new Promise((r) => setTimeout(r, 500));
    const digests = standin.messages(MARKETING).filter((m) => !m.ephemeral_user && (!m.thread_ts || m.thread_ts === m.ts) && blockText(m).includes('Weekly digest: small'));
    expect(digests).toHaveLength(2); // the manual one above and exactly one scheduled
    expect((await services[1].store.digestPosts()).map((p) => p.state)).toEqual(['posted']);
    expect(standin.messages(MARKETING).some((m) => m.thread_ts === posted.ts && m.ts !== posted.ts && m.text.includes('Where customers moved'))).toBe(true);
  }, 180_000);

  it('keeps flagged campaigns out of the digest: they go to the committee in the review channel, and wait in the approval store', async () => {
    // Every campaign to the committee (issue 24), changed by a member of the committee's user group, audited.
    const config = loadConfig({ ...standinEnvironment(standin, 0), SEGBOT_DATA_DIR: path.join(dir, 'data'), SEGBOT_DATASETS: path.join(dir, 'datasets.yml') }, dir);
    const admin = await createServices(config, { log: () => undefined, isUsergroupMember: async (group, user) => group === 'S0COMMITTEE' && user === CARL });
    services.push(admin);
    await admin.approvals.policy.change(CARL, { autoApprove: 'never' });
    const before = new Set((await admin.approvals.pending()).map((v) => v.campaignId));
    await standin.sendSlashCommand({ user: MARKETER, channel: MARKETING, command: '/segment', text: 'digest now other' });
    const digest = await until('the digest of other', () => standin.messages(MARKETING).find((m) => !m.ephemeral_user && blockText(m).includes('Weekly digest: other')), 120_000);
    const flagged = (await admin.approvals.pending()).filter((v) => !before.has(v.campaignId));
    expect(flagged.length).toBeGreaterThan(0);
    expect(blockText(digest)).not.toContain('Campaigns worth running now');
    for (const v of flagged) {
      const message = (v.content as { campaign?: { message?: string } }).campaign?.message ?? '';
      if (message) expect(blockText(digest)).not.toContain(message.slice(0, 40));
    }
    // Each flagged campaign waits in the review channel for the committee.
    await until('the review requests', () => flagged.every((v) => standin.messages(REVIEW).some((m) => m.text.includes(v.campaignId))) || undefined, 30_000);
  }, 180_000);
});
