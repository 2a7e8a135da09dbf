/**
 * Reads a segment's behaviour from its aggregates, for both data shapes: the RFM triple of a
 * transaction log, or the user's own columns of a customer table (Recency, Mnt*, NumDeals*,
 * Response, ...), found by name.
 */
import type { PayloadFeature, PayloadSegment } from '../payload.js';

export interface Signals {
  recency?: PayloadFeature;
  frequency?: PayloadFeature;
  spend?: PayloadFeature;
  income?: PayloadFeature;
  deals?: PayloadFeature;
  response?: PayloadFeature;
  kids?: PayloadFeature;
  web?: PayloadFeature;
  store?: PayloadFeature;
  catalog?: PayloadFeature;
  /** Days since the first purchase (or since joining). */
  tenure?: PayloadFeature;
}

export type SegmentType =
  | 'champions'
  | 'lapsed-high-value'
  | 'new-customers'
  | 'loyal-regulars'
  | 'responsive'
  | 'deal-seekers'
  | 'dormant-low-value'
  | 'at-risk'
  | 'low-spend-occasional'
  | 'steady-mid-value';

function find(features: PayloadFeature[], pattern: RegExp, exclude?: RegExp): PayloadFeature | undefined {
  return features.find((f) => pattern.test(f.name) && !(exclude && exclude.test(f.name)) && f.unit !== 'share');
}

/** Revenue per customer as a pseudo-feature, for customer tables whose spend is spread over columns. */
function revenuePerCustomer(segment: PayloadSegment): PayloadFeature | undefined {
  if (segment.revenuePerCustomer === null) return undefined;
  const mean = segment.revenuePerCustomer;
  return { name: 'revenue_per_customer', label: 'Spend', unit: 'money', mean, median: mean, lift: segment.revenuePerCustomerLift, z: 0 };
}

export function readSignals(segment: PayloadSegment): Signals {
  const f = segment.features;
  const spend =
    find(f, /^monetary$/) ??
    find(f, /total|^spend$|monetary|revenue|amount/i, /\d|last|avg|average|basket/i) ??
    revenuePerCustomer(segment) ??
    [...f].filter((x) => x.unit === 'money' && !/income|salary/i.test(x.name)).sort((a, b) => Math.abs(b.z) - Math.abs(a.z))[0];
  return {
    recency: find(f, /^recency_days$/) ?? find(f, /recen/i),
    frequency: find(f, /^frequency$/) ?? find(f, /frequen|orders|num.*purchases$/i, /deal|web|store|catalog/i),
    spend,
    income: find(f, /income|salary/i),
    deals: find(f, /deal|discount|coupon/i),
    response: find(f, /response|accepted/i),
    kids: find(f, /kid|teen|child/i),
    web: find(f, /web.*purchase|purchase.*web|online/i),
    store: find(f, /store.*purchase|purchase.*store/i),
    catalog: find(f, /catalog/i),
    tenure: find(f, /^tenure_days$/) ?? find(f, /tenure|since first|customer_since|dt_customer/i),
  };
}

/** "Recently" means within this many days, whatever the rest of the base does (280 days is not recent). */
export const RECENT_DAYS = 90;

/** The typical customer bought within RECENT_DAYS, and more recently than the base. */
export function boughtRecently(s: Signals): boolean {
  const r = s.recency;
  return !!r && r.lift !== null && r.lift <= 0.8 && r.median <= RECENT_DAYS;
}

/**
 * Mostly new customers: at least half have a single order (median orders below 2), they joined
 * recently (tenure at most half the base's and the median within RECENT_DAYS × 2) and bought
 * recently. Without a tenure column nobody is called new: recency and frequency alone cannot tell
 * a newcomer from a one-off buyer of long ago.
 */
export function mostlyNew(s: Signals): boolean {
  const f = s.frequency;
  const t = s.tenure;
  if (!f || !t || t.lift === null) return false;
  return f.median < 2 && t.lift <= 0.5 && t.median <= RECENT_DAYS * 2 && boughtRecently(s);
}

/** Most customers come back: a median of at least 2 orders and more orders than the base. */
export function mostlyRepeat(s: Signals): boolean {
  const f = s.frequency;
  return !!f && f.median >= 2 && atLeast(f, 1.2);
}

