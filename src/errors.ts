/**
 * Coded errors. A message names the input, what was wrong, and what to do.
 * Errors cross module boundaries as values (`Result`) where failure is expected
 * (parsing, LLM output), and as exceptions where it is a bug or stops the run.
 */
export type Result<T, E = SegbotError> = { ok: true; value: T } | { ok: false; error: E };
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

export abstract class SegbotError extends Error {
  abstract readonly kind: string;
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
  toJSON() {
    return { kind: this.kind, code: this.code, message: this.message, ...(Object.keys(this.details).length ? { details: this.details } : {}) };
  }
}

/** The user's data is unusable as given: wrong separator, missing columns, bad dates, empty file... */
export class DataError extends SegbotError {
  readonly kind = 'data';
}
/** An analysis step was asked for something it cannot do (k out of range, too few customers...). */
export class AnalysisError extends SegbotError {
  readonly kind = 'analysis';
}
/** A setting (flag, environment variable, prompt file) is missing or malformed. */
export class ConfigError extends SegbotError {
  readonly kind = 'config';
}
/** The LLM failed, timed out, or returned text that did not validate or was not grounded. */
export class NarrativeError extends SegbotError {
  readonly kind = 'narrative';
}
/** A review or approval action is not allowed (not a committee member, stale version, four-eyes...). */
export class ReviewError extends SegbotError {
  readonly kind = 'review';
}
/** Persistence failed (migration, connection, constraint). */
export class StoreError extends SegbotError {
  readonly kind = 'store';
}

export function isSegbotError(e: unknown): e is SegbotError {
  return e instanceof SegbotError;
}
