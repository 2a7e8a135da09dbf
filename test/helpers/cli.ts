/** Runs the real CLI (`node bin/segbot.js`) in a child process with a controlled environment. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/segbot.js', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  lines: unknown[];
}

export function runCli(args: string[], env: Record<string, string> = {}): CliRun {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SEGBOT_') && !['DATABASE_URL', 'OPENAI_API_KEY', 'OPENAI_BASE_URL'].includes(k)));
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...clean, ...env }, encoding: 'utf8', timeout: 240_000 });
  const lines = r.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as unknown);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines };
}
