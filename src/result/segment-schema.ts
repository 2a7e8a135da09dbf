/** What the result says about each segment: its profile, products, lifetime value and RFM groups. */
import { z } from 'zod';

export const FeatureStat = z.object({
  feature: z.string(),
  mean: z.number(),
  median: z.number(),
  /** Segment mean / population mean (null when the population mean is 0). */
  lift: z.number().nullable(),
  /** (segment mean - population mean) / population std. */
  z: z.number(),
  /** Standard deviation within the segment (sizes A/B tests); absent in results written before it existed. */
  std: z.number().optional(),
});
export type FeatureStat = z.infer<typeof FeatureStat>;

export const TopValue = z.object({ value: z.string(), customers: z.number().int(), share: z.number(), lift: z.number().nullable() });
export type TopValue = z.infer<typeof TopValue>;

export const AssociationRule = z.object({
  antecedent: z.array(z.string()),
  consequent: z.array(z.string()),
  support: z.number(),
  confidence: z.number(),
  lift: z.number(),
});
export type AssociationRule = z.infer<typeof AssociationRule>;

/** Lifetime value of a segment's customers (transaction logs with enough history; see LifetimeSummary). */
export const SegmentLifetime = z.object({
  customers: z.number().int(),
  /** Mean probability that a customer is still active (BG/NBD). */
  meanPAlive: z.number(),
  /** Share of customers with P(alive) ≥ 0.5: "probably still active". */
  probablyActiveShare: z.number(),
  /** Customers with at least one repeat purchase day: the only ones BG/NBD can judge (it treats a one-time buyer as active). */
  repeatCustomers: z.number().int(),
  /** Mean P(alive) and share probably active among the repeat customers; null without any. */
  repeatMeanPAlive: z.number().nullable(),
  repeatProbablyActiveShare: z.number().nullable(),
  /** Mean expected purchases (purchase days) over LifetimeSummary.purchaseDays. */
  meanExpectedPurchases: z.number(),
  /** Mean and total discounted CLV over LifetimeSummary.horizonDays; null without a spend model. */
  meanClv: z.number().nullable(),
  totalClv: z.number().nullable(),
});
export type SegmentLifetime = z.infer<typeof SegmentLifetime>;

export const LifetimeSummary = z.object({
  status: z.enum(['fitted', 'skipped']),
  /** Why the models were not fitted (status skipped), or a caveat about the fit. */
  reason: z.string().nullable(),
  model: z.literal('bg-nbd + gamma-gamma'),
  /** Last day of the period the models were fitted on. */
  observationEnd: z.string().nullable(),
  purchaseDays: z.number().int(),
  horizonDays: z.number().int(),
  annualDiscountRate: z.number(),
  bgnbd: z.object({ r: z.number(), alpha: z.number(), a: z.number(), b: z.number(), logLikelihood: z.number(), customers: z.number().int() }).nullable(),
  gammaGamma: z
    .object({ p: z.number(), q: z.number(), v: z.number(), logLikelihood: z.number(), customers: z.number().int(), frequencySpendCorrelation: z.number().nullable() })
    .nullable(),
  /** False when the fit finds almost no drop-out (mean drop-out probability per purchase under 1%): P(alive) is then near 1 for all and says nothing; text and charts leave it out. */
  separatesActive: z.boolean(),
  /** Goodness of fit: customers with 0, 1, … repeat purchase days, actual and expected by the model. */
  calibrationFit: z.array(z.object({ repeatPurchases: z.number().int(), orMore: z.boolean(), actual: z.number().int(), expected: z.number() })),
});
export type LifetimeSummary = z.infer<typeof LifetimeSummary>;

export const SegmentProfile = z.object({
  /** Stable order: 0..k-1 by descending revenue, then size; -1 is density noise. */
  id: z.number().int(),
  key: z.string(), // "S1".."Sk", "noise"
  name: z.string(), // deterministic descriptive name, e.g. "High-value frequent buyers"
  isNoise: z.boolean(),
  size: z.number().int(),
  share: z.number(),
  revenue: z.number().nullable(), // null for customer tables without a money column
  revenueShare: z.number().nullable(),
  features: z.array(FeatureStat),
  /** The most common RFM code in the segment and its share. */
  rfmCode: z.string().nullable(),
  rfmCodeShare: z.number().nullable(),
  rfmSegments: z.array(z.object({ name: z.string(), share: z.number() })),
  topCountries: z.array(TopValue).default([]),
  topProducts: z.array(TopValue).default([]),
  /** Top categories of the user's own categorical columns, keyed by column. */
  topCategories: z.record(z.string(), z.array(TopValue)).default({}),
  anomalies: z.number().int(),
  associationRules: z.array(AssociationRule).optional(),
  lifetime: SegmentLifetime.nullable().optional(),
});
export type SegmentProfile = z.infer<typeof SegmentProfile>;

export const RfmSegmentSummary = z.object({
  name: z.string(),
  rule: z.string(),
  action: z.string(), // the marketers' standard action for it
  customers: z.number().int(),
  share: z.number(),
  revenue: z.number(),
  revenueShare: z.number(),
  meanRecency: z.number(),
  meanFrequency: z.number(),
  meanMonetary: z.number(),
  /** Mean P(alive) of its repeat customers (BG/NBD cannot judge one-time buyers), when the lifetime models were fitted; null without repeat customers. */
  meanPAlive: z.number().nullable().optional(),
});
export type RfmSegmentSummary = z.infer<typeof RfmSegmentSummary>;

export const RfmSummary = z.object({
  bins: z.union([z.literal(4), z.literal(5)]),
  /** Upper bounds of bins 1..bins-1 on the raw scale for each dimension. Recency is scored reversed (recent = high). */
  thresholds: z.object({ recency: z.array(z.number()), frequency: z.array(z.number()), monetary: z.array(z.number()) }),
  segments: z.array(RfmSegmentSummary),
  /** recency score × frequency score grid. */
  grid: z.array(z.object({ r: z.number().int(), f: z.number().int(), customers: z.number().int(), revenue: z.number(), segment: z.string() })),
});
export type RfmSummary = z.infer<typeof RfmSummary>;
