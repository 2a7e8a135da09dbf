/**
 * The Narrative: personas and campaigns per segment, as attached to a run and rendered into
 * report.md / report.html / Slack. Deterministic: no wall-clock field, so the same result and
 * the same cached LLM answers give byte-identical output.
 */
import { z } from 'zod';

/** The uplift the current campaigns achieve; every A/B test is measured against it. */
export const BASELINE_LIFT = 0.15;

export const Persona = z.object({
  name: z.string().min(2).max(80),
  /** Two sentences. */
  portrait: z.string().min(10).max(1000),
  values: z.array(z.string().min(2).max(160)).min(1).max(5),
  buyingBehaviour: z.string().min(10).max(1000),
});
export type Persona = z.infer<typeof Persona>;

export const AbTest = z.object({
  design: z.string().min(10).max(600),
  holdoutShare: z.number().min(0.05).max(0.5),
  successMetric: z.string().min(3).max(300),
  baselineLift: z.literal(BASELINE_LIFT),
  minimumDetectableEffect: z.number().positive().max(1).optional(),
});
export type AbTest = z.infer<typeof AbTest>;

export const Campaign = z.object({
  /** Stable id, `<segmentKey>-c<n>`: the review decision is attached to it. */
  id: z.string(),
  goal: z.string().min(3).max(300),
  channel: z.string().min(2).max(80),
  /** How the audience is chosen, in words. */
  audience: z.string().min(10).max(600),
  offer: z.string().min(3).max(300),
  /** A draft of the message the customers would read. */
  message: z.string().min(10).max(1000),
  kpi: z.string().min(3).max(300),
  abTest: AbTest,
});
export type Campaign = z.infer<typeof Campaign>;

/** One feature that defines a segment, and by how much: the engine's own aggregates (segment mean / population mean, and z). */
export const ProfileFeature = z.object({
  feature: z.string(),
  label: z.string(),
  lift: z.number().nullable(),
  z: z.number(),
});
export type ProfileFeature = z.infer<typeof ProfileFeature>;

export const NarrativeSegment = z.object({
  segmentId: z.number().int(),
  segmentKey: z.string(),
  segmentName: z.string(),
  /** Customers in the segment: the campaign audience's size, read by the reviewer's singling-out check. */
  segmentSize: z.number().int().nonnegative(),
  source: z.enum(['llm', 'offline']),
  /** Why the LLM text was not used for this segment (LLM configured but failed, ungrounded...). */
  fallbackReason: z.string().optional(),
  /** The offline playbook entry that produced the campaigns (offline source only). */
  playbook: z.string().optional(),
  persona: Persona,
  campaigns: z.array(Campaign).min(1).max(3),
  /**
   * The features that define the segment, most distinctive first: what the creepiness review reads
   * as the audience of Segbot's own campaigns (`segment_stats.profile`). Absent in narratives written
   * before it existed.
   */
  profile: z.array(ProfileFeature).optional(),
});
export type NarrativeSegment = z.infer<typeof NarrativeSegment>;

export const WithheldSegment = z.object({
  segmentId: z.number().int(),
  segmentKey: z.string(),
  segmentName: z.string(),
  size: z.number().int(),
  reason: z.string(),
});
export type WithheldSegment = z.infer<typeof WithheldSegment>;

export const TokenUsage = z.object({
  prompt: z.number().int().nonnegative(),
  completion: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type TokenUsage = z.infer<typeof TokenUsage>;

export const Narrative = z.object({
  promptVersion: z.string(),
  /** The LLM model name, or 'offline'. */
  model: z.string(),
  /** contentHash of the SegmentationResult narrated. */
  resultHash: z.string(),
  /** Wall-clock time; optional and never set by the narrators so that output stays reproducible. */
  generatedAt: z.string().optional(),
  segments: z.array(NarrativeSegment),
  withheld: z.array(WithheldSegment),
  /** Tokens spent by this run (cache hits cost 0). */
  tokens: TokenUsage,
  cache: z.object({ hits: z.number().int().nonnegative(), misses: z.number().int().nonnegative() }).optional(),
});
export type Narrative = z.infer<typeof Narrative>;

/**
 * What the LLM must answer for one segment. Ids, segment keys and the baseline are filled in by
 * us, not by the model, so that it cannot get them wrong.
 */
export const LlmSegmentAnswer = z.object({
  persona: Persona,
  campaigns: z
    .array(
      Campaign.omit({ id: true, abTest: true }).extend({
        abTest: AbTest.omit({ baselineLift: true }),
      }),
    )
    .min(1)
    .max(3),
});
export type LlmSegmentAnswer = z.infer<typeof LlmSegmentAnswer>;

/** narrative.json bytes: canonical key order, two-space indent, trailing newline (byte-identical across runs). */
export function serializeNarrative(narrative: Narrative): string {
  return JSON.stringify(sortKeys(Narrative.parse(narrative)), null, 2) + '\n';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
}

/** Reads narrative.json back (a run's artifact), validated. */
export function parseNarrative(text: string): Narrative {
  return Narrative.parse(JSON.parse(text));
}
