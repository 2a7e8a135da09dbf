/**
 * Runs one segbot command inside the test process: the real command code on a real store, only
 * without the cost of starting Node and compiling the whole CLI per call (seconds on a busy
 * machine). The end-to-end spawn tests cover the binary itself.
 */
import { Command, CommanderError } from 'commander';
import { vi } from 'vitest';
import { reportCliError } from '../../src/cli/output.js';
import type { CliRun } from '../helpers/cli.js';

export async function runCommand(register: (program: Command) => void, args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const program = new Command('segbot').exitOverride();
  register(program);
  program.commands.forEach(function override(c: Command) {
    c.exitOverride();
    c.commands.forEach(override);
  });
  let stdout = '';
  let stderr = '';
  program.configureOutput({ writeOut: (s) => (stdout += s), writeErr: (s) => (stderr += s) });
  program.commands.forEach(function capture(c: Command) {
    c.configureOutput({ writeOut: (s) => (stdout += s), writeErr: (s) => (stderr += s) });
    c.commands.forEach(capture);
  });
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  const saved = { ...process.env };
  for (const k of Object.keys(process.env)) if (k.startsWith('SEGBOT_') || k === 'DATABASE_URL' || k.startsWith('OPENAI_')) delete process.env[k];
  Object.assign(process.env, env);
  process.exitCode = undefined;
  let code: number;
  try {
    await program.parseAsync(['node', 'segbot', ...args]);
    code = Number(process.exitCode ?? 0);
  } catch (e) {
    code = e instanceof CommanderError ? e.exitCode : reportCliError(e, false);
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.env = saved;
    process.exitCode = undefined;
  }
  const lines = stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as unknown);
  return { code, stdout, stderr, lines };
}
