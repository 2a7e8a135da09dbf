/** The typed summary of a finished run: what the CLI prints with --json and what the bot posts. */
import type { Currency, SegmentationResult } from '../result/index.js';
import type { Finding } from '../review/index.js';
import type { NarrativeSegment } from '../narrative/index.js';
import type { LaunchPower } from '../measure/index.js';
import type { ReviewedNarrative } from './narrate.js';

export interface SegmentSummary {
  key: string;
  name: string;
  size: number;
  share: number;
  revenueShare: number | null;
  isNoise: boolean;
}

export interface CampaignSummary {
  /** The id in the approval store. */
  campaignId: string;
  segmentKey: string;
  persona: string;
  channel: string;
  audience: string;
  message: string;
  offer: string;
  decision: 'block' | 'review' | 'ok';
  state: string;
  version: number;
  versionHash: string;
  findings: Finding[];
  /** Before launch: the holdout and the lift the test can detect, with a warning when it cannot show 15%. */
  launch?: LaunchPower;
}

export interface RunSummary {
  customers: number;
  revenue: number | null;
  currency: Currency | null;
  shape: string;
  contentHash: string;
  model: { chosenId: string; algorithm: string; k: number; forced: boolean; reason: string; rule: string; candidates: number };
  segments: SegmentSummary[];
  charts: { name: string; title: string; caption: string }[];
  personas: { segmentKey: string; title: string; summary: string }[];
  campaigns: CampaignSummary[];
  /** Data-quality lines worth telling the requester (rows dropped, dates guessed). */
  notes: string[];
}

export function summarizeRun(result: SegmentationResult, narrative: ReviewedNarrative | null, charts: { name: string; title: string; caption: string }[]): RunSummary {
  const chosen = result.candidates.find((c) => c.id === result.selection.chosenId);
  const segments = narrative?.narrative.segments ?? [];
  const campaigns: CampaignSummary[] = (narrative?.reviews ?? []).map((r) => {
    const input = narrative?.inputs.find((i) => i.id === r.narrativeId);
    return {
      campaignId: r.campaignId,
      segmentKey: r.segmentKey,
      persona: input?.persona ?? '',
      channel: input?.campaign.channel ?? '',
      audience: input?.campaign.audience ?? '',
      message: input?.campaign.message ?? '',
      offer: input?.campaign.offer ?? '',
      decision: r.decision,
      state: r.state,
      version: r.version,
      versionHash: r.versionHash,
      findings: r.findings,
      ...(r.launch ? { launch: r.launch } : {}),
    };
  });
  return {
    customers: result.totals.customers,
    revenue: result.totals.revenue,
    currency: result.input.currency ?? null,
    shape: result.input.shape,
    contentHash: result.contentHash,
    model: {
      chosenId: result.selection.chosenId,
      algorithm: chosen?.algorithm ?? 'unknown',
      k: chosen?.k ?? result.segments.filter((s) => !s.isNoise).length,
      forced: result.selection.forced,
      reason: result.selection.reason,
      rule: result.selection.rule,
      candidates: result.candidates.length,
    },
    segments: result.segments.map((s) => ({ key: s.key, name: s.name, size: s.size, share: s.share, revenueShare: s.revenueShare, isNoise: s.isNoise })),
    charts: charts.map(({ name, title, caption }) => ({ name, title, caption })),
    personas: segments.map((s) => personaLine(s)),
    campaigns,
    notes: [],
  };
}

function personaLine(s: NarrativeSegment): { segmentKey: string; title: string; summary: string } {
  return { segmentKey: s.segmentKey, title: s.persona.name, summary: s.persona.portrait };
}