const liftOf = (f: PayloadFeature | undefined): number | null => (f && f.lift !== null ? f.lift : null);
const atLeast = (f: PayloadFeature | undefined, t: number) => liftOf(f) !== null && (liftOf(f) as number) >= t;
const atMost = (f: PayloadFeature | undefined, t: number) => liftOf(f) !== null && (liftOf(f) as number) <= t;

// The standard RFM group names (see src/analysis/features/rfm-segments.ts) and the play each calls for.
const RFM_GROUP_TYPES: Array<[RegExp, SegmentType]> = [
  [/^champions/i, 'champions'],
  [/^loyal/i, 'loyal-regulars'],
  [/^(at risk|can.t lose)/i, 'lapsed-high-value'],
  [/^(about to sleep|needs attention)/i, 'at-risk'],
  [/^(hibernating|lost)/i, 'dormant-low-value'],
  [/^(new|promising)/i, 'new-customers'],
  [/^potential/i, 'steady-mid-value'],
];
/** An RFM group counts as evidence when it holds at least this share of the segment. */
const RFM_GROUP_EVIDENCE = 0.4;

const PRIORITY: SegmentType[] = [
  'champions', 'lapsed-high-value', 'new-customers', 'loyal-regulars', 'responsive',
  'deal-seekers', 'dormant-low-value', 'at-risk', 'low-spend-occasional', 'steady-mid-value',
];

/**
 * Every playbook type that fits a segment, best first. Lifts compare the segment mean to the
 * population mean (a recency lift below 1 means more recent buyers); a dominant RFM group adds
 * its own play.
 */
export function fittingTypes(s: Signals, rfmGroups: Array<{ name: string; share: number }> = []): SegmentType[] {
  const fits = new Set<SegmentType>();
  if (atLeast(s.spend, 1.5) && (!s.recency || atMost(s.recency, 1.1)) && (!s.frequency || atLeast(s.frequency, 1.3))) fits.add('champions');
  if (atLeast(s.recency, 1.4) && (atLeast(s.spend, 1.2) || atLeast(s.frequency, 1.2))) fits.add('lapsed-high-value');
  if (mostlyNew(s)) fits.add('new-customers');
  if (mostlyRepeat(s) && (!s.recency || atMost(s.recency, 1.0))) fits.add('loyal-regulars');
  if (atLeast(s.response, 1.5)) fits.add('responsive');
  if (atLeast(s.deals, 1.3)) fits.add('deal-seekers');
  if (atLeast(s.recency, 1.4)) fits.add('dormant-low-value');
  if (atLeast(s.recency, 1.15)) fits.add('at-risk');
  if (atMost(s.spend, 0.8)) fits.add('low-spend-occasional');
  const top = rfmGroups[0];
  const byRfm = top && top.share >= RFM_GROUP_EVIDENCE ? RFM_GROUP_TYPES.find(([pattern]) => pattern.test(top.name))?.[1] : undefined;
  // The RFM group is evidence, not proof: the copy of each play still needs the segment's own figures.
  const confirmed = byRfm === 'new-customers' ? mostlyNew(s) : byRfm === 'loyal-regulars' ? mostlyRepeat(s) : true;
  if (byRfm && confirmed) fits.add(byRfm);
  fits.add('steady-mid-value');
  return PRIORITY.filter((t) => fits.has(t));
}

/**
 * One type per segment, in segment order (largest revenue first): each takes its best fitting
 * type that no earlier segment took, so that two segments get two different plays where the
 * data allows it.
 */
export function assignTypes(candidates: SegmentType[][]): SegmentType[] {
  const used = new Set<SegmentType>();
  return candidates.map((fits) => {
    const chosen = fits.find((t) => !used.has(t)) ?? fits[0];
    used.add(chosen);
    return chosen;
  });
}

/** The feature that sets the segment apart most, beyond the signals already described. */
export function mostDistinctive(segment: PayloadSegment, described: Array<PayloadFeature | undefined>): PayloadFeature | undefined {
  const skip = new Set(described.filter(Boolean).map((f) => (f as PayloadFeature).name));
  return [...segment.features]
    .filter((f) => !skip.has(f.name) && f.lift !== null && Math.abs(f.z) >= 0.3)
    .sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || a.name.localeCompare(b.name))[0];
}
