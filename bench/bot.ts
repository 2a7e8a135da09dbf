/**
 * The bot section of `npm run bench`: the real Slack app in HTTP mode against the stand-in on
 * loopback. Measures (1) the acknowledgement latency of 50 concurrent slash commands while a run
 * of the demo is in progress, against Slack's 3-second deadline and the 300 ms target, and (2) the
 * time from `/segment run demo` to the last post in its thread, against the same analysis run
 * directly (what `segbot analyze --narrate` does) in the same process, as the reference.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startSlackStandin, standinEnvironment } from '../src/slack-standin/index.js';
import { startLocalBot } from '../src/bot/index.js';
import { DEMO_PATH, runAnalysis } from '../src/runs/index.js';

export interface BotBench {
  ackP50Ms: number;
  ackP99Ms: number;
  ackMaxMs: number;
  commands: number;
  runToLastPostSeconds: number;
  directRunSeconds: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;

export async function benchBot(commands = 50): Promise<BotBench> {
  const dir = await mkdtemp(path.join(tmpdir(), 'segbot-bench-bot-'));
  const standin = await startSlackStandin({ logger: { debug() {}, info() {}, warn() {}, error() {} } });
  const local = await startLocalBot({ ...standinEnvironment(standin, 0), SEGBOT_DATA_DIR: path.join(dir, 'data') }, { log: () => {} });
  standin.setBotUrl(local.url);
  try {
    const started = performance.now();
    const run = await standin.sendSlashCommand({ user: 'U0MARKETER', channel: 'C0MARKETING', command: '/segment', text: 'run demo' });
    if (run.status !== 200) throw new Error(`/segment run demo answered ${run.status}`);
    const progress = await standin.waitForMessage('C0MARKETING', (m) => /Analy[sz]ing|waiting/.test(m.text), 10_000);
    // While the engine works: 50 slash commands at once.
    const replies = await Promise.all(Array.from({ length: commands }, (_, i) => standin.sendSlashCommand({ user: i % 2 ? 'U0MARKETER' : 'U0OUTSIDER', channel: 'C0MARKETING', command: '/segment', text: i % 3 ? 'help' : 'datasets' })));
    const ms = replies.map((r) => r.ms).sort((a, b) => a - b);
    await standin.waitForMessage('C0MARKETING', (m) => m.thread_ts === progress.ts && m.text === 'Campaigns', 600_000);
    await local.bot.idle();
    const runToLastPostSeconds = (performance.now() - started) / 1000;

    const t0 = performance.now();
    const out = await mkdtemp(path.join(dir, 'direct-'));
    await runAnalysis({ source: DEMO_PATH, outDir: out, narrate: true, requestedBy: 'U0BENCH' }, local.services.runDeps);
    const directRunSeconds = (performance.now() - t0) / 1000;
    return { ackP50Ms: percentile(ms, 50), ackP99Ms: percentile(ms, 99), ackMaxMs: ms[ms.length - 1] as number, commands, runToLastPostSeconds, directRunSeconds };
  } finally {
    await local.stop();
    await standin.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export function botTable(b: BotBench): string {
  const f = (n: number, d = 0) => n.toFixed(d);
  return [
    '| bot measure | value | reference | ratio |',
    '|---|---:|---:|---:|',
    `| acknowledgement p50 of ${b.commands} concurrent slash commands during a run | ${f(b.ackP50Ms)} ms | Slack's deadline 3,000 ms | ${(b.ackP50Ms / 3000).toFixed(3)} |`,
    `| acknowledgement p99 | ${f(b.ackP99Ms)} ms | target 300 ms | ${(b.ackP99Ms / 300).toFixed(2)} ${b.ackP99Ms < 300 ? '(met)' : '(missed)'} |`,
    `| acknowledgement max | ${f(b.ackMaxMs)} ms | Slack's deadline 3,000 ms | ${(b.ackMaxMs / 3000).toFixed(3)} |`,
    `| \`/segment run demo\` to the last post in its thread | ${f(b.runToLastPostSeconds, 1)} s | the same analysis run directly: ${f(b.directRunSeconds, 1)} s | ${(b.runToLastPostSeconds / b.directRunSeconds).toFixed(2)}× |`,
  ].join('\n');
}
