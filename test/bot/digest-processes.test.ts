/**
 * Issue 15's must-show: two bot processes (`npm start`, real OS processes) on one SQLite store, with
 * a schedule that fires during the test, produce exactly one digest post in the Slack stand-in. The
 * schedule fires once, a few seconds after both start (a yearly cron at that second); a process
 * that starts after that second catches the period up, and the lease in the store still lets one post.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateTransactions } from '../../src/data/generator.js';
import { openStore } from '../../src/store/index.js';
import { startSlackStandin, standinEnvironment, type Standin } from '../../src/slack-standin/index.js';
import { MARKETING, blockText, until } from './harness.js';

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

/** A cron (with seconds) that fires once a year, at `at` (UTC). */
const yearlyAt = (at: Date) => `${at.getUTCSeconds()} ${at.getUTCMinutes()} ${at.getUTCHours()} ${at.getUTCDate()} ${at.getUTCMonth() + 1} *`;

describe('two bot processes on one store', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'segbot-digest-procs-'));
  const children: { child: ChildProcess; log: () => string }[] = [];
  let standin: Standin | undefined;

  afterAll(async () => {
    for (const { child } of children) if (child.exitCode === null) child.kill('SIGKILL');
    await standin?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('with a schedule that fires in the test produce exactly one digest post', async () => {
    standin = await startSlackStandin({ logger: { debug() {}, info() {}, warn() {}, error() {} } });
    await generateTransactions({ customers: 200, seed: 9, out: path.join(dir, 'small.csv'), truthPath: null });
    writeFileSync(path.join(dir, 'datasets.yml'), 'datasets:\n  small:\n    path: small.csv\n    analyze: { k: 3, algorithm: kmeans }\n');
    const fireAt = new Date(Math.ceil((Date.now() + 8_000) / 1000) * 1000);
    const env = {
      ...cleanEnv(),
      SEGBOT_DATA_DIR: path.join(dir, 'data'),
      SEGBOT_DATASETS: path.join(dir, 'datasets.yml'),
      SEGBOT_DIGEST_CRON: yearlyAt(fireAt),
      SEGBOT_DIGEST_TZ: 'UTC',
      SEGBOT_DIGEST_CHANNEL: MARKETING,
      SEGBOT_DIGEST_DATASET: 'small',
    };
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      const child = spawn(process.execPath, MAIN, { cwd: ROOT, env: { ...env, ...standinEnvironment(standin, port) }, stdio: ['ignore', 'ignore', 'pipe'] });
      let log = '';
      child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
      children.push({ child, log: () => log });
    }
    await until('both processes started', () => children.every((c) => /Slack app started/.test(c.log()) || c.child.exitCode !== null) || undefined, 60_000);
    expect(children.map((c) => c.child.exitCode)).toEqual([null, null]);

    const digests = () => standin!.messages(MARKETING).filter((m) => !m.ephemeral_user && (!m.thread_ts || m.thread_ts === m.ts) && blockText(m).includes('Weekly digest: small'));
    await until('the scheduled digest', () => digests()[0], 60_000);
    // Give the other process time to try as well: its tick finds the period claimed (or posted).
    await new Promise((r) => setTimeout(r, 2_000));
    expect(digests()).toHaveLength(1);
    const posted = children.filter((c) => /digest for \S+ posted to/.test(c.log()));
    expect(posted).toHaveLength(1);
    expect(posted[0].log()).toContain(`digest for ${fireAt.toISOString()} posted to ${MARKETING}`);

    for (const { child } of children) child.kill('SIGTERM');
    await Promise.all(children.map(({ child }) => (child.exitCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r)))));
    const store = await openStore({ dataDir: path.join(dir, 'data') });
    try {
      const rows = await store.digestPosts();
      expect(rows.map((p) => [p.period, p.state, p.attempts])).toEqual([[fireAt.toISOString(), 'posted', 1]]);
    } finally {
      await store.close();
    }
  }, 150_000);
});
