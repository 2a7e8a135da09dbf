/**
 * The two per-customer extras beside the clustering: 2-D PCA coordinates for the segment map and
 * isolation-forest anomaly scores with a contamination threshold.
 */
import type { Progress } from '../../progress.js';
import type { SegmentationResult } from '../../result/index.js';
import { fitIsolationForestOnPool } from '../models/isolation-forest.js';
import { projectPca } from './pca.js';
import { kthSmallestInPlace, type PreparedFeatures } from './preprocess.js';
import type { Matrix } from '../types.js';
import { callingThread, type ComputePool } from '../compute/worker-pool.js';

export interface Projection {
  x: Float64Array;
  y: Float64Array;
  summary: SegmentationResult['projection'];
}

export function projectCustomers(prepared: PreparedFeatures, progress: Progress): Projection {
  progress.start('PCA projection');
  const pca = projectPca(prepared.matrix, { components: 2 });
  const [pc1, pc2] = pca.explainedVariance;
  progress.end('PCA projection', `explained variance ${(100 * (pc1 + pc2)).toFixed(0)}%`);
  return {
    x: pca.x,
    y: pca.y,
    summary: {
      method: 'pca',
      explainedVariance: [pc1, pc2],
      loadings: prepared.columns.map((feature, j) => ({ feature, pc1: pca.loadings[j][0], pc2: pca.loadings[j][1] ?? 0 })),
    },
  };
}

export interface AnomalyOptions {
  seed: number;
  /** Share of customers flagged: the threshold is this upper quantile of the scores. */
  contamination: number;
  trees?: number;
  sampleSize?: number;
}

export interface Anomalies {
  scores: Float64Array;
  /** 1 = flagged. */
  flags: Uint8Array;
  summary: SegmentationResult['anomalies'];
}

/** The score below which (1 - contamination) of the customers fall; scores above it are anomalies. */
export function contaminationThreshold(scores: Float64Array, contamination: number): number {
  const index = Math.min(scores.length - 1, Math.max(0, Math.ceil((1 - contamination) * scores.length) - 1));
  return kthSmallestInPlace(scores.slice(), index);
}

export async function detectAnomalies(points: Matrix, options: AnomalyOptions, progress: Progress, pool: ComputePool = callingThread): Promise<Anomalies> {
  const trees = options.trees ?? 100;
  const sampleSize = Math.min(options.sampleSize ?? 256, points.rows);
  progress.start(`isolation forest (${trees} trees)`);
  const { scores } = await fitIsolationForestOnPool(pool, points, { trees, sampleSize, seed: options.seed });
  const threshold = contaminationThreshold(scores, options.contamination);
  const flags = new Uint8Array(scores.length);
  let count = 0;
  for (let i = 0; i < scores.length; i++) {
    if (scores[i] > threshold) {
      flags[i] = 1;
      count++;
    }
  }
  progress.end(`isolation forest (${trees} trees)`, `${count} anomalies`);
  return {
    scores,
    flags,
    summary: { method: 'isolation-forest', trees, sampleSize, threshold, contamination: options.contamination, count },
  };
}
