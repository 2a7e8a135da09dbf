/** The LLM client's vocabulary: settings, turns, completions, retry policy. */
import type { Config } from '../config.js';

/** An OpenAI-compatible endpoint, as parsed by src/config.ts. */
export type LlmSettings = NonNullable<Config['llm']>;

export type ChatTurn = { role: 'system' | 'user' | 'assistant'; content: string };

export interface TokenCount {
  prompt: number;
  completion: number;
  total: number;
}

export interface Completion {
  text: string;
  tokens: TokenCount;
}

export interface RetryPolicy {
  /** Retries after a transport failure (429, 5xx, timeout, connection). */
  maxRetries: number;
  /** First backoff; doubles each retry. */
  baseDelayMs: number;
  /** Upper bound for any one wait, including a server's Retry-After. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: Omit<RetryPolicy, 'maxRetries'> = { baseDelayMs: 1000, maxDelayMs: 30_000 };
