/**
 * The offline narrator: deterministic, rule- and template-based. It is the default with no LLM
 * configured and the per-segment fallback whenever the LLM fails.
 */
import type { Currency } from '../../result/index.js';
import { segmentProfile, type NarrativePayload, type PayloadSegment } from '../payload.js';
import { BASELINE_LIFT, type Campaign, type NarrativeSegment } from '../schema.js';
import { formatAmount, formatMeasure, formatNumber } from '../format.js';
import { describeExperiment } from '../experiment.js';
import { PLAYBOOK, type CampaignContext } from './playbook.js';
import { quote, usableValues, writePersona } from './persona.js';
import { assignTypes, fittingTypes, readSignals, type SegmentType, type Signals } from './signals.js';


function channelFor(s: Signals): string {
  if (s.web?.lift != null && s.web.lift >= 1.2) return 'Web (on-site personalisation)';
  if (s.catalog?.lift != null && s.catalog.lift >= 1.2) return 'Catalogue / direct mail';
  if (s.store?.lift != null && s.store.lift >= 1.2) return 'In-store';
  return 'Email';
}

// Spend-by-category columns of customer tables (MntWines, "Spend on wines"): the product ranges they favour.
const CATEGORY_SPEND = /^(spend|spent) on /i;

/**
 * Segbot's own campaigns never build an offer around alcohol, tobacco or gambling: pushing an
 * addictive product is the committee's call, never a template's (the next favourite is used).
 */
const ADDICTIVE = /\b(wines?|beers?|ales?|ciders?|spirits?|whisk(e)?y|vodka|gin|rum|liquors?|liqueurs?|alcohol(ic)?|tobacco|cigar(ette)?s?|vapes?|vaping|betting|bets?|casino|lottery|lotto|scratchcards?)\b/i;

/**
 * What is most the segment's own: its most distinctive products (transaction logs; ranked by lift
 * with a minimum support upstream), else the spend ranges it over-indexes on (customer tables).
 * Only spend columns are ranges; a single product is never called a category.
 */
function favourites(segment: PayloadSegment): { favourite: string; secondFavourite: string; favouriteKind: CampaignContext['favouriteKind'] } {
  const products = usableValues(segment.topProducts)
    .filter((p) => !ADDICTIVE.test(p.value))
    .map((p) => quote(p.value));
  if (products.length > 0) return { favourite: products[0], secondFavourite: products[1] ?? 'our best sellers', favouriteKind: 'product' };
  const ranges = segment.features
    .filter((f) => f.unit === 'money' && CATEGORY_SPEND.test(f.label) && f.lift !== null && !ADDICTIVE.test(f.label))
    .sort((a, b) => (b.lift as number) - (a.lift as number) || a.name.localeCompare(b.name))
    .map((f) => rangeName(f.label));
  if (ranges.length > 0) return { favourite: ranges[0], secondFavourite: ranges[1] ?? 'our best sellers', favouriteKind: 'range' };
  return { favourite: 'our best sellers', secondFavourite: 'our new arrivals', favouriteKind: 'none' };
}

/** The segment's own figures for audience lines: size and the typical (median) orders, spend and recency. */
function figuresOf(segment: PayloadSegment, s: Signals, currency: Currency | undefined): string {
  const parts = [`${formatNumber(segment.size)} customers`];
  const typical: string[] = [];
  if (s.frequency) typical.push(`${formatMeasure(s.frequency.median)} orders`);
  if (s.spend && s.spend.name !== 'revenue_per_customer') typical.push(`${formatAmount(s.spend.median, currency)} spent`);
  if (s.recency) typical.push(`last purchase ${formatMeasure(s.recency.median)} days ago`);
  if (typical.length) parts.push(`typically ${typical.join(', ')}`);
  return parts.join('; ');
}

function rangeName(label: string): string {
  return label.replace(CATEGORY_SPEND, '').toLowerCase();
}

function campaignsFor(payload: NarrativePayload, segment: PayloadSegment, type: SegmentType, context: CampaignContext): Campaign[] {
  const entry = PLAYBOOK[type];
  const rules = payload.campaignRules;
  const design = segment.experiment;
  // Without a computed design the larger holdout is the safer default, and no detectable effect or length is claimed.
  const holdoutShare = design?.holdoutShare ?? rules.holdoutShares[rules.holdoutShares.length - 1];
  const designText = design
    ? describeExperiment(design)
    : `Randomly split the audience: ${pct(1 - holdoutShare)} receive this campaign, a ${pct(holdoutShare)} holdout keeps receiving the current campaigns. ` +
      'The data has no spend spread or purchase rate to size the test: work out the detectable effect and the length from your own campaign figures before sending.';
  return entry.campaigns(context).slice(0, 3).map((draft, i) => ({
    id: `${segment.key}-c${i + 1}`,
    goal: draft.goal,
    channel: draft.channel,
    audience: draft.audience,
    offer: draft.offer,
    message: draft.message,
    kpi: draft.kpi,
    abTest: {
      design: designText,
      holdoutShare,
      successMetric: `${draft.successMetric}; the campaign wins if its lift beats the current campaigns' ${pct(BASELINE_LIFT)}`,
      baselineLift: BASELINE_LIFT,
      ...(design && design.minimumDetectableEffect <= 1 ? { minimumDetectableEffect: design.minimumDetectableEffect } : {}),
    },
  }));
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** The playbook type of every segment of the payload, in payload order. */
export function segmentTypes(payload: NarrativePayload): SegmentType[] {
  return assignTypes(payload.segments.map((s) => fittingTypes(readSignals(s), s.rfm?.segments)));
}

/** The offline text for one segment of the payload. */
export function narrateSegmentOffline(payload: NarrativePayload, segment: PayloadSegment): NarrativeSegment {
  const type = segmentTypes(payload)[payload.segments.indexOf(segment)];
  const signals = readSignals(segment);
  const entry = PLAYBOOK[type];
  const context: CampaignContext = { segment, rules: payload.campaignRules, channel: channelFor(signals), ...favourites(segment), figures: figuresOf(segment, signals, payload.currency) };
  return {
    segmentId: segment.id,
    segmentKey: segment.key,
    segmentName: segment.name,
    segmentSize: segment.size,
    source: 'offline',
    playbook: `${type}: ${entry.play}`,
    persona: writePersona(payload, segment, signals, entry),
    campaigns: campaignsFor(payload, segment, type, context),
    profile: segmentProfile(segment),
  };
}

/** Offline text for every narratable segment; persona names are made unique by the segment key. */
export function narrateOffline(payload: NarrativePayload): NarrativeSegment[] {
  const segments = payload.segments.map((segment) => narrateSegmentOffline(payload, segment));
  return disambiguatePersonaNames(segments);
}

export function disambiguatePersonaNames(segments: NarrativeSegment[]): NarrativeSegment[] {
  const counts = new Map<string, number>();
  for (const s of segments) counts.set(s.persona.name, (counts.get(s.persona.name) ?? 0) + 1);
  return segments.map((s) => ((counts.get(s.persona.name) ?? 0) > 1 ? { ...s, persona: { ...s.persona, name: `${s.persona.name} (${s.segmentKey})` } } : s));
}
