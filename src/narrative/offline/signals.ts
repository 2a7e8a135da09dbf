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

export function readSignals(segment: PayloadSegment): Signals {
  const f = segment.features;
  const spend =
    find(f, /^monetary$/) ??
    find(f, /total|spend|monetary|revenue|amount/i) ??
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
  };
}

const liftOf = (f: PayloadFeature | undefined): number | null => (f && f.lift !== null ? f.lift : null);
const atLeast = (f: PayloadFeature | undefined, t: number) => liftOf(f) !== null && (liftOf(f) as number) >= t;
const atMost = (f: PayloadFeature | undefined, t: number) => liftOf(f) !== null && (liftOf(f) as number) <= t;

/**
 * The playbook type of a segment, tested in order (the first that fits wins). Lifts compare
 * the segment mean to the population mean; a recency lift below 1 means more recent buyers.
 */
export function classifySegment(s: Signals): SegmentType {
  const recentOrUnknown = !s.recency || atMost(s.recency, 0.7);
  if (atLeast(s.spend, 1.5) && recentOrUnknown && (!s.frequency || atLeast(s.frequency, 1.3))) return 'champions';
  if (atLeast(s.recency, 1.4) && (atLeast(s.spend, 1.2) || atLeast(s.frequency, 1.2))) return 'lapsed-high-value';
  if (atMost(s.recency, 0.7) && atMost(s.frequency, 0.8)) return 'new-customers';
  if (atLeast(s.frequency, 1.2) && (!s.recency || atMost(s.recency, 1.0))) return 'loyal-regulars';
  if (atLeast(s.response, 1.5)) return 'responsive';
  if (atLeast(s.deals, 1.3)) return 'deal-seekers';
  if (atLeast(s.spend, 1.5)) return 'champions';
  if (atLeast(s.recency, 1.4)) return 'dormant-low-value';
  if (atLeast(s.recency, 1.15)) return 'at-risk';
  if (atMost(s.spend, 0.8)) return 'low-spend-occasional';
  return 'steady-mid-value';
}

/** The feature that sets the segment apart most, beyond the signals already described. */
export function mostDistinctive(segment: PayloadSegment, described: Array<PayloadFeature | undefined>): PayloadFeature | undefined {
  const skip = new Set(described.filter(Boolean).map((f) => (f as PayloadFeature).name));
  return [...segment.features]
    .filter((f) => !skip.has(f.name) && f.lift !== null && Math.abs(f.z) >= 0.3)
    .sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || a.name.localeCompare(b.name))[0];
}
