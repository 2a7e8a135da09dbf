/**
 * The digest's numbers: this snapshot against the previous one of the dataset (the change
 * analysis), the headline figures, the identity events, and up to three campaigns that review
 * let through. Everything here is computed; the text is written from it (offline or LLM).
 */
import type { Currency } from '../result/index.js';
import { analyzeChange, type ChangeReport, type ChangeSnapshot } from '../analysis/change/index.js';
import type { IdentityEvent } from '../analysis/identity/index.js';
import type { Snapshot, SnapshotSegment } from '../snapshots/index.js';
import type { CampaignSummary } from '../runs/index.js';

/** A campaign as the run summary lists it, without its review state (only shareable ones reach a digest). */
export type DigestCampaign = Pick<CampaignSummary, 'campaignId' | 'segmentKey' | 'persona' | 'channel' | 'audience' | 'message' | 'offer'>;

/** A section another module computed (e.g. campaigns whose measurement window closed), shown as a titled list. */
export interface DigestSection {
  title: string;
  lines: string[];
}

export interface DigestData {
  dataset: string;
  asOf: string;
  previousAsOf: string | null;
  snapshotId: string;
  previousId: string | null;
  runId: string | null;
  /** The amounts' currency, when the data names one. */
  currency: Currency | null;
  headline: { customers: number; customersChange: number | null; revenue: number; revenueChange: number | null; segments: number };
  segments: SnapshotSegment[];
  change: ChangeReport | null;
  identity: IdentityEvent[];
  campaigns: DigestCampaign[];
  /** Set when the scheduled post went out late (the bot was down at the time). */
  late: { scheduledFor: string } | null;
  /** A link to the run's thread in Slack, when known. */
  runLink: string | null;
  /** Sections added by their owners, after the digest's own (src/runs/measurement-digest.ts). */
  sections: DigestSection[];
}

export function changeSide(s: Snapshot): ChangeSnapshot {
  return {
    asOf: s.meta.asOf,
    customerIds: s.assignments.customerIds,
    segment: s.assignments.segment,
    segmentNames: new Map(s.meta.segments.map((g) => [g.id, g.name])),
    rfm: s.assignments.rfm,
    rfmNames: s.meta.rfmNames,
    anomaly: s.assignments.anomaly,
    monetary: s.assignments.monetary,
  };
}

export const MAX_DIGEST_CAMPAIGNS = 3;

export function buildDigestData(current: Snapshot, previous: Snapshot | null, extra: { campaigns?: DigestCampaign[]; late?: DigestData['late']; runLink?: string | null; sections?: DigestSection[] } = {}): DigestData {
  const change = previous ? analyzeChange(changeSide(previous), changeSide(current)) : null;
  const revenue = current.meta.segments.reduce((a, s) => a + s.revenue, 0);
  const previousRevenue = previous ? previous.meta.segments.reduce((a, s) => a + s.revenue, 0) : null;
  return {
    dataset: current.meta.dataset,
    asOf: current.meta.asOf,
    previousAsOf: previous?.meta.asOf ?? null,
    snapshotId: current.meta.id,
    previousId: previous?.meta.id ?? null,
    runId: current.meta.runId,
    currency: current.meta.currency ?? null,
    headline: {
      customers: current.meta.customers,
      customersChange: previous ? current.meta.customers - previous.meta.customers : null,
      revenue: Math.round(revenue * 100) / 100,
      revenueChange: previousRevenue === null ? null : Math.round((revenue - previousRevenue) * 100) / 100,
      segments: current.meta.segments.filter((s) => s.id >= 0).length,
    },
    segments: current.meta.segments,
    change,
    identity: previous ? current.meta.identity.filter((e) => e.kind !== 'kept') : [],
    campaigns: (extra.campaigns ?? []).slice(0, MAX_DIGEST_CAMPAIGNS),
    late: extra.late ?? null,
    runLink: extra.runLink ?? null,
    sections: (extra.sections ?? []).filter((s) => s.lines.length > 0),
  };
}

/**
 * The campaigns a digest may show: only versions the review let through (auto-approved, or approved
 * by the committee), checked against the approval store; flagged ones wait for the committee.
 */
export async function shareableCampaigns(
  campaigns: readonly (DigestCampaign & { versionHash: string })[],
  canShare: (campaignId: string, versionHash: string) => Promise<boolean>,
): Promise<DigestCampaign[]> {
  const out: DigestCampaign[] = [];
  for (const c of campaigns) {
    if (out.length >= MAX_DIGEST_CAMPAIGNS) break;
    if (await canShare(c.campaignId, c.versionHash)) out.push({ campaignId: c.campaignId, segmentKey: c.segmentKey, persona: c.persona, channel: c.channel, audience: c.audience, message: c.message, offer: c.offer });
  }
  return out;
}
