/**
 * Inputs and building blocks of the pure analysis layer. data/ produces CustomerFeatures;
 * analysis/ turns them into the parts of a SegmentationResult plus per-customer Assignments.
 */
import type { DataShape } from '../result/index.js';

/** Dense row-major matrix on one Float64Array: no object per customer. */
export interface Matrix {
  rows: number;
  cols: number;
  data: Float64Array; // data[i * cols + j]
}

export function createMatrix(rows: number, cols: number): Matrix {
  return { rows, cols, data: new Float64Array(rows * cols) };
}

export interface NumericColumn {
  name: string; // machine name: recency_days, frequency, monetary, Income, MntWines...
  label: string; // "Days since last purchase"
  description: string;
  unit: 'days' | 'count' | 'money' | 'ratio' | 'years' | 'none';
  /** Raw values, one per customer; NaN = missing (data/ imputes or reports before handing over). */
  values: Float64Array;
  /** Skewed money/count column: cluster on log1p(x). */
  log1p: boolean;
  /** Whether the clustering sees this column (others are only profiled). */
  clustering: boolean;
}

export interface CategoricalColumn {
  name: string; // e.g. Education, country
  /** How a reader names the column (data dictionary or readable name, e.g. "Marital status"); the name when absent. */
  label?: string;
  levels: string[];
  /** Index into levels per customer; -1 = missing. */
  codes: Int32Array;
  /** One-hot encode into the clustering space (user columns); false = profile only (e.g. main country). */
  clustering: boolean;
}

/** One row per customer, columnar. For tx data the RFM triple is present as recency_days, frequency, monetary. */
export interface CustomerFeatures {
  shape: DataShape;
  customerIds: string[];
  numeric: NumericColumn[];
  categorical: CategoricalColumn[];
  /** Revenue per customer when money is known (monetary for tx; a spend total for customer tables), else null. */
  revenue: Float64Array | null;
}

/** Labels per point; -1 = noise (density models only). */
export type Labels = Int32Array;

/** A clustering algorithm's fit on a matrix, for the sweep and for bootstrap stability. */
export interface ClusteringFit {
  labels: Labels;
  /** Centroids in the same space as the input (k x cols), noise excluded. */
  centroids: Matrix;
  /** Within-cluster sum of squared distances (noise excluded). */
  inertia: number;
  k: number;
  params: Record<string, number | string | boolean>;
}
