/**
 * Personas and campaigns for a run, each campaign submitted to the approval workflow: reviewed for
 * creepiness, auto-approved when nothing is flagged, otherwise left awaiting the committee.
 * Only review/ decides whether a campaign may be shared; this step only records and reports.
 * The narrator and the approval service are built once by the composition root and handed in.
 */
import type { Progress } from '../progress.js';
import type { SegmentationResult } from '../result/index.js';
import type { Section } from '../report/index.js';
import { campaignsForReview, narrativeSections, type CampaignBadge, type CampaignReviewInput, type Narrative, type Narrator } from '../narrative/index.js';
import type { CampaignForReview, Finding } from '../review/index.js';
import { contentDatasetKey, launchPower, stableCampaignId, type LaunchPower } from '../measure/index.js';

/** The part of the approval service a run uses. */
export interface CampaignSubmitter {
  submit(campaign: CampaignForReview, requestedBy: string): Promise<{ version: { decision: 'block' | 'review' | 'ok'; state: string; version: number; hash: string; findings: Finding[] } }>;
}

export interface CampaignReview {
  /** The id in the approval store: stable across re-runs of the same dataset, segment and text (src/measure stableCampaignId). */
  campaignId: string;
  narrativeId: string;
  segmentKey: string;
  decision: 'block' | 'review' | 'ok';
  state: string;
  version: number;
  versionHash: string;
  findings: Finding[];
  /** Before launch: what the campaign's test can show (absent when its segment is not in the result). */
  launch?: LaunchPower;
}

export interface ReviewedNarrative {
  narrative: Narrative;
  /** What was submitted for review, by narrative campaign id. */
  inputs: CampaignReviewInput[];
  reviews: CampaignReview[];
  sections: Section[];
}

export function badgeFor(review: Pick<CampaignReview, 'decision' | 'state' | 'findings'>): CampaignBadge {
  const codes = (severity?: 'block') => review.findings.filter((f) => !severity || f.severity === severity).map((f) => f.code).join(', ');
  if (review.decision === 'block') return { text: `blocked: ${codes('block')}`, tone: 'danger' };
  // Only a committee member's approval earns "approved by the committee"; auto-approval says so.
  if (review.state === 'approved') return { text: 'approved by the committee', tone: 'ok' };
  if (review.state === 'shared') return { text: review.decision === 'ok' ? 'shared (auto-approved)' : 'shared after committee approval', tone: 'ok' };
  if (review.state === 'rejected') return { text: 'rejected by the committee', tone: 'danger' };
  if (review.state === 'changes_requested') return { text: 'changes requested by the committee', tone: 'warn' };
  if (review.decision === 'review') return { text: `awaiting approval: ${codes()}`, tone: 'warn' };
  return { text: 'review: ok (auto-approved)', tone: 'ok' };
}

export async function narrateAndReview(
  result: SegmentationResult,
  deps: { narrator: Narrator; approvals: CampaignSubmitter },
  requestedBy: string,
  progress: Progress,
  /** Which runs count as the same dataset for campaign ids (src/measure/campaign-id.ts); default: the input's content. */
  datasetKey?: string,
): Promise<ReviewedNarrative> {
  const { narrator, approvals } = deps;
  progress.start(`writing personas and campaigns (${narrator.kind} narrator)`);
  const narrative = await narrator.narrate(result);
  const fellBack = narrative.segments.filter((s) => s.source === 'offline' && s.fallbackReason).length;
  progress.end(
    `writing personas and campaigns (${narrator.kind} narrator)`,
    `${narrative.segments.length} personas${fellBack ? `, ${fellBack} fell back to the offline narrator` : ''}`,
  );

  progress.start('reviewing campaigns for creepiness');
  const reviews: CampaignReview[] = [];
  const inputs = campaignsForReview(narrative);
  for (const input of inputs) {
    const campaignId = stableCampaignId({ dataset: datasetKey ?? contentDatasetKey(result.input.fingerprint), segment: input.segment_stats.segment, text: input.campaign, name: input.id });
    const { version } = await approvals.submit({ ...input, id: campaignId }, requestedBy);
    const profile = result.segments.find((s) => s.key === input.segment_stats.segment);
    // At the holdout the campaign's design plans, which the export uses by default (the Slack button too), so the card says what will happen.
    const launch = profile ? launchPower(profile, { holdoutShare: input.segment_stats.holdout_share }) : undefined;
    if (launch?.warning) progress.info(`${input.id}: ${launch.warning}`);
    reviews.push({
      campaignId,
      narrativeId: input.id,
      segmentKey: String(input.segment_stats.segment),
      decision: version.decision,
      state: version.state,
      version: version.version,
      versionHash: version.hash,
      findings: version.findings,
      ...(launch ? { launch } : {}),
    });
  }
  const flagged = reviews.filter((r) => r.decision !== 'ok').length;
  progress.end('reviewing campaigns for creepiness', `${reviews.length} campaigns, ${flagged} flagged for the committee`);

  const badges: Record<string, CampaignBadge> = Object.fromEntries(reviews.map((r) => [r.narrativeId, badgeFor(r)]));
  const launchTexts: Record<string, string> = Object.fromEntries(reviews.flatMap((r) => (r.launch ? [[r.narrativeId, r.launch.text]] : [])));
  return { narrative, inputs, reviews, sections: narrativeSections(narrative, badges, launchTexts) };
}
