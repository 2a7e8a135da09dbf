/**
 * Personas and campaign recommendations from a SegmentationResult: the LLM narrator (grounded,
 * private, cached) and the offline narrator it falls back to.
 */
import type { Config } from '../config.js';
import { createChatClient, DEFAULT_RETRY_POLICY, type ChatClient, type RetryPolicy } from '../llm/index.js';
import { fileAnswerCache, noAnswerCache } from './cache.js';
import { LlmNarrator } from './llm/narrator.js';
import { OfflineNarrator, type Narrator } from './narrator.js';
import { DEFAULT_MIN_SEGMENT_SIZE } from './payload.js';
import { loadPrompts } from './prompts.js';

export type { Narrator } from './narrator.js';
export { OfflineNarrator, OFFLINE_VERSION } from './narrator.js';
export * from './schema.js';
export { buildNarrativePayload, segmentRequestPayload, segmentProfile, PROFILE_MIN_Z, CAMPAIGN_RULES, DEFAULT_MIN_SEGMENT_SIZE, MIN_VALUE_CUSTOMERS } from './payload.js';
export type { NarrativePayload, PayloadSegment, PayloadFeature, PayloadValue, CampaignRules, SegmentRequestPayload } from './payload.js';
export { checkGrounding, describeGroundingIssues, type GroundingIssue, type GroundingReport } from './grounding.js';
export { loadPrompts, PROMPT_NAMES, type Prompts, type PromptName } from './prompts.js';
export { renderNarrativeMarkdown, renderNarrativeHtml } from './render.js';
export { narrativeSections, campaignsForReview, type CampaignBadge, type CampaignReviewInput } from './sections.js';
export { cleanUntrusted } from './untrusted.js';
export { readableLabel } from './labels.js';
export { formatNumber, formatShare, formatAmount, formatMeasure } from './format.js';

export interface CreateNarratorOptions {
  /** null = offline. */
  llm: Config['llm'];
  promptsDir: string;
  /** The shared LLM client (built once by the services); when absent, one is built from `llm`. */
  client?: ChatClient;
  /** Where LLM answers are cached (the services pass `<dataDir>/llm-cache`); absent = no cache. */
  cacheDir?: string;
  minSegmentSize?: number;
  log?: (line: string) => void;
  /** Segments asked at the same time (default 2). */
  concurrency?: number;
  /** Backoff between retries when the client is built here; tests shorten it. Default: 1 s doubling, at most 30 s per wait. */
  retry?: Partial<Omit<RetryPolicy, 'maxRetries'>>;
}

/**
 * The LLM narrator when an endpoint is configured (prompts are then loaded and checked now, so a
 * bad prompt file stops start-up), the offline narrator otherwise. Reads no environment: every
 * setting comes in through the options.
 */
export async function createNarrator(options: CreateNarratorOptions): Promise<Narrator> {
  const minSegmentSize = options.minSegmentSize ?? DEFAULT_MIN_SEGMENT_SIZE;
  if (!options.llm) return new OfflineNarrator(minSegmentSize);
  const log = options.log ?? (() => {});
  const prompts = loadPrompts(options.promptsDir);
  const policy: RetryPolicy = { maxRetries: options.llm.maxRetries, ...DEFAULT_RETRY_POLICY, ...options.retry };
  const client = options.client ?? createChatClient(options.llm, policy, log);
  log(`llm: narrator on ${options.llm.baseURL ?? 'the default OpenAI endpoint'}, model ${client.model}, prompts ${prompts.version}`);
  const cache = options.cacheDir ? fileAnswerCache(options.cacheDir) : noAnswerCache;
  return new LlmNarrator({ client, prompts, cache, minSegmentSize, concurrency: options.concurrency ?? 2, log });
}
