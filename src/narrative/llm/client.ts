/**
 * One chat completion in JSON mode through LangChain's ChatOpenAI against any OpenAI-compatible
 * endpoint, with our own bounded retries: exponential backoff on 429, 5xx, timeouts and
 * connection errors, honouring Retry-After. The client's own retries are off so that the
 * count and the waits are ours and visible in the log.
 */
import { ChatOpenAI } from '@langchain/openai';
import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import type { Config } from '../../config.js';
import type { TokenUsage } from '../schema.js';

export type ChatTurn = { role: 'system' | 'user' | 'assistant'; content: string };
export interface Completion { text: string; tokens: TokenUsage }
export type CompletionResult = { ok: true; value: Completion } | { ok: false; reason: string; transport: boolean };

export interface ChatClient {
  readonly model: string;
  complete(turns: ChatTurn[]): Promise<CompletionResult>;
}

export interface RetryPolicy {
  maxRetries: number;
  /** First backoff; doubles each retry. */
  baseDelayMs: number;
  /** Upper bound for any one wait, including a server's Retry-After. */
  maxDelayMs: number;
}

const RETRYABLE_STATUS = new Set([408, 409, 429, 500, 502, 503, 504]);

function toMessages(turns: ChatTurn[]): BaseMessage[] {
  return turns.map((t) => (t.role === 'system' ? new SystemMessage(t.content) : t.role === 'user' ? new HumanMessage(t.content) : new AIMessage(t.content)));
}

interface ErrorFacts { retryable: boolean; retryAfterMs?: number; description: string }

function describeError(e: unknown): ErrorFacts {
  const error = e as { status?: number; name?: string; message?: string; headers?: { get?: (n: string) => string | null } | Record<string, string> };
  const status = typeof error?.status === 'number' ? error.status : undefined;
  const header = error?.headers && typeof (error.headers as { get?: unknown }).get === 'function'
    ? (error.headers as { get: (n: string) => string | null }).get('retry-after')
    : (error?.headers as Record<string, string> | undefined)?.['retry-after'];
  const seconds = header !== null && header !== undefined && header !== '' ? Number(header) : NaN;
  const retryAfterMs = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
  const firstLine = String(error?.message ?? e).split('\n')[0].slice(0, 200);
  if (status !== undefined) return { retryable: RETRYABLE_STATUS.has(status), retryAfterMs, description: `HTTP ${status}: ${firstLine}` };
  const name = error?.name ?? '';
  if (/timeout/i.test(name) || /timed? ?out/i.test(firstLine)) return { retryable: true, description: `timed out: ${firstLine}` };
  if (/connection/i.test(name) || /ECONNREFUSED|ECONNRESET|socket|fetch failed|Connection error/i.test(firstLine)) {
    return { retryable: true, description: `connection failed: ${firstLine}` };
  }
  return { retryable: false, description: firstLine || 'unknown error' };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createChatClient(llm: NonNullable<Config['llm']>, policy: RetryPolicy, log: (line: string) => void): ChatClient {
  const model = new ChatOpenAI({
    model: llm.model,
    // Local OpenAI-compatible servers need no key, but the client insists on one.
    apiKey: llm.apiKey ?? 'no-key',
    configuration: { baseURL: llm.baseURL },
    timeout: llm.timeoutMs,
    maxRetries: 0,
    temperature: 0,
    useResponsesApi: false,
  });
  return {
    model: llm.model,
    async complete(turns) {
      let last: ErrorFacts = { retryable: false, description: 'not attempted' };
      for (let attempt = 0; attempt <= policy.maxRetries; attempt++) {
        try {
          const message = await model.invoke(toMessages(turns), { response_format: { type: 'json_object' } });
          const text = typeof message.content === 'string' ? message.content : message.content.map((p) => ('text' in p ? String(p.text) : '')).join('');
          const usage = message.usage_metadata;
          const tokens = { prompt: usage?.input_tokens ?? 0, completion: usage?.output_tokens ?? 0, total: usage?.total_tokens ?? 0 };
          return { ok: true, value: { text, tokens } };
        } catch (e) {
          last = describeError(e);
          if (!last.retryable || attempt === policy.maxRetries) break;
          const delay = Math.min(policy.maxDelayMs, last.retryAfterMs ?? policy.baseDelayMs * 2 ** attempt);
          log(`llm: ${last.description}; retry ${attempt + 1}/${policy.maxRetries} in ${delay} ms`);
          await sleep(delay);
        }
      }
      return { ok: false, reason: last.description, transport: last.retryable };
    },
  };
}
