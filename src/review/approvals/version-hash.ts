/**
 * What an approval covers: everything the decision depends on. The content hash covers the
 * persona, every field the narrator wrote (channel, audience, message, offer, goal, kpi…) and the
 * segment statistics, after the Unicode normalisation the reviewer reads (text/unicode.ts), with
 * keys sorted; the version hash adds the review's findings. Whitespace and any visible edit, a
 * different segment, or a different review all make a new version.
 */
import { canonicalJson, sha256 } from '../../result/index.js';
import { normalizeStrings } from '../text/unicode.js';
import type { CampaignForReview, Finding } from '../types.js';

export function canonicalCampaignText(c: CampaignForReview): string {
  return canonicalJson(normalizeStrings({ persona: c.persona ?? null, campaign: c.campaign, segment_stats: c.segment_stats ?? null }));
}

/** sha256 of the normalised campaign and its segment statistics: equal for a resubmit of the same thing. */
export function contentHash(c: CampaignForReview): string {
  return sha256(canonicalCampaignText(c));
}

/** The version hash an approver names: the content and the findings the committee read. */
export function versionHash(c: CampaignForReview, findings: readonly Finding[] = []): string {
  const sorted = [...findings].map((f) => canonicalJson(f)).sort();
  return sha256(`${contentHash(c)}\n${sorted.join('\n')}`);
}
