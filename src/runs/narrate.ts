/**
 * Personas and campaigns for a run, each campaign submitted to the approval workflow: reviewed for
 * creepiness, auto-approved when nothing is flagged, otherwise left awaiting the committee.
 * Only review/ decides whether a campaign may be shared; this step only records and reports.
 */
import path from 'node:path';
import type { Config } from '../config.js';
import { createChatClient, DEFAULT_RETRY_POLICY } from '../llm/index.js';
import type { Progress } from '../progress.js';
import type { SegmentationResult } from '../result/index.js';
import type { Section } from '../report/index.js';
import { campaignsForReview, createNarrator, narrativeSections, type CampaignBadge, type Narrative } from '../narrative/index.js';
import { createLlmReviewer, openApprovalService, type Finding } from '../review/index.js';
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
  if (review.state === 'approved' || review.state === 'shared') return { text: `approved by the committee (${review.state})`, tone: 'ok' };
  if (review.state === 'rejected') return { text: 'rejected by the committee', tone: 'danger' };
  if (review.decision === 'review') return { text: `awaiting approval: ${review.findings.map((f) => f.code).join(', ')}`, tone: 'warn' };
  return { text: 'review: ok (auto-approved)', tone: 'ok' };
}

export async function narrateAndReview(result: SegmentationResult, config: Config, store: Store, requestedBy: string, progress: Progress): Promise<ReviewedNarrative> {
  // One LLM client for the narrator and the reviewer.
  const client = config.llm ? createChatClient(config.llm, { maxRetries: config.llm.maxRetries, ...DEFAULT_RETRY_POLICY }, (line) => progress.info(line)) : undefined;
  const narrator = await createNarrator({
    llm: config.llm,
    client,
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
  const { service } = await openApprovalService(config, {
    store,
    llmReviewer: client ? createLlmReviewer(client) : undefined,
    onLlmError: (message) => progress.info(`LLM reviewer failed, the rules' decision stands: ${message}`),
  });
  const reviews: CampaignReview[] = [];
  const prefix = result.contentHash.slice(0, 12);
  for (const input of campaignsForReview(narrative)) {
    const campaignId = `${prefix}:${input.id}`;
    const { version } = await service.submit({ ...input, id: campaignId }, requestedBy);
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
