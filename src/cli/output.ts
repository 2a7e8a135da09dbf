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

/**
 * One JSON line that is safe on a terminal: JSON.stringify escapes C0 controls but not C1
 * controls (0x9b starts an escape sequence on many terminals), bidi or zero-width characters.
 */
export function safeJsonLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}

/**
 * `segbot … | head -1`: the reader closed the pipe, so there is nobody to tell; end quietly
 * instead of an EPIPE stack trace.
 */
export function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}
