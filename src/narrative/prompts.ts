/**
 * The narrator's prompts (prompts/system.md, persona.md, campaign.md, repair.md), each with a
 * version header, loaded once at start-up through the LLM client's prompt loader.
 */
import { loadPromptSet, type PromptSet } from '../llm/index.js';

export const PROMPT_NAMES = ['system', 'persona', 'campaign', 'repair'] as const;
export type PromptName = (typeof PROMPT_NAMES)[number];

/** `version` goes into the Narrative; `hash` into the answer cache key. */
export type Prompts = PromptSet<PromptName>;

/** Loads and checks the four prompt files from `dir`. Throws ConfigError naming the file. */
export function loadPrompts(dir: string): Prompts {
  return loadPromptSet(dir, PROMPT_NAMES, { placeholders: { repair: [{ token: '{{errors}}', what: 'the validation errors are' }] } });
}
