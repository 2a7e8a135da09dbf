/**
 * The SegmentationResult: the one contract between the engine and everything after it
 * (charts, narrative, review, bot, digest, store). Aggregates only: per-customer rows go to
 * assignments.csv. Plain JSON, so it can be written, read back and hashed.
 */
import { z } from 'zod';

export const RESULT_SCHEMA_VERSION = '1.0';

export const DataShape = z.enum(['tx', 'customers']);
export type DataShape = z.infer<typeof DataShape>;

/** The role each input column plays, as detected or forced by a flag. */
export const ColumnRoles = z.object({
  customer: z.string(),
  date: z.string().optional(),
  invoice: z.string().optional(),
  quantity: z.string().optional(),
  price: z.string().optional(),
  amount: z.string().optional(),
  country: z.string().optional(),
  product: z.string().optional(),
  /** For customer tables: the user's own columns that become features. */
  numeric: z.array(z.string()).default([]),
  categorical: z.array(z.string()).default([]),
});
export type ColumnRoles = z.infer<typeof ColumnRoles>;

export const SchemaDecision = z.object({
  column: z.string(),
  role: z.string(),
  /** 'flag' when forced by the user, 'name' or 'values' when guessed. */
  by: z.enum(['flag', 'name', 'values', 'default']),
  note: z.string().optional(),
});

/** The currency of the money columns: ISO code and the symbol amounts are shown with. */
export const Currency = z.object({ code: z.string().regex(/^[A-Z]{3}$/), symbol: z.string().min(1).max(4) });
export type Currency = z.infer<typeof Currency>;

export const InputInfo = z.object({
  /** File base name or a database URL with the password removed: never a full local path with user names. */
  source: z.string(),
  format: z.enum(['csv', 'parquet', 'postgres']),
  separator: z.string().optional(),
  compression: z.enum(['none', 'gzip']).default('none'),
  shape: DataShape,
  columns: ColumnRoles,
  decisions: z.array(SchemaDecision),
  dateFormat: z.string().optional(),
  /** sha256 of the input bytes (files) or of the query text plus row count (databases). */
  fingerprint: z.string(),
  bytes: z.number().int().nonnegative().optional(),
  rowsRead: z.number().int().nonnegative(),
  firstDate: z.string().optional(),
  lastDate: z.string().optional(),
  /** Snapshot date for recency: the day after the last date, unless --as-of. YYYY-MM-DD. */
  asOf: z.string().optional(),
  /** Absent when neither --currency, the money column's name nor its values say which currency it is. */
  currency: Currency.optional(),
});
export type InputInfo = z.infer<typeof InputInfo>;

/** One cleaning step: what it removed or changed, and why. Every dropped row is counted in exactly one step. */
export const CleaningStep = z.object({
  code: z.string(), // e.g. MISSING_CUSTOMER_ID, CANCELLATION, NON_POSITIVE_PRICE, DUPLICATE_ROW, BAD_DATE
  description: z.string(),
  rowsDropped: z.number().int().nonnegative(),
  /** Rows changed but kept (clipped values, netted returns). */
  rowsChanged: z.number().int().nonnegative().default(0),
  /** Customers that disappeared because of this step. */
  customersDropped: z.number().int().nonnegative().optional(),
});
export type CleaningStep = z.infer<typeof CleaningStep>;

export const ColumnIssue = z.object({
  column: z.string(),
  code: z.string(), // CONSTANT_COLUMN, OUTLIER_CLIPPED, OUTLIER_EXCLUDED, MISSING_IMPUTED, RARE_CATEGORY_MERGED, ...
  count: z.number().int().nonnegative(),
  action: z.string(),
  examples: z.array(z.union([z.string(), z.number()])).default([]),
});
export type ColumnIssue = z.infer<typeof ColumnIssue>;

export const DataQualityReport = z.object({
  rowsRead: z.number().int().nonnegative(),
  rowsKept: z.number().int().nonnegative(),
  customersBefore: z.number().int().nonnegative(),
  customersKept: z.number().int().nonnegative(),
  /** Sum of quantity × price over every row read, before cleaning (tx data), to reconcile with the source. */
  rawRevenue: z.number().nullable().optional(),
  steps: z.array(CleaningStep),
  columnIssues: z.array(ColumnIssue).default([]),
  /** How returns were treated (transaction logs): netted against their purchases, or dropped with the purchases kept. */
  returnsPolicy: z.enum(['net', 'drop']).optional(),
  netReturns: z
    .object({
      returnsSeen: z.number().int(),
      matched: z.number().int(),
      unmatched: z.number().int(),
      /** Customers every one of whose purchases was reversed by returns: not segmented, listed here. */
      fullyReturnedCustomers: z.number().int().optional(),
      /** What those customers' reversed purchases were worth before netting, in total and the largest one. */
      fullyReturnedValue: z.number().optional(),
      largestFullyReturned: z.number().optional(),
    })
    .optional(),
  warnings: z.array(z.string()).default([]),
});
export type DataQualityReport = z.infer<typeof DataQualityReport>;

export const FeatureDefinition = z.object({
  name: z.string(), // machine name, e.g. recency_days, monetary, education=PhD
  label: z.string(), // human label, e.g. "Days since last purchase"
  description: z.string(),
  unit: z.enum(['days', 'count', 'money', 'ratio', 'years', 'none']).default('none'),
  kind: z.enum(['numeric', 'onehot']).default('numeric'),
  transform: z.enum(['none', 'log1p']).default('none'),
  /** Whether the clustering sees it (after transform and standardization). */
  clustering: z.boolean(),
  /** Population statistics on the raw (untransformed) scale. */
  mean: z.number(),
  std: z.number(),
  median: z.number(),
  min: z.number(),
  max: z.number(),
});
export type FeatureDefinition = z.infer<typeof FeatureDefinition>;

