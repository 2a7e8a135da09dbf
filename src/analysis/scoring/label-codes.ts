/** Label checks shared by the cluster metrics and the silhouette. Noise points carry label -1. */
import { AnalysisError } from '../../errors.js';
import type { Labels, Matrix } from '../types.js';

export function checkShapes(points: Matrix, labels: Labels): void {
  if (labels.length !== points.rows) {
    throw new AnalysisError('LABELS_LENGTH', `got ${labels.length} labels for ${points.rows} points; pass one label per row.`);
  }
}

/** Indices of non-noise points and the labels renumbered 0..k-1 in order of first appearance. */
export function compactLabels(labels: Labels): { index: Int32Array; label: Int32Array; k: number } {
  let count = 0;
  let maxLabel = -1;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l < 0) continue;
    count++;
    if (l > maxLabel) maxLabel = l;
  }
  // Cluster labels are small numbers: a table instead of a Map lookup per point.
  const renumbered = new Int32Array(maxLabel + 1).fill(-1);
  const index = new Int32Array(count);
  const label = new Int32Array(count);
  let k = 0;
  let p = 0;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l < 0) continue;
    if (renumbered[l] < 0) renumbered[l] = k++;
    index[p] = i;
    label[p++] = renumbered[l];
  }
  return { index, label, k };
}
