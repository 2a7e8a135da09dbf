/**
 * The SegmentationResult: the one contract between the engine and everything after it
 * (charts, narrative, review, bot, digest, store). Aggregates only: per-customer rows go to
 * assignments.csv. Plain JSON, so it can be written, read back and hashed.
 */
import { z } from 'zod';
import { DataQualityReport, FeatureDefinition, InputInfo } from './input-schema.js';
import { ModelCandidate, Selection } from './model-schema.js';
import { LifetimeSummary, RfmSummary, SegmentProfile } from './segment-schema.js';

export * from './input-schema.js';
export * from './model-schema.js';
export * from './segment-schema.js';

export const RESULT_SCHEMA_VERSION = '1.0';

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
