/**
 * Personas and campaigns for a run, each campaign submitted to the approval workflow: reviewed for
 * creepiness, auto-approved when nothing is flagged, otherwise left awaiting the committee.
 * Only review/ decides whether a campaign may be shared; this step only records and reports.
 */
import path from 'node:path';
import type { Config } from '../config.js';
import type { Progress } from '../progress.js';
import type { SegmentationResult } from '../result/index.js';
import type { Section } from '../report/index.js';
import { campaignsForReview, createNarrator, narrativeSections, type CampaignBadge, type Narrative } from '../narrative/index.js';
import { createLlmReviewer, type Finding } from '../review/index.js';
import { openApprovalServices } from '../services/approvals.js';
import type { Store } from '../store/index.js';

export interface CampaignReview {
  /** The id in the approval store: the run's content hash prefix + the campaign id, so runs never collide. */
  campaignId: string;
  narrativeId: string;
  decision: 'block' | 'review' | 'ok';
  state: string;
  version: number;
  versionHash: string;
  findings: Finding[];
}

export interface ReviewedNarrative {
  narrative: Narrative;
  reviews: CampaignReview[];
  sections: Section[];
}

function badgeFor(review: CampaignReview): CampaignBadge {
  if (review.decision === 'block') return { text: `blocked: ${review.findings.filter((f) => f.severity === 'block').map((f) => f.code).join(', ')}`, tone: 'danger' };
  // A shared campaign that the rules passed was never before the committee: say so (issue 14).
  if (review.state === 'approved' || (review.state === 'shared' && review.decision !== 'ok')) return { text: `approved by the committee (${review.state})`, tone: 'ok' };
  if (review.state === 'shared') return { text: 'review: ok (auto-approved, shared)', tone: 'ok' };
  if (review.state === 'rejected') return { text: 'rejected by the committee', tone: 'danger' };
  if (review.decision === 'review') return { text: `awaiting approval: ${review.findings.map((f) => f.code).join(', ')}`, tone: 'warn' };
  return { text: 'review: ok (auto-approved)', tone: 'ok' };
}

/** `requestedBy`: the Slack id of whoever asked; undefined for a CLI run (the OS user, mapped through the approval policy). */
export async function narrateAndReview(result: SegmentationResult, config: Config, store: Store, requestedBy: string | undefined, progress: Progress): Promise<ReviewedNarrative> {
  const narrator = await createNarrator({
    llm: config.llm,
    promptsDir: config.promptsDir,
    cacheDir: path.join(config.dataDir, 'llm-cache'),
    minSegmentSize: config.minSegmentSize,
    log: (line) => progress.info(line),
  });
  progress.start(`writing personas and campaigns (${narrator.kind} narrator)`);
  const narrative = await narrator.narrate(result);
  const fellBack = narrative.segments.filter((s) => s.source === 'offline' && s.fallbackReason).length;
  progress.end(
    `writing personas and campaigns (${narrator.kind} narrator)`,
    `${narrative.segments.length} personas${fellBack ? `, ${fellBack} fell back to the offline narrator` : ''}`,
  );

  progress.start('reviewing campaigns for creepiness');
  // With an LLM configured, its reviewer may add findings to the rules' (never remove them).
  const approvals = await openApprovalServices(config, {
    store,
    llmReviewer: config.llm ? createLlmReviewer(config.llm) : undefined,
    onLlmError: (message) => progress.info(`LLM reviewer failed, the rules' decision stands: ${message}`),
  });
  const { service } = approvals;
  const requester = requestedBy ?? (await approvals.cliRequester());
  const reviews: CampaignReview[] = [];
  const prefix = result.contentHash.slice(0, 12);
  for (const input of campaignsForReview(narrative)) {
    const campaignId = `${prefix}:${input.id}`;
    const { version } = await service.submit({ ...input, id: campaignId }, requester);
    reviews.push({
      campaignId,
      narrativeId: input.id,
      decision: version.decision,
      state: version.state,
      version: version.version,
      versionHash: version.hash,
      findings: version.findings,
    });
  }
  const flagged = reviews.filter((r) => r.decision !== 'ok').length;
  progress.end('reviewing campaigns for creepiness', `${reviews.length} campaigns, ${flagged} flagged for the committee`);

  const badges: Record<string, CampaignBadge> = Object.fromEntries(reviews.map((r) => [r.narrativeId, badgeFor(r)]));
  return { narrative, reviews, sections: narrativeSections(narrative, badges) };
}
