/**
 * The optional LLM reviewer: an OpenAI-compatible chat model asked for findings the rules missed.
 * It can only add: its findings are appended to the rules' and the decision is recomputed, so a
 * rule's `block` always stands. It asks through the shared LLM client's completeJson: output
 * validated with zod, one repair turn with the validation error. It sees campaign text, segment size and the
 * audience's parsed conditions, never a customer row.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { createChatClient, DEFAULT_RETRY_POLICY, type ChatClient, type ChatTurn, type LlmSettings } from '../llm/index.js';
import { ConfigError, ReviewError, err, ok, type Result } from '../errors.js';
import { readAudience, sensitiveHits } from './audience/conditions.js';
import { withoutShop } from './audience/shop.js';
import { normalizeText } from './normalize.js';
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

const repair = (problems: string) => `That answer did not validate: ${problems.split('\n').join('; ')}. Answer again with the JSON object only.`;

/**
 * Takes the shared LLM client (or settings, from which it builds one). Loads the prompt now, so a
 * missing file fails at start-up rather than mid-review.
 */
export function createLlmReviewer(llm: ChatClient | LlmSettings, promptPath = PROMPT_PATH): LlmReviewer {
  let system: string;
  try {
    system = readFileSync(promptPath, 'utf8');
  } catch {
    throw new ConfigError('PROMPT_MISSING', `LLM review prompt ${promptPath} cannot be read. Restore it from the repository.`);
  }
  const client = 'completeJson' in llm ? llm : createChatClient(llm, { maxRetries: llm.maxRetries, ...DEFAULT_RETRY_POLICY });

  return {
    async review(campaign, rules) {
      const input = {
        persona: campaign.persona,
        segment_size: campaign.segment_stats?.size,
        campaign: { channel: campaign.campaign.channel, audience: campaign.campaign.audience, message: campaign.campaign.message, offer: campaign.campaign.offer },
        // The audience as the rules read it: conditions (attribute, comparison, threshold, window, change, sensitive categories) and its kind.
        audience: audienceForLlm(campaign),
        rule_findings: rules.findings.map((f) => ({ code: f.code, severity: f.severity, evidence: f.evidence })),
      };
      const turns: ChatTurn[] = [
        { role: 'system', content: system },
        { role: 'user', content: JSON.stringify(input) },
      ];
      const answer = await client.completeJson(LlmFindings, turns, { label: `review ${campaign.id}`, repair });
      if (!answer.ok) {
        const e = answer.error;
        if (e.code === 'INVALID_JSON' || e.code === 'SCHEMA_MISMATCH') {
          return err(new ReviewError('LLM_OUTPUT_INVALID', `the LLM reviewer's answer did not validate twice (${e.detail}); only the rules' findings are used.`));
        }
        return err(new ReviewError('LLM_FAILED', `the LLM reviewer failed (${e.detail}); only the rules' findings are used.`));
      }
      const known = new Set(rules.findings.map((f) => f.code));
      const added: Finding[] = answer.value.value.findings.filter((f) => !known.has(f.code)).map((f) => ({ ...f, rule: 'LLM' }));
      const findings = [...rules.findings, ...added];
      return ok({ id: rules.id, decision: decide(findings), findings });
    },
  };
}

function audienceForLlm(c: CampaignForReview) {
  // The same reading the rules judged: the sending shop is no condition (audience/shop.ts).
  const shop = withoutShop(c.campaign.audience, (words) => sensitiveHits(normalizeText(words)).length > 0);
  const reading = readAudience(shop.audience, c.persona ?? '');
  return {
    kind: reading.kind,
    ...(shop.shops.length ? { sender: shop.shops } : {}),
    conditions: reading.conditions.map((x) => ({
      source: x.source,
      text: x.text,
      attribute: x.attribute,
      ...(x.comparison ? { comparison: x.comparison, threshold: x.threshold } : {}),
      ...(x.window ? { window: x.window } : {}),
      change: x.change,
      declared: x.declared,
      sensitive: x.sensitive.map((h) => `${h.category} ("${h.term}")`),
    })),
  };
}
