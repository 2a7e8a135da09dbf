/**
 * The one LLM client: chat completions in JSON mode against any OpenAI-compatible endpoint, over
 * plain HTTP (no SDK, so nothing else sees the prompts: no tracing service, no hidden retries).
 * Bounded retries with exponential backoff on 429, 5xx, timeouts and connection errors, honouring
 * Retry-After; every wait is in the log. Failures come back as typed LlmError values.
 */
import { LlmError, err, ok, type LlmErrorCode, type Result } from '../errors.js';
import type { ChatTurn, Completion, LlmSettings, RetryPolicy, TokenCount } from './types.js';

const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
// An answer longer than this is not a chat completion we asked for.
const MAX_RESPONSE_CHARS = 4_000_000;
const RETRYABLE: ReadonlySet<LlmErrorCode> = new Set(['TIMEOUT', 'UNREACHABLE', 'RATE_LIMITED', 'SERVER_ERROR']);

export interface CompleteOptions {
  /** Per-request timeout, overriding the settings' (a Slack answer cannot wait a minute). */
  timeoutMs?: number;
  /** Retries on transport failures, overriding the policy's. */
  maxRetries?: number;
  signal?: AbortSignal;
}

export const NO_TOKENS: TokenCount = { prompt: 0, completion: 0, total: 0 };
export const addTokens = (a: TokenCount, b: TokenCount): TokenCount => ({ prompt: a.prompt + b.prompt, completion: a.completion + b.completion, total: a.total + b.total });

/** True for failures of the endpoint (as opposed to the model's answer or the request itself). */
export function isTransportError(e: LlmError): boolean {
  return RETRYABLE.has(e.code);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function retryAfterMs(headers: Headers): number | undefined {
  const header = headers.get('retry-after');
  const seconds = header !== null && header !== '' ? Number(header) : NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

function httpError(status: number, body: string, headers: Headers): { error: LlmError; retryAfterMs?: number } {
  let text = body;
  try {
    const parsed = JSON.parse(body) as { error?: { message?: unknown } | string };
    const message = typeof parsed.error === 'string' ? parsed.error : parsed.error?.message;
    if (typeof message === 'string') text = message;
  } catch {
    // not JSON: keep the first line of the body
  }
  const detail = `HTTP ${status}: ${text.split('\n')[0].slice(0, 200) || 'no message'}`;
  const code: LlmErrorCode =
    status === 429 ? 'RATE_LIMITED' : status === 401 || status === 403 ? 'AUTH' : status === 408 || status === 409 || status >= 500 ? (status === 408 ? 'TIMEOUT' : 'SERVER_ERROR') : 'REQUEST_REJECTED';
  return { error: new LlmError(code, detail, { status }), retryAfterMs: retryAfterMs(headers) };
}

function thrownError(e: unknown, timeoutMs: number, signal?: AbortSignal): LlmError {
  const error = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (signal?.aborted) return new LlmError('ABORTED', 'cancelled by the caller');
  if (error?.name === 'TimeoutError' || error?.name === 'AbortError') return new LlmError('TIMEOUT', `timed out after ${timeoutMs} ms`);
  const cause = error?.cause?.code ?? error?.cause?.message;
  return new LlmError('UNREACHABLE', `connection failed: ${String(error?.message ?? e).split('\n')[0].slice(0, 200)}${cause ? ` (${cause})` : ''}`);
}

/** Reads a chat.completion body into text and token counts. */
function parseCompletion(body: string): Result<Completion, LlmError> {
  if (body.length > MAX_RESPONSE_CHARS) return err(new LlmError('BAD_RESPONSE', `the answer is ${body.length} characters long`));
  let json: { choices?: Array<{ message?: { content?: unknown } }>; usage?: { prompt_tokens?: number; completion_tokens?: number; total_tokens?: number } };
  try {
    json = JSON.parse(body);
  } catch {
    return err(new LlmError('BAD_RESPONSE', `the body is not JSON: ${body.slice(0, 80).replace(/\s+/g, ' ')}`));
  }
  const choice = Array.isArray(json?.choices) ? json.choices[0] : undefined;
  if (!choice || typeof choice !== 'object') return err(new LlmError('BAD_RESPONSE', 'the answer holds no choices'));
  const content = choice.message?.content;
  // A null content (a refusal, or a server that returns nothing) is an empty answer: the JSON check repairs it.
  const text = typeof content === 'string' ? content : Array.isArray(content) ? content.map((p: { text?: unknown }) => (typeof p?.text === 'string' ? p.text : '')).join('') : '';
  const usage = json.usage;
  const count = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.round(n) : 0);
  return ok({ text, tokens: { prompt: count(usage?.prompt_tokens), completion: count(usage?.completion_tokens), total: count(usage?.total_tokens) } });
}

/** One HTTP request, no retries. */
async function requestOnce(settings: LlmSettings, turns: ChatTurn[], timeoutMs: number, signal?: AbortSignal): Promise<{ result: Result<Completion, LlmError>; retryAfterMs?: number }> {
  const url = `${(settings.baseURL ?? DEFAULT_BASE_URL).replace(/\/+$/, '')}/chat/completions`;
  const timeout = AbortSignal.timeout(timeoutMs);
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (settings.apiKey) headers.authorization = `Bearer ${settings.apiKey}`;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ model: settings.model, messages: turns, temperature: 0, response_format: { type: 'json_object' } }),
      signal: signal ? AbortSignal.any([timeout, signal]) : timeout,
    });
    const body = await response.text();
    if (!response.ok) {
      const { error, retryAfterMs } = httpError(response.status, body, response.headers);
      return { result: err(error), retryAfterMs };
    }
    return { result: parseCompletion(body) };
  } catch (e) {
    return { result: err(thrownError(e, timeoutMs, signal)) };
  }
}

/** A chat completion with bounded retries on transport failures. */
export async function completeWithRetries(
  settings: LlmSettings,
  policy: RetryPolicy,
  log: (line: string) => void,
  turns: ChatTurn[],
  options: CompleteOptions = {},
): Promise<Result<Completion, LlmError>> {
  const maxRetries = options.maxRetries ?? policy.maxRetries;
  const timeoutMs = options.timeoutMs ?? settings.timeoutMs;
  for (let attempt = 0; ; attempt++) {
    const { result, retryAfterMs } = await requestOnce(settings, turns, timeoutMs, options.signal);
    if (result.ok || !isTransportError(result.error) || attempt >= maxRetries) return result;
    const delay = Math.min(policy.maxDelayMs, retryAfterMs ?? policy.baseDelayMs * 2 ** attempt);
    log(`llm: ${result.error.detail}; retry ${attempt + 1}/${maxRetries} in ${delay} ms`);
    await sleep(delay);
  }
}
