/**
 * The one LLM client of Segbot: any OpenAI-compatible endpoint, JSON answers validated with zod
 * and repaired once, typed errors. The narrator, the LLM reviewer and question answering all
 * use it; nothing else talks to a model.
 */
export { createChatClient, defaultRepair, type ChatClient, type JsonAnswer, type JsonOptions } from './chat.js';
export { isTransportError, addTokens, NO_TOKENS, type CompleteOptions } from './client.js';
export { checkJson, type JsonCheck, type JsonProblem, type JsonStage } from './json.js';
export { loadPromptSet, type PromptSet } from './prompts.js';
export { DEFAULT_RETRY_POLICY, type ChatTurn, type Completion, type LlmSettings, type RetryPolicy, type TokenCount } from './types.js';
export { LlmError, LLM_ERRORS, type LlmErrorCode, type LlmErrorFacts } from '../errors.js';
