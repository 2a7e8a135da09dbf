/** What the reviewer reads and what it decides. */
import { z } from 'zod';

/** One campaign as the narrator emits it or as a line of `segbot review` input. */
export const CampaignForReview = z.object({
  id: z.string().min(1, 'id must be a non-empty string'),
  persona: z.string().optional(),
  segment_stats: z.object({ size: z.number().int().nonnegative() }).passthrough().optional(),
  campaign: z
    .object({
      channel: z.string(),
      audience: z.string(),
      message: z.string(),
      offer: z.string(),
    })
    .passthrough(),
});
export type CampaignForReview = z.infer<typeof CampaignForReview>;

export const Severity = z.enum(['block', 'review']);
export type Severity = z.infer<typeof Severity>;

/** `obfuscation`: text written to read differently from what the rules see (look-alike letters); `policy`: the approval policy, not the text. */
export const Category = z.enum(['sensitive-trait', 'surveillance', 'singling-out', 'vulnerability', 'discrimination', 'obfuscation', 'policy']);
export type Category = z.infer<typeof Category>;

export const Finding = z.object({
  /** Reason code, e.g. SENSITIVE_INFERENCE_HEALTH. */
  code: z.string(),
  severity: Severity,
  category: Category,
  /** Where and what matched, e.g. `audience: "prenatal vitamins"`. */
  evidence: z.string(),
  /** Rule id from the table in docs/review.md, e.g. "S1"; "LLM" for findings added by the LLM reviewer. */
  rule: z.string(),
});
export type Finding = z.infer<typeof Finding>;

export type Decision = 'block' | 'review' | 'ok';

export interface ReviewDecision {
  id: string;
  decision: Decision;
  findings: Finding[];
}

export interface ReviewOptions {
  /** k-anonymity threshold: segments smaller than this are singled out. Default 20 (Config.minSegmentSize). */
  minSegmentSize?: number;
}

/** block > review > ok. */
export function decide(findings: readonly Finding[]): Decision {
  if (findings.some((f) => f.severity === 'block')) return 'block';
  return findings.length > 0 ? 'review' : 'ok';
}
