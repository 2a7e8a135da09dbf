/**
 * CustomerFeatures -> the clustering matrix: log1p on skewed columns, one-hot for clustering
 * categoricals, then z-scores. Also returns the feature definitions (raw-scale statistics) and the
 * scaling entries a database needs to reproduce the transform for new rows.
 */
import { AnalysisError } from '../../errors.js';
import type { FeatureDefinition, Selection } from '../../result/index.js';
import { createMatrix, type CustomerFeatures, type Matrix } from '../types.js';

export type ScalingEntry = Selection['scaling'][number];

export interface PreparedFeatures {
  /** Standardized clustering space, one row per customer. */
  matrix: Matrix;
  /** Column names of `matrix`, in order (numeric names, then `column=level`). */
  columns: string[];
  /** Every numeric column plus every one-hot column, with raw-scale population statistics. */
  features: FeatureDefinition[];
  /** One entry per matrix column: x' = (transform(x) - center) / scale. */
  scaling: ScalingEntry[];
  /** Raw-scale values per feature name (one-hot columns as 0/1), for profiles. */
  rawValues: Map<string, Float64Array>;
  /** Clustering cells that were NaN and set to the column centre (data/ should have imputed them). */
  missingImputed: number;
}

/**
 * Sign-preserving log1p: equals log1p for the non-negative values data/ hands over, and stays
 * finite if netted returns ever make a money column negative.
 */
export function signedLog1p(x: number): number {
  return x < 0 ? -Math.log1p(-x) : Math.log1p(x);
}

interface ColumnStats {
  mean: number;
  std: number;
  median: number;
  min: number;
  max: number;
}

/** Population statistics ignoring NaN; std is the population (ddof 0) one, as z-scores use. */
export function columnStats(values: Float64Array): ColumnStats {
  const all = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) all[n++] = values[i];
  const finite = all.subarray(0, n);
  if (n === 0) return { mean: 0, std: 0, median: 0, min: 0, max: 0 };
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = finite[i];
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (finite[i] - mean) ** 2;
  return { mean, std: Math.sqrt(ss / n), median: medianInPlace(finite), min, max };
}

export function medianOfSorted(sorted: Float64Array): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const h = n >> 1;
  return n % 2 === 1 ? sorted[h] : (sorted[h - 1] + sorted[h]) / 2;
}

/**
 * The median of values without NaN, as medianOfSorted would give after sorting them (the same one or two
 * elements), found by selection in O(n) instead of a sort; reorders `values`.
 */
export function medianInPlace(values: Float64Array): number {
  const n = values.length;
  if (n === 0) return 0;
  const h = n >> 1;
  selectInPlace(values, h);
  if (n % 2 === 1) return values[h];
  // values[0..h-1] are all <= values[h]: their largest is the (h-1)-th smallest.
  let below = values[0];
  for (let i = 1; i < h; i++) if (values[i] > below) below = values[i];
  return (below + values[h]) / 2;
}

/** The k-th smallest (0-based) of values without NaN, exactly as sorting would place it; reorders `values`. */
export function kthSmallestInPlace(values: Float64Array, k: number): number {
  selectInPlace(values, k);
  return values[k];
}

/**
 * Quickselect (Hoare partition, median-of-three pivot): afterwards values[k] is the k-th smallest, with no
 * larger value before it and no smaller one after. Short or stubborn ranges are sorted instead (introselect's guard).
 */
function selectInPlace(a: Float64Array, k: number): void {
  let lo = 0;
  let hi = a.length - 1;
  let budget = 2 * Math.ceil(Math.log2(a.length + 1)) + 8;
  while (hi > lo) {
    if (hi - lo < 16 || budget-- === 0) {
      a.subarray(lo, hi + 1).sort();
      return;
    }
    const mid = (lo + hi) >>> 1;
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    const pivot = a[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    // Now a[lo..j] <= pivot <= a[i..hi], and everything strictly between j and i equals the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

interface PlannedColumn {
  definition: FeatureDefinition;
  values: Float64Array;
}

function plannedColumns(data: CustomerFeatures): PlannedColumn[] {
  const n = data.customerIds.length;
  const planned: PlannedColumn[] = [];
  for (const column of data.numeric) {
    if (column.values.length !== n) {
      throw new AnalysisError('COLUMN_LENGTH', `column ${column.name} has ${column.values.length} values for ${n} customers; data/ must hand over one value per customer.`);
    }
    const stats = columnStats(column.values);
    planned.push({
      values: column.values,
      definition: {
        name: column.name,
        label: column.label,
        description: column.description,
        unit: column.unit,
        kind: 'numeric',
        transform: column.log1p ? 'log1p' : 'none',
        clustering: column.clustering,
        ...stats,
      },
    });
  }
  for (const column of data.categorical) {
    if (!column.clustering) continue;
    if (column.codes.length !== n) {
      throw new AnalysisError('COLUMN_LENGTH', `column ${column.name} has ${column.codes.length} codes for ${n} customers; data/ must hand over one code per customer.`);
    }
    column.levels.forEach((level, code) => {
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) values[i] = column.codes[i] === code ? 1 : 0;
      planned.push({
        values,
        definition: {
          name: `${column.name}=${level}`,
          label: `${column.label ?? column.name}: ${level}`,
          description: `1 when ${column.name} is ${level}, else 0`,
          unit: 'ratio',
          kind: 'onehot',
          transform: 'none',
          clustering: true,
          ...columnStats(values),
        },
      });
    });
  }
  return planned;
}

export function prepareFeatures(data: CustomerFeatures): PreparedFeatures {
  const n = data.customerIds.length;
  const planned = plannedColumns(data);
  const clustering = planned.filter((p) => p.definition.clustering);
  if (clustering.length === 0) {
    throw new AnalysisError('NO_CLUSTERING_FEATURES', 'no feature is marked for clustering; the input needs at least one numeric or categorical customer column to segment on.');
  }
  const cols = clustering.length;
  const matrix = createMatrix(n, cols);
  const scaling: ScalingEntry[] = [];
  let missingImputed = 0;
  clustering.forEach((p, j) => {
    const log = p.definition.transform === 'log1p';
    const transformed = new Float64Array(n);
    let sum = 0;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const v = p.values[i];
      transformed[i] = log ? signedLog1p(v) : v;
      if (!Number.isNaN(v)) {
        sum += transformed[i];
        count++;
      }
    }
    const center = count > 0 ? sum / count : 0;
    let ss = 0;
    for (let i = 0; i < n; i++) if (!Number.isNaN(transformed[i])) ss += (transformed[i] - center) ** 2;
    const std = count > 0 ? Math.sqrt(ss / count) : 0;
    // A constant column carries no information; scale 1 keeps it at 0 instead of dividing by 0.
    const scale = std > 1e-12 ? std : 1;
    for (let i = 0; i < n; i++) {
      const t = transformed[i];
      if (Number.isNaN(t)) missingImputed++;
      matrix.data[i * cols + j] = Number.isNaN(t) ? 0 : (t - center) / scale;
    }
    scaling.push({ feature: p.definition.name, transform: p.definition.transform, center, scale });
  });
  return {
    matrix,
    columns: clustering.map((p) => p.definition.name),
    features: planned.map((p) => p.definition),
    scaling,
    rawValues: new Map(planned.map((p) => [p.definition.name, p.values])),
    missingImputed,
  };
}
