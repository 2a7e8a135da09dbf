/** The deterministic reviewer: every check runs, every finding is kept, the worst severity decides. */
import { buildContext } from './context.js';
import { checkDiscrimination } from './checks/discrimination.js';
import { checkSensitiveTraits } from './checks/sensitive-traits.js';
import { checkSinglingOut } from './checks/singling-out.js';
import { checkSurveillance } from './checks/surveillance.js';
import { checkVulnerability } from './checks/vulnerability.js';
import { decide, type CampaignForReview, type Finding, type ReviewDecision, type ReviewOptions } from './types.js';

export const DEFAULT_MIN_SEGMENT_SIZE = 20;

const CHECKS = [checkSensitiveTraits, checkSurveillance, checkSinglingOut, checkVulnerability, checkDiscrimination];

export function reviewCampaign(c: CampaignForReview, opts: ReviewOptions = {}): ReviewDecision {
  const ctx = buildContext(c, opts.minSegmentSize ?? DEFAULT_MIN_SEGMENT_SIZE);
  const findings: Finding[] = CHECKS.flatMap((check) => check(ctx));
  return { id: c.id, decision: decide(findings), findings };
}
