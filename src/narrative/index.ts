/**
 * Personas and campaign recommendations from a SegmentationResult: the LLM narrator (grounded,
 * private, cached) and the offline narrator it falls back to.
 */
import path from 'node:path';
import type { Config } from '../config.js';
import { fileAnswerCache } from './cache.js';
import { createChatClient, type RetryPolicy } from './llm/client.js';
import { LlmNarrator } from './llm/narrator.js';
import { OfflineNarrator, type Narrator } from './narrator.js';
import { DEFAULT_MIN_SEGMENT_SIZE } from './payload.js';
import { loadPrompts } from './prompts.js';

export type { Narrator } from './narrator.js';
export { OfflineNarrator, OFFLINE_VERSION } from './narrator.js';
export * from './schema.js';
export { buildNarrativePayload, segmentRequestPayload, CAMPAIGN_RULES, DEFAULT_MIN_SEGMENT_SIZE, MIN_VALUE_CUSTOMERS } from './payload.js';
export type { NarrativePayload, PayloadSegment, PayloadFeature, PayloadValue, CampaignRules, SegmentRequestPayload } from './payload.js';
export { checkGrounding, describeGroundingIssues, type GroundingIssue, type GroundingReport } from './grounding.js';
export { loadPrompts, PROMPT_NAMES, type Prompts, type PromptName } from './prompts.js';
export { renderNarrativeMarkdown, renderNarrativeHtml } from './render.js';
export { narrativeSections, campaignsForReview, type CampaignBadge, type CampaignReviewInput } from './sections.js';
export { cleanUntrusted } from './untrusted.js';

export interface CreateNarratorOptions {
  /** null = offline. */
  llm: Config['llm'];
  promptsDir: string;
  /** Where LLM answers are cached; default `<SEGBOT_DATA_DIR>/llm-cache` (SEGBOT_DATA_DIR defaults to .segbot). */
  cacheDir?: string;
  minSegmentSize?: number;
  log?: (line: string) => void;
  /** Segments asked at the same time (default 2). */
  concurrency?: number;
  /** Backoff between retries; tests shorten it. Default: 1 s doubling, at most 30 s per wait. */
  retry?: Partial<Omit<RetryPolicy, 'maxRetries'>>;
}

/**
 * The LLM narrator when an endpoint is configured (prompts are then loaded and checked now, so a
 * bad prompt file stops start-up), the offline narrator otherwise.
 */
export async function createNarrator(options: CreateNarratorOptions): Promise<Narrator> {
  const minSegmentSize = options.minSegmentSize ?? DEFAULT_MIN_SEGMENT_SIZE;
  if (!options.llm) return new OfflineNarrator(minSegmentSize);
  const log = options.log ?? (() => {});
  const prompts = loadPrompts(options.promptsDir);
  const cacheDir = options.cacheDir ?? path.resolve(process.env.SEGBOT_DATA_DIR ?? '.segbot', 'llm-cache');
  const policy: RetryPolicy = { maxRetries: options.llm.maxRetries, baseDelayMs: options.retry?.baseDelayMs ?? 1000, maxDelayMs: options.retry?.maxDelayMs ?? 30_000 };
  const client = createChatClient(options.llm, policy, log);
  log(`llm: narrator on ${options.llm.baseURL ?? 'the default OpenAI endpoint'}, model ${options.llm.model}, prompts ${prompts.version}`);
  // LangChain sends every prompt to LangSmith when tracing is on: aggregates only, but a second destination all the same.
  if (process.env.LANGSMITH_TRACING === 'true' || process.env.LANGCHAIN_TRACING_V2 === 'true') {
    log('llm: warning: LangSmith tracing is on (LANGSMITH_TRACING / LANGCHAIN_TRACING_V2), so the aggregate payloads also go to LangSmith. Unset it to keep them on this endpoint only.');
  }
  return new LlmNarrator({ client, prompts, cache: fileAnswerCache(cacheDir), minSegmentSize, concurrency: options.concurrency ?? 2, log });
}
export { formatNumber, formatShare, formatAmount, formatMeasure } from './format.js';
