/**
 * Checks the model's answer for one segment: JSON and the zod schema (the LLM client's checks),
 * then grounding. Each failure is a list of plain-language problems that the repair prompt sends
 * back to the model.
 */
import { checkJson, type JsonCheck, type JsonProblem } from '../../llm/index.js';
import { checkGrounding, describeGroundingIssues } from '../grounding.js';
import type { ExperimentDesign } from '../experiment.js';
import { segmentProfile, type SegmentRequestPayload } from '../payload.js';
import { LlmSegmentAnswer, type NarrativeSegment } from '../schema.js';
import { BASELINE_LIFT } from '../schema.js';

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
  });
  return problems;
}

/** The grounding stage for the client's check: numbers, keys and contacts, and the A/B fields that must be rule values. */
export function groundingProblem(answer: LlmSegmentAnswer, payload: SegmentRequestPayload): JsonProblem | null {
  const grounding = checkGrounding(answerTexts(answer), payload);
  const numeric = numericFieldProblems(answer, payload);
  if (grounding.ok && numeric.length === 0) return null;
  const problems = [describeGroundingIssues(grounding.issues), ...numeric].filter(Boolean).join('\n');
  const fields = [...new Set(grounding.issues.map((i) => i.field)), ...numeric.map((n) => n.split(':')[0])].slice(0, 5);
  return { stage: 'grounding', problems, summary: `ungrounded numbers or contact details in ${fields.join(', ')}` };
}

/** JSON, then the zod schema, then grounding: what the narrator accepts from the model or from its cache. */
export function checkAnswer(text: string, payload: SegmentRequestPayload): JsonCheck<LlmSegmentAnswer> {
  return checkJson(text, LlmSegmentAnswer, (answer) => groundingProblem(answer, payload));
}

/** The engine's detectable effect moved to another holdout share: it scales with √(1/treated + 1/held out). */
function scaledEffect(design: ExperimentDesign, size: number, holdoutShare: number): number | null {
  const heldOut = Math.round(size * holdoutShare);
  const treated = size - heldOut;
  if (heldOut < 1 || treated < 1) return null;
  const spread = (t: number, h: number) => Math.sqrt(1 / t + 1 / h);
  return Math.round(design.minimumDetectableEffect * (spread(treated, heldOut) / spread(design.treated, design.heldOut)) * 100) / 100;
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
    // The detectable effect is the engine's, for the holdout the model chose, never the model's own figure.
    campaigns: answer.campaigns.map((c, i) => {
      const { minimumDetectableEffect: _claimed, ...abTest } = c.abTest;
      const mde = s.experiment ? scaledEffect(s.experiment, s.size, c.abTest.holdoutShare) : null;
      return { ...c, id: `${s.key}-c${i + 1}`, abTest: { ...abTest, baselineLift: BASELINE_LIFT, ...(mde !== null && mde <= 1 ? { minimumDetectableEffect: mde } : {}) } };
    }),
    // The review reads the engine's profile, never the model's description of the segment.
    profile: segmentProfile(s),
  };
}
