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

/**
 * Every way an LLM call can fail, each with what it means and what to do. A new failure mode is a
 * compile error until it has its entry here.
 */
export const LLM_ERRORS = {
  TIMEOUT: { message: 'the LLM endpoint did not answer in time', fix: 'Raise SEGBOT_LLM_TIMEOUT_MS or check that the endpoint is not overloaded.' },
  UNREACHABLE: { message: 'the LLM endpoint could not be reached', fix: 'Check OPENAI_BASE_URL and that the server is running and reachable from here.' },
  RATE_LIMITED: { message: 'the LLM endpoint refused the request for now (rate limit)', fix: 'Wait, lower the load, or raise SEGBOT_LLM_MAX_RETRIES so that Retry-After is waited out.' },
  SERVER_ERROR: { message: 'the LLM endpoint failed (server error)', fix: 'Retry later; if it persists, check the endpoint\'s own logs.' },
  AUTH: { message: 'the LLM endpoint refused the credentials', fix: 'Check OPENAI_API_KEY (and that the key may use SEGBOT_LLM_MODEL).' },
  REQUEST_REJECTED: { message: 'the LLM endpoint rejected the request', fix: 'Check SEGBOT_LLM_MODEL and that the endpoint speaks the OpenAI chat-completions API with JSON mode.' },
  BAD_RESPONSE: { message: 'the LLM endpoint answered with something that is not a chat completion', fix: 'Check that OPENAI_BASE_URL points at an OpenAI-compatible API (it usually ends in /v1).' },
  ABORTED: { message: 'the LLM request was cancelled', fix: 'Nothing to do: the caller stopped waiting.' },
  INVALID_JSON: { message: 'the model\'s answer was not valid JSON, even after one repair', fix: 'Use a model that supports JSON mode, or check the prompt.' },
  SCHEMA_MISMATCH: { message: 'the model\'s answer did not match the expected shape, even after one repair', fix: 'Use a stronger model, or check that the prompt describes the expected JSON.' },
  CHECK_FAILED: { message: 'the model\'s answer failed a content check (such as grounding), even after one repair', fix: 'Nothing to change in the set-up: the deterministic text is used instead.' },
} as const satisfies Record<string, { message: string; fix: string }>;
export type LlmErrorCode = keyof typeof LLM_ERRORS;

/** What is known about a failed LLM call beyond its code. */
export interface LlmErrorFacts {
  status?: number;
  /** For an answer that failed its checks: the check ('json', 'schema' or the caller's, e.g. 'grounding'). */
  stage?: string;
  /** Tokens spent before giving up. */
  tokens?: { prompt: number; completion: number; total: number };
  /** Set when the first answer failed a check and then the repair request itself failed. */
  failedCheck?: { stage: string; summary: string };
}

/** An LLM call that failed: `detail` says what happened in a few words (e.g. "HTTP 500: boom"). */
export class LlmError extends SegbotError {
  readonly kind = 'llm';
  declare readonly code: LlmErrorCode;
  constructor(
    code: LlmErrorCode,
    readonly detail: string,
    readonly facts: LlmErrorFacts = {},
  ) {
    super(code, `${LLM_ERRORS[code].message} (${detail}). ${LLM_ERRORS[code].fix}`, { ...facts });
  }
  /** What to do about it. */
  get fix(): string {
    return LLM_ERRORS[this.code].fix;
  }
}
