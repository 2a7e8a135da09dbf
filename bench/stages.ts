/** The benchmark's stages: which Segbot progress step and which reference step each one is. */

export type StageTimes = Partial<Record<string, number>>;

export interface StageRow {
  key: string;
  label: string;
  /** Reference stages summed for this row (none: Segbot-only work). */
  reference: string[];
}

export const STAGE_ROWS: StageRow[] = [
  { key: 'load_clean_rfm', label: 'load + clean + RFM', reference: ['load', 'clean', 'rfm'] },
  { key: 'scale', label: 'log1p + standardize', reference: ['scale'] },
  { key: 'kmeans', label: 'k-means k=2..8, 10 restarts', reference: ['kmeans'] },
  { key: 'silhouette', label: 'silhouette (10k sample) + scores', reference: ['silhouette'] },
  { key: 'pca', label: 'PCA 2-D', reference: ['pca'] },
  { key: 'isolation_forest', label: 'isolation forest', reference: ['isolation_forest'] },
  { key: 'stability', label: 'bootstrap stability (Segbot only)', reference: [] },
  { key: 'profiles', label: 'segment profiles (Segbot only)', reference: [] },
  { key: 'engine_other', label: 'other engine work (Segbot only)', reference: [] },
];

/** Segbot's progress step names -> stage keys. */
export function stageOf(step: string): string {
  if (/^(reading|loading|cleaning|aggregating) /.test(step)) return 'load_clean_rfm';
  if (step.startsWith('standardizing')) return 'scale';
  if (step.startsWith('fitting kmeans')) return 'kmeans';
  if (step.startsWith('scoring')) return 'silhouette';
  if (step.startsWith('PCA')) return 'pca';
  if (step.startsWith('isolation forest')) return 'isolation_forest';
  if (step.startsWith('stability')) return 'stability';
  if (step.startsWith('profiling')) return 'profiles';
  return 'engine_other';
}
