/**
 * The narrative as report sections (src/report's document model) and as the reviewer's input,
 * so that the run can put personas, campaigns and review decisions side by side.
 */
import type { Section } from '../report/index.js';
import { formatNumber, playText } from './format.js';
import type { Campaign, Narrative, NarrativeSegment, ProfileFeature } from './schema.js';

/** A campaign in the shape `src/review` reads (CampaignForReview). */
export interface CampaignReviewInput {
  id: string;
  persona: string;
  /** `profile`: the features that define the segment and by how much, which the review reads as the audience; `holdout_share`: the A/B design's holdout, which the export uses. */
  segment_stats: { size: number; segment: string; holdout_share: number; profile?: ProfileFeature[] };
  campaign: { channel: string; audience: string; message: string; offer: string; goal: string; kpi: string };
}

export function campaignsForReview(narrative: Narrative): CampaignReviewInput[] {
  return narrative.segments.flatMap((s) =>
    s.campaigns.map((c) => ({
      id: c.id,
      persona: s.persona.name,
      // The holdout the campaign's A/B design plans: the export splits the audience at this share by default.
      segment_stats: { size: s.segmentSize, segment: s.segmentKey, holdout_share: c.abTest.holdoutShare, ...(s.profile ? { profile: s.profile } : {}) },
      campaign: { channel: c.channel, audience: c.audience, message: c.message, offer: c.offer, goal: c.goal, kpi: c.kpi },
    })),
  );
}

/** A review decision as the report shows it next to a campaign. */
export interface CampaignBadge { text: string; tone: 'info' | 'warn' | 'danger' | 'ok' }

const pct = (share: number) => `${formatNumber(share * 100, share * 100 === Math.round(share * 100) ? 0 : 1)}%`;

function campaignCard(c: Campaign, badge?: CampaignBadge, launch?: string) {
  const mde = c.abTest.minimumDetectableEffect === undefined ? '' : `, minimum detectable effect ${pct(c.abTest.minimumDetectableEffect)}`;
  return {
    kind: 'card' as const,
    title: `${c.id} · ${c.goal}`,
    ...(badge ? { badge } : {}),
    fields: [
      ['Channel', c.channel],
      ['Audience', c.audience],
      ['Offer', c.offer],
      ['Message', `“${c.message}”`],
      ['KPI', c.kpi],
      ['A/B test', `${c.abTest.design} Holdout ${pct(c.abTest.holdoutShare)}; success: ${c.abTest.successMetric} (baseline lift ${pct(c.abTest.baselineLift)}${mde}).`],
      ...(launch ? [['Before launch', launch]] : []),
    ] as [string, string][],
  };
}

function sourceNote(s: NarrativeSegment): string {
  if (s.source === 'llm') return 'Written by the LLM; every number checked against the engine.';
  const play = playText(s.playbook);
  const written = s.fallbackReason ? `Written from rules, because ${s.fallbackReason}.` : 'Written from rules, without an LLM.';
  return play ? `${written} The play: ${play}.` : written;
}

/** One report section per narrated segment, plus one listing withheld segments. */
/** `launch`: per campaign id, what its test can show before launch (the measurement's figures, computed by src/measure). */
export function narrativeSections(narrative: Narrative, badges: Record<string, CampaignBadge> = {}, launch: Record<string, string> = {}): Section[] {
  const sections: Section[] = narrative.segments.map((s) => ({
    id: `persona-${s.segmentKey}`,
    title: `${s.segmentKey} · ${s.segmentName}: ${s.persona.name}`,
    intro: sourceNote(s),
    blocks: [
      { kind: 'p', text: s.persona.portrait },
      { kind: 'p', text: 'What they value:' },
      { kind: 'list', items: s.persona.values },
      { kind: 'p', text: `How they buy: ${s.persona.buyingBehaviour}` },
      ...s.campaigns.map((c) => campaignCard(c, badges[c.id], launch[c.id])),
    ],
  }));
  if (narrative.withheld.length > 0) {
    sections.push({
      id: 'personas-withheld',
      title: 'Segments without a persona',
      blocks: [{ kind: 'list', items: narrative.withheld.map((w) => `${w.segmentKey} · ${w.segmentName} (${formatNumber(w.size)} customers): ${w.reason}`) }],
    });
  }
  return sections;
}
