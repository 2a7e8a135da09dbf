/** Running each side of the benchmark in its own process, and making sure the reference can run. */
import { spawn, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { StageTimes } from './stages.js';

export const PYTHON = '/usr/bin/python3';

export interface SideResult {
  rowsRead: number;
  rowsKept: number;
  customers: number;
  stages: StageTimes;
  inertia: Record<string, number | null>;
  silhouette: Record<string, number | null>;
  maxRssKb: number;
  /** Wall clock of the whole child process, start-up and imports included. */
  wallSeconds: number;
  /** When the side ran several times: every run's wall clock, in run order (this result is the median one). */
  allWallSeconds?: number[];
}

/** Runs a child that prints one JSON object on stdout; its stderr passes through. */
export function runSide(command: string, args: string[], cwd: string): Promise<SideResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallSeconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} exited with ${code}`));
      const line = stdout.trim().split('\n').pop() ?? '';
      try {
        resolve({ ...(JSON.parse(line) as Omit<SideResult, 'wallSeconds'>), wallSeconds });
      } catch {
        reject(new Error(`${command} printed no JSON result: ${stdout.slice(-500)}`));
      }
    });
  });
}

const hasReferenceLibraries = () => spawnSync(PYTHON, ['-c', 'import pandas, sklearn'], { stdio: 'ignore' }).status === 0;

/** pandas + scikit-learn from Debian's packages, installed with apt-get when missing (as root). */
export function ensureReference(): void {
  if (hasReferenceLibraries()) return;
  process.stderr.write('bench: installing python3-pandas and python3-sklearn with apt-get (the reference pipeline needs them)…\n');
  const apt = (args: string[]) => spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', 'python3-pandas', 'python3-sklearn']);
  if (!hasReferenceLibraries()) {
    throw new Error(`${PYTHON} cannot import pandas and scikit-learn. Install them with: sudo apt-get install python3-pandas python3-sklearn (or run with --sides segbot).`);
  }
}

/** Busy and total CPU ticks since boot, from /proc/stat (Linux). */
async function cpuTicks(): Promise<{ busy: number; total: number } | null> {
  try {
    const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0];
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = ticks[3] + (ticks[4] ?? 0);
    const total = ticks.reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/**
 * Waits (at most maxSeconds) until the machine has been at least 90% idle for a whole second, so a
 * side's time is not inflated by the previous side's tail (page-cache writeback, Postgres
 * checkpoints) or by other work. Says so when it gives up.
 */
export async function waitForQuiet(maxSeconds = 60): Promise<void> {
  const deadline = performance.now() + maxSeconds * 1000;
  while (performance.now() < deadline) {
    const a = await cpuTicks();
    await new Promise((r) => setTimeout(r, 1000));
    const b = await cpuTicks();
    if (!a || !b) return;
    if ((b.busy - a.busy) / Math.max(1, b.total - a.total) <= 0.1) return;
  }
  process.stderr.write(`bench: the machine stayed busy for ${maxSeconds} s; timing anyway (figures will be high)\n`);
}
