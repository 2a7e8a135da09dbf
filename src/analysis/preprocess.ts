/**
 * CustomerFeatures -> the clustering matrix: log1p on skewed columns, one-hot for clustering
 * categoricals, then z-scores. Also returns the feature definitions (raw-scale statistics) and the
 * scaling entries a database needs to reproduce the transform for new rows.
 */
import { AnalysisError } from '../errors.js';
import type { FeatureDefinition, Selection } from '../result/index.js';
import { createMatrix, type CustomerFeatures, type Matrix } from './types.js';

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
  for (const v of values) if (!Number.isNaN(v)) all[n++] = v;
  const finite = all.subarray(0, n);
  if (n === 0) return { mean: 0, std: 0, median: 0, min: 0, max: 0 };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += finite[i];
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (finite[i] - mean) ** 2;
  finite.sort();
  return { mean, std: Math.sqrt(ss / n), median: medianOfSorted(finite), min: finite[0], max: finite[n - 1] };
}

export function medianOfSorted(sorted: Float64Array): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const h = n >> 1;
  return n % 2 === 1 ? sorted[h] : (sorted[h - 1] + sorted[h]) / 2;
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
          label: `${column.name}: ${level}`,
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
