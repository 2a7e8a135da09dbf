/**
 * The command a user runs, timed as a user runs it: `node bin/segbot.js analyze FILE --out DIR`
 * with its defaults (every model family, stability, charts, products, report), start-up included,
 * as a child process. Peak memory comes from `/usr/bin/time` when the machine has it, else from
 * polling the child's /proc/<pid>/status (VmHWM) every 50 ms.
 */
import { spawn } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';

export interface CommandResult {
  /** Wall clock of the whole child process, start-up included. */
  wallSeconds: number;
  maxRssKb: number;
  allWallSeconds?: number[];
}

const TIME = '/usr/bin/time';

async function vmHwmKb(pid: number): Promise<number> {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(await readFile(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs `node bin/segbot.js analyze input --out outDir` from root; rejects with its last stderr on
 * failure. fromSource: through tsx (SEGBOT_FROM_SOURCE=1), as before dist/ existed.
 */
export function runCommand(root: string, input: string, outDir: string, fromSource = false): Promise<CommandResult> {
  const segbot = [path.join(root, 'bin', 'segbot.js'), 'analyze', input, '--out', outDir];
  const timeFile = `${outDir}.time`;
  const useTime = existsSync(TIME);
  const [command, args] = useTime ? [TIME, ['-f', '%M', '-o', timeFile, process.execPath, ...segbot]] : [process.execPath, segbot];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, SEGBOT_FROM_SOURCE: fromSource ? '1' : '0' } });
    let stderr = '';
    let peak = 0;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-2000)));
    const poll = useTime ? null : setInterval(() => void vmHwmKb(child.pid!).then((kb) => (peak = Math.max(peak, kb))), 50);
    child.on('error', reject);
    child.on('close', (code) => {
      const wallSeconds = (performance.now() - started) / 1000;
      if (poll) clearInterval(poll);
      void (async () => {
        if (useTime) {
          const text = await readFile(timeFile, 'utf8').catch(() => '');
          peak = Number(text.trim().split('\n').pop()) || 0;
          await rm(timeFile, { force: true });
        }
        if (code !== 0) return reject(new Error(`segbot analyze ${input} exited with ${code}: ${stderr.trim()}`));
        resolve({ wallSeconds, maxRssKb: peak });
      })();
    });
  });
}

const secs = (s: number | undefined) => (s === undefined ? '—' : s < 10 ? s.toFixed(2) : s.toFixed(1));
const gb = (kb: number | undefined) => (kb === undefined ? '—' : `${(kb / 1024 ** 2).toFixed(2)} GB`);
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || !b ? '—' : `${(a / b).toFixed(2)}×`);

export interface CommandRow {
  name: string;
  customers?: number;
  command?: CommandResult;
  reference?: { wallSeconds: number; maxRssKb: number; allWallSeconds?: number[] };
}

/** The headline table: the real command against the reference, wall clock and peak memory. */
export function commandTable(rows: CommandRow[]): string {
  const lines = [
    '| data | customers | `segbot analyze` (defaults, start-up included) | reference | ratio | segbot peak | reference peak | every run (segbot; reference) |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of rows) {
    const runs = [r.command?.allWallSeconds, r.reference?.allWallSeconds].map((w) => (w ? w.map(secs).join(', ') : '—')).join('; ');
    lines.push(`| ${r.name} | ${r.customers?.toLocaleString('en-US') ?? '—'} | ${secs(r.command?.wallSeconds)} s | ${secs(r.reference?.wallSeconds)} s | **${ratio(r.command?.wallSeconds, r.reference?.wallSeconds)}** | ${gb(r.command?.maxRssKb)} | ${gb(r.reference?.maxRssKb)} | ${runs} |`);
  }
  return lines.join('\n');
}

/** Compiles src/ into dist/ as `npm ci` does (prepare), so the command runs the way a user's does. */
export function buildDist(root: string): void {
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('scripts/build.mjs failed: the command would run through tsx, not as installed.');
}
