/**
 * The optional LLM reviewer: an OpenAI-compatible chat model asked for findings the rules missed.
 * It can only add: its findings are appended to the rules' and the decision is recomputed, so a
 * rule's `block` always stands. Output is validated with zod; one repair retry sends the
 * validation error back. It sees campaign text and segment size, never a customer row.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ChatOpenAI } from '@langchain/openai';
import { z } from 'zod';
import type { Config } from '../config.js';
import { ConfigError, ReviewError, err, ok, type Result } from '../errors.js';
import { Category, Severity, decide, type CampaignForReview, type Finding, type ReviewDecision } from './types.js';

const LlmFindings = z.object({
  findings: z.array(
    z.object({
      code: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'code must be UPPER_SNAKE_CASE'),
      severity: Severity,
      category: Category,
      evidence: z.string().min(1),
    }),
  ),
});

export interface LlmReviewer {
  /** Adds the model's findings to `rules`; on any LLM failure returns an error and the caller keeps `rules`. */
  review(campaign: CampaignForReview, rules: ReviewDecision): Promise<Result<ReviewDecision, ReviewError>>;
}

const PROMPT_PATH = fileURLToPath(new URL('./prompts/llm-review.md', import.meta.url));

/** Loads the prompt now, so a missing file fails at start-up rather than mid-review. */
export function createLlmReviewer(llm: NonNullable<Config['llm']>, promptPath = PROMPT_PATH): LlmReviewer {
  let system: string;
  try {
    system = readFileSync(promptPath, 'utf8');
  } catch {
    throw new ConfigError('PROMPT_MISSING', `LLM review prompt ${promptPath} cannot be read. Restore it from the repository.`);
  }
  const model = new ChatOpenAI({
    model: llm.model,
    apiKey: llm.apiKey ?? 'no-key', // local OpenAI-compatible servers accept any key
    configuration: llm.baseURL ? { baseURL: llm.baseURL } : undefined,
    timeout: llm.timeoutMs,
    maxRetries: llm.maxRetries,
    temperature: 0,
  });

  async function ask(messages: [string, string][]): Promise<string> {
    const reply = await model.invoke(messages, { response_format: { type: 'json_object' } });
    return typeof reply.content === 'string' ? reply.content : JSON.stringify(reply.content);
  }

  return {
    async review(campaign, rules) {
      const input = {
        persona: campaign.persona,
        segment_size: campaign.segment_stats?.size,
        campaign: { channel: campaign.campaign.channel, audience: campaign.campaign.audience, message: campaign.campaign.message, offer: campaign.campaign.offer },
        rule_findings: rules.findings.map((f) => ({ code: f.code, severity: f.severity, evidence: f.evidence })),
      };
      const messages: [string, string][] = [['system', system], ['human', JSON.stringify(input)]];
      try {
        let text = await ask(messages);
        let parsed = parseFindings(text);
        if (!parsed.success) {
          messages.push(['ai', text], ['human', `That answer did not validate: ${parsed.error}. Answer again with the JSON object only.`]);
          text = await ask(messages);
          parsed = parseFindings(text);
        }
        if (!parsed.success) return err(new ReviewError('LLM_OUTPUT_INVALID', `the LLM reviewer's answer did not validate twice (${parsed.error}); only the rules' findings are used.`));
        const known = new Set(rules.findings.map((f) => f.code));
        const added: Finding[] = parsed.data.findings.filter((f) => !known.has(f.code)).map((f) => ({ ...f, rule: 'LLM' }));
        const findings = [...rules.findings, ...added];
        return ok({ id: rules.id, decision: decide(findings), findings });
      } catch (e) {
        return err(new ReviewError('LLM_FAILED', `the LLM reviewer failed (${e instanceof Error ? e.message : String(e)}); only the rules' findings are used.`));
      }
    },
  };
}

function parseFindings(text: string): { success: true; data: z.infer<typeof LlmFindings> } | { success: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch {
    return { success: false, error: 'not JSON' };
  }
  const result = LlmFindings.safeParse(json);
  return result.success ? { success: true, data: result.data } : { success: false, error: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
}
