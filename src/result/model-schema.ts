/** What the result says about the models compared: each candidate's scores and the selection. */
import { z } from 'zod';

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