export const Scores = z.object({
  silhouette: z.number().nullable(),
  daviesBouldin: z.number().nullable(),
  calinskiHarabasz: z.number().nullable(),
  /** Within-cluster sum of squares in the standardized space (elbow curve). */
  inertia: z.number().nullable(),
  /** Mean adjusted Rand index over seeded bootstrap resamples. */
  stability: z.number().nullable(),
  smallestSegmentShare: z.number(),
  noiseShare: z.number().default(0),
  /**
   * BIC of the Gaussian mixture the partition implies (lower is better; the selection's yardstick across
   * families); null for a partition with noise. Absent in results written before it existed.
   */
  bic: z.number().nullable().optional(),
});
export type Scores = z.infer<typeof Scores>;

export const Algorithm = z.enum(['kmeans', 'ward', 'dbscan', 'gmm']);
export type Algorithm = z.infer<typeof Algorithm>;

export const ModelCandidate = z.object({
  id: z.string(), // e.g. "kmeans-k4"
  algorithm: Algorithm,
  k: z.number().int(), // clusters found, noise excluded
  params: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
  scores: Scores,
  eligible: z.boolean(),
  /** Why it could not win (segment too small, unstable, all noise...). */
  rejectedBecause: z.array(z.string()).default([]),
  /** Rank among eligible candidates by the selection rule, 1 = best. */
  rank: z.number().int().nullable(),
  /**
   * Set when the candidate was only screened: its silhouette is on a sample of this many customers and its
   * stability was not measured, as it could not win. The chosen model and its contenders have full scores.
   */
  scoredOn: z.number().int().optional(),
});
export type ModelCandidate = z.infer<typeof ModelCandidate>;

export const Selection = z.object({
  chosenId: z.string(),
  forced: z.boolean(),
  rule: z.string(), // how candidates were ranked, in words
  reason: z.string(), // why the winner won, in words, with its numbers
  silhouetteSample: z.object({ size: z.number().int(), seed: z.number().int(), exact: z.boolean() }),
  stabilityResamples: z.number().int(),
  minSegmentSize: z.number().int(),
  /**
   * Whether the data has clear clusters. When not (silhouette below the threshold: one continuous cloud
   * or heavily overlapping groups), the segments are tiers along the features in `axis`, and the report and
   * personas say so. Absent in results written before it existed.
   */
  structure: z
    .object({
      clear: z.boolean(),
      silhouette: z.number().nullable(),
      threshold: z.number(),
      /** Clustering features that separate the segments most, strongest first. */
      axis: z.array(z.string()),
      /** One plain sentence for people. */
      summary: z.string(),
    })
    .optional(),
  /** Centroids of the chosen model in the standardized clustering space, one row per segment (noise excluded). */
  centroids: z.array(z.array(z.number())),
  /** Scaling used for clustering, per clustering feature, so that a database can assign new rows. */
  scaling: z.array(z.object({ feature: z.string(), transform: z.enum(['none', 'log1p']), center: z.number(), scale: z.number() })),
});
export type Selection = z.infer<typeof Selection>;

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

export const SegmentationResult = z.object({
  schemaVersion: z.literal(RESULT_SCHEMA_VERSION),
  tool: z.object({ name: z.literal('segbot'), version: z.string() }),
  /** Options that changed the outcome (seed, k range, algorithms, bins, flags). */
  options: z.record(z.string(), z.unknown()),
  input: InputInfo,
  dataQuality: DataQualityReport,
  totals: z.object({
    customers: z.number().int(),
    revenue: z.number().nullable(),
    invoices: z.number().int().nullable(),
    transactions: z.number().int().nullable(),
  }),
  features: z.array(FeatureDefinition),
  projection: z.object({
    method: z.literal('pca'),
    explainedVariance: z.tuple([z.number(), z.number()]),
    loadings: z.array(z.object({ feature: z.string(), pc1: z.number(), pc2: z.number() })),
  }),
  anomalies: z.object({
    method: z.literal('isolation-forest'),
    trees: z.number().int(),
    sampleSize: z.number().int(),
    /** Scores above this are anomalies (the contamination quantile). */
    threshold: z.number(),
    contamination: z.number(),
    count: z.number().int(),
  }),
  candidates: z.array(ModelCandidate),
  selection: Selection,
  segments: z.array(SegmentProfile),
  rfm: RfmSummary.nullable(),
  /** BG/NBD + Gamma-Gamma lifetime value (transaction logs only). */
  lifetime: LifetimeSummary.optional(),
  /** sha256 of this object serialized canonically with contentHash = "". */
  contentHash: z.string(),
});
export type SegmentationResult = z.infer<typeof SegmentationResult>;

/** Header of assignments.csv, exactly. */
export const ASSIGNMENT_COLUMNS = [
  'customer_id',
  'segment',
  'segment_name',
  'rfm_segment',
  'recency_days',
  'frequency',
  'monetary',
  'anomaly_score',
  'x',
  'y',
] as const;

/** Appended to assignments.csv when the lifetime models were fitted (transaction logs with enough history). */
export const LIFETIME_ASSIGNMENT_COLUMNS = ['p_alive', 'expected_purchases_90d', 'clv'] as const;
