/**
 * createChatClient: one object per endpoint, built once and handed to every user (narrator,
 * reviewer, question answering). `completeJson` validates the answer against a zod schema and
 * the caller's check, and on failure asks once more with the problems in the prompt.
 */
import type { z } from 'zod';
import { LlmError, err, ok, type LlmErrorCode, type Result } from '../errors.js';
import { addTokens, completeWithRetries, type CompleteOptions } from './client.js';
import { checkJson, type JsonProblem } from './json.js';
import type { ChatTurn, Completion, LlmSettings, RetryPolicy, TokenCount } from './types.js';

export interface JsonOptions<T> extends CompleteOptions {
  /** A check after the schema (e.g. grounding): the problems, or null when the value is fine. */
  check?: (value: T) => JsonProblem | null;
  /** The user turn of the repair, built from the problems. Default: a plain instruction. */
  repair?: (problems: string) => string;
  /** Names the request in log lines, e.g. a segment key. */
  label?: string;
}

export interface JsonAnswer<T> {
  value: T;
  /** The model's text of the accepted answer. */
  text: string;
  /** Tokens of every attempt. */
  tokens: TokenCount;
  repaired: boolean;
}

export interface ChatClient {
  readonly model: string;
  /** One chat completion in JSON mode, with retries on transport failures. */
  complete(turns: ChatTurn[], options?: CompleteOptions): Promise<Result<Completion, LlmError>>;
  /** A validated JSON answer, after at most one repair turn. */
  completeJson<T>(schema: z.ZodType<T>, turns: ChatTurn[], options?: JsonOptions<T>): Promise<Result<JsonAnswer<T>, LlmError>>;
}

export const defaultRepair = (problems: string) => `Your answer did not validate:\n${problems}\nAnswer again with one corrected JSON object only.`;

const STAGE_CODES: Record<string, LlmErrorCode> = { json: 'INVALID_JSON', schema: 'SCHEMA_MISMATCH' };

// Logs may be shared: a contact detail the model invented is not repeated there.
function redactContacts(text: string): string {
  return text.replace(/[^\s@"]+@[^\s@"]+\.[a-z]{2,}/gi, '[email redacted]');
}

export function createChatClient(settings: LlmSettings, policy: RetryPolicy, log: (line: string) => void = () => {}): ChatClient {
  const complete = (turns: ChatTurn[], options?: CompleteOptions) => completeWithRetries(settings, policy, log, turns, options);
  return {
    model: settings.model,
    complete,
    async completeJson<T>(schema: z.ZodType<T>, turns: ChatTurn[], options: JsonOptions<T> = {}): Promise<Result<JsonAnswer<T>, LlmError>> {
      const label = options.label ? `${options.label} ` : '';
      const first = await complete(turns, options);
      if (!first.ok) return first;
      let tokens = first.value.tokens;
      log(`llm: ${label}answered (${first.value.tokens.total} tokens)`);
      const firstCheck = checkJson(first.value.text, schema, options.check);
      if (firstCheck.ok) return ok({ value: firstCheck.value, text: first.value.text, tokens, repaired: false });

      log(`llm: ${label}answer failed the ${firstCheck.stage} check (${firstCheck.summary}); asking once for a repair`);
      const repairTurns: ChatTurn[] = [
        ...turns,
        { role: 'assistant', content: first.value.text },
        { role: 'user', content: (options.repair ?? defaultRepair)(firstCheck.problems) },
      ];
      const second = await complete(repairTurns, options);
      if (!second.ok) {
        const { code, detail, facts } = second.error;
        return err(new LlmError(code, detail, { ...facts, tokens, failedCheck: { stage: firstCheck.stage, summary: firstCheck.summary } }));
      }
      tokens = addTokens(tokens, second.value.tokens);
      log(`llm: ${label}repair answered (${second.value.tokens.total} tokens)`);
      const secondCheck = checkJson(second.value.text, schema, options.check);
      if (secondCheck.ok) return ok({ value: secondCheck.value, text: second.value.text, tokens, repaired: true });
      log(`llm: ${label}repair failed the ${secondCheck.stage} check:\n${redactContacts(secondCheck.problems)}`);
      return err(new LlmError(STAGE_CODES[secondCheck.stage] ?? 'CHECK_FAILED', secondCheck.summary, { stage: secondCheck.stage, tokens }));
    },
  };
}
