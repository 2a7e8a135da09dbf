/** The deterministic reviewer: every check runs, every finding is kept, the worst severity decides. */
import { buildContext } from './context.js';
import { categoryCopy, checkAudience, copyKnowsState, plainAudienceKnowingCopy, unrecognisedAudience } from './checks/audience.js';
import { checkDiscrimination } from './checks/discrimination.js';
import { checkSensitiveTraits } from './checks/sensitive-traits.js';
import { checkSinglingOut } from './checks/singling-out.js';
import { checkSurveillance } from './checks/surveillance.js';
import { checkVulnerability } from './checks/vulnerability.js';
import { lookalikeWords, normalizeStrings } from './text/unicode.js';
import { decide, type CampaignForReview, type Finding, type ReviewDecision, type ReviewOptions } from './types.js';

export const DEFAULT_MIN_SEGMENT_SIZE = 20;

const CHECKS = [checkSensitiveTraits, checkSurveillance, checkSinglingOut, checkVulnerability, checkDiscrimination];

/** The campaign as a reader sees it (see text/unicode.ts): what every check reads, and what the version hash covers. */
export function normalizeCampaign(c: CampaignForReview): CampaignForReview {
  return normalizeStrings(c);
}

export function reviewCampaign(c: CampaignForReview, opts: ReviewOptions = {}): ReviewDecision {
  const ctx = buildContext(normalizeCampaign(c), opts.minSegmentSize ?? DEFAULT_MIN_SEGMENT_SIZE);
  const findings: Finding[] = [...CHECKS.flatMap((check) => check(ctx)), ...checkLookalikes(c)];
  // The audience read as conditions fills what the word rules missed: a block they did not reach,
  // then (when nothing was found) a sensitive condition or a small audience, and last, committee
  // first when unsure: an audience the review does not understand is never auto-approved.
  const audience = [...checkAudience(ctx), ...copyKnowsState(ctx), ...plainAudienceKnowingCopy(ctx)];
  if (!findings.some((f) => f.severity === 'block')) findings.push(...audience.filter((f) => f.severity === 'block'));
  if (findings.length === 0) findings.push(...audience);
  if (findings.length === 0) findings.push(...categoryCopy(ctx));
  if (findings.length === 0) findings.push(...unrecognisedAudience(ctx));
  return { id: c.id, decision: decide(findings), findings };
}

/** U1: words spelled with letters of another script that look Latin go to the committee, folded or not. */
function checkLookalikes(c: CampaignForReview): Finding[] {
  const fields = { persona: c.persona ?? '', audience: c.campaign.audience, message: c.campaign.message, offer: c.campaign.offer };
  return Object.entries(fields).flatMap(([field, text]) => {
    const words = lookalikeWords(text);
    if (words.length === 0) return [];
    const evidence = words.map((w) => `${w.reads} (${w.scripts.join('+')})`).join(', ');
    return [{ code: 'LOOKALIKE_LETTERS', severity: 'review' as const, category: 'obfuscation' as const, rule: 'U1', evidence: `${field}: "${evidence}"` }];
  });
}
