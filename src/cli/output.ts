import { isSegbotError } from '../errors.js';

/** Prints an error for a person (or as JSON with --json) and returns the exit code. */
export function reportCliError(error: unknown, json: boolean): number {
  if (isSegbotError(error)) {
    if (json) process.stdout.write(JSON.stringify({ ok: false, error: error.toJSON() }) + '\n');
    else process.stderr.write(`segbot: ${error.message}\n`);
    return error.kind === 'config' ? 2 : 1;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  if (json) process.stdout.write(JSON.stringify({ ok: false, error: { kind: 'internal', message: String(error) } }) + '\n');
  process.stderr.write(`segbot: internal error (please report it): ${message}\n`);
  return 70;
}

/** Progress on stderr: one line per step start/end, never on stdout (which carries --json output). */
export function stderrProgress(quiet = false) {
  const started = new Map<string, number>();
  return {
    start(step: string) {
      started.set(step, Date.now());
      if (!quiet) process.stderr.write(`… ${step}\n`);
    },
    end(step: string, detail?: string) {
      const t = started.get(step);
      const secs = t === undefined ? '' : ` (${((Date.now() - t) / 1000).toFixed(1)} s)`;
      if (!quiet) process.stderr.write(`✓ ${step}${detail ? `: ${detail}` : ''}${secs}\n`);
    },
    info(message: string) {
      if (!quiet) process.stderr.write(`  ${message}\n`);
    },
  };
}
