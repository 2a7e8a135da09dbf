/**
 * `npm start` (src/main.ts) as a process in HTTP mode against the stand-in: start-up, /segment help
 * acknowledged within 3 s and answered, forged and stale requests refused with 401, a clean stop;
 * and start-up refused with a message naming the setting when one is missing or malformed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlackStandin, standinEnvironment, type Standin } from '../../src/slack-standin/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = ['--import', 'tsx', path.join(ROOT, 'src', 'main.ts')];
const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SEGBOT_') && !k.startsWith('SLACK_') && !['DATABASE_URL', 'OPENAI_API_KEY', 'OPENAI_BASE_URL', 'PORT'].includes(k)));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('npm start in HTTP mode', () => {
  let standin: Standin;
  let child: ChildProcess;
  let stderr = '';
  const dir = mkdtempSync(path.join(tmpdir(), 'segbot-main-'));

  beforeAll(async () => {
    standin = await startSlackStandin({ logger: { debug() {}, info() {}, warn() {}, error() {} } });
    const port = await freePort();
    child = spawn(process.execPath, MAIN, { cwd: ROOT, env: { ...cleanEnv(), ...standinEnvironment(standin, port), SEGBOT_DATA_DIR: path.join(dir, 'data') }, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const deadline = Date.now() + 90_000;
    while (!/Slack app started/.test(stderr)) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the app did not start: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    standin.setBotUrl(`http://127.0.0.1:${port}/slack/events`);
  }, 120_000);

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await standin?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('acknowledges /segment help within 3 s and answers it', async () => {
    const reply = await standin.sendSlashCommand({ user: 'U0MARKETER', channel: 'C0MARKETING', command: '/segment', text: 'help' });
    expect(reply.status).toBe(200);
    expect(reply.ms).toBeLessThan(3000);
    const help = await standin.waitForMessage('C0MARKETING', (m) => m.ephemeral_user === 'U0MARKETER' && m.text.includes('What Segbot can do'), 10_000);
    expect(help).toBeDefined();
  });

  it('refuses forged and stale requests with 401', async () => {
    const body = new URLSearchParams({ command: '/segment', text: 'help', user_id: 'U0MARKETER', channel_id: 'C0MARKETING', team_id: 'T0STANDIN' }).toString();
    expect((await standin.sendRaw({ body, contentType: 'application/x-www-form-urlencoded', signingSecret: 'forged-secret-123' })).status).toBe(401);
    expect((await standin.sendRaw({ body, contentType: 'application/x-www-form-urlencoded', timestamp: Math.floor(Date.now() / 1000) - 3600 })).status).toBe(401);
  });

  it('logs no token and stops cleanly on SIGTERM', async () => {
    expect(stderr).not.toContain(standin.botToken);
    expect(stderr).not.toContain(standin.signingSecret);
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(code).toBe(0);
  }, 60_000);
});

describe('npm start refuses a bad configuration, naming the setting', () => {
  const start = (env: Record<string, string>) => spawnSync(process.execPath, MAIN, { cwd: ROOT, env: { ...cleanEnv(), SEGBOT_DATA_DIR: path.join(tmpdir(), 'segbot-main-bad'), ...env }, encoding: 'utf8', timeout: 90_000 });

  it.each([
    [{}, 'SLACK_BOT_TOKEN'],
    [{ SLACK_BOT_TOKEN: 'not-a-token', SLACK_SIGNING_SECRET: 'abcdefghij' }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'abcdefghij', PORT: 'eighty' }, 'PORT'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'abcdefghij', SEGBOT_REVIEW_CHANNEL: '#review' }, 'SEGBOT_REVIEW_CHANNEL'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'abcdefghij', SEGBOT_DATASETS: '/nonexistent/datasets.yml' }, 'SEGBOT_DATASETS'],
  ])('%j → a message naming %s', (env, name) => {
    const r = start(env as Record<string, string>);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(name);
    expect(r.stderr).not.toMatch(/\n\s+at .*\.ts:\d+/);
  }, 120_000);
});
