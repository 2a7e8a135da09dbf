/**
 * Turns the model's text for one segment into a checked answer: JSON, then the zod schema, then
 * the grounding check. Each failure is a list of plain-language problems that the repair prompt
 * sends back to the model.
 */
import { checkGrounding, describeGroundingIssues } from '../grounding.js';
import type { SegmentRequestPayload } from '../payload.js';
import { LlmSegmentAnswer, type NarrativeSegment } from '../schema.js';
import { BASELINE_LIFT } from '../schema.js';

/**
 * `problems` goes back to the model in the repair turn and may quote its own words; `summary`
 * is what gets published as a fallback reason, so it never repeats an offending value.
 */
export type AnswerCheck =
  | { ok: true; answer: LlmSegmentAnswer }
  | { ok: false; stage: 'json' | 'schema' | 'grounding'; problems: string; summary: string };

/** Every text field of an answer, by path, for the grounding check. */
export function answerTexts(answer: LlmSegmentAnswer): Record<string, string> {
  const texts: Record<string, string> = {
    'persona.name': answer.persona.name,
    'persona.portrait': answer.persona.portrait,
    'persona.buyingBehaviour': answer.persona.buyingBehaviour,
  };
  answer.persona.values.forEach((v, i) => (texts[`persona.values[${i}]`] = v));
  answer.campaigns.forEach((c, i) => {
    for (const field of ['goal', 'channel', 'audience', 'offer', 'message', 'kpi'] as const) texts[`campaigns[${i}].${field}`] = c[field];
    texts[`campaigns[${i}].abTest.design`] = c.abTest.design;
    texts[`campaigns[${i}].abTest.successMetric`] = c.abTest.successMetric;
  });
  return texts;
}

function numericFieldProblems(answer: LlmSegmentAnswer, payload: SegmentRequestPayload): string[] {
  const rules = payload.campaignRules;
  const problems: string[] = [];
  answer.campaigns.forEach((c, i) => {
    if (!rules.holdoutShares.includes(c.abTest.holdoutShare)) {
      problems.push(`campaigns[${i}].abTest.holdoutShare: ${c.abTest.holdoutShare} is not one of campaignRules.holdoutShares (${rules.holdoutShares.join(', ')})`);
    }
    const mde = c.abTest.minimumDetectableEffect;
    if (mde !== undefined && !rules.minimumDetectableEffects.includes(mde)) {
      problems.push(`campaigns[${i}].abTest.minimumDetectableEffect: ${mde} is not one of campaignRules.minimumDetectableEffects (${rules.minimumDetectableEffects.join(', ')})`);
    }
  });
  return problems;
}

export function checkAnswer(text: string, payload: SegmentRequestPayload): AnswerCheck {
  let json: unknown;
  try {
    json = JSON.parse(text.trim().replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch (e) {
    return { ok: false, stage: 'json', problems: `The answer is not valid JSON (${(e as Error).message}). Answer with one JSON object only.`, summary: 'the answer is not valid JSON' };
  }
  const parsed = LlmSegmentAnswer.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 12).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '(root)'))].slice(0, 5);
    return { ok: false, stage: 'schema', problems: lines.join('\n'), summary: `the answer does not match the schema at ${fields.join(', ')}` };
  }
  const grounding = checkGrounding(answerTexts(parsed.data), payload);
  const numeric = numericFieldProblems(parsed.data, payload);
  if (!grounding.ok || numeric.length > 0) {
    const problems = [describeGroundingIssues(grounding.issues), ...numeric].filter(Boolean).join('\n');
    const fields = [...new Set(grounding.issues.map((i) => i.field)), ...numeric.map((n) => n.split(':')[0])].slice(0, 5);
    return { ok: false, stage: 'grounding', problems, summary: `ungrounded numbers or contact details in ${fields.join(', ')}` };
  }
  return { ok: true, answer: parsed.data };
}

/** The answer as a Narrative segment: ids, keys and the baseline are ours, not the model's. */
export function toNarrativeSegment(answer: LlmSegmentAnswer, payload: SegmentRequestPayload): NarrativeSegment {
  const s = payload.segment;
  return {
    segmentId: s.id,
    segmentKey: s.key,
    segmentName: s.name,
    segmentSize: s.size,
    source: 'llm',
    persona: answer.persona,
    campaigns: answer.campaigns.map((c, i) => ({ ...c, id: `${s.key}-c${i + 1}`, abTest: { ...c.abTest, baselineLift: BASELINE_LIFT } })),
  };
}
