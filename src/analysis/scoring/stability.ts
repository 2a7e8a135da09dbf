/**
 * Bootstrap stability: refit each candidate on seeded subsamples and compare, by adjusted Rand
 * index, with the full fit's labels on the same points. Subsamples are drawn without replacement
 * (80% of the customers, capped): duplicated points from a with-replacement bootstrap would fake
 * density for DBSCAN and zero-distance merges for Ward.
 */
import { adjustedRandIndex } from './metrics.js';
import { deriveSeed, sampleIndices } from '../compute/random.js';
import { selectRows } from '../compute/matrix-ops.js';
import type { Labels, Matrix } from '../types.js';
import { withDefaults } from '../options.js';

export interface StabilityOptions {
  seed: number;
  /** Number of subsamples (0 = skip: every stability is null). */
  resamples?: number;
  /** Share of customers per subsample. */
  fraction?: number;
  /** Cap on the subsample size, so that stability stays cheap at a million customers. */
  maxSample?: number;
}

const DEFAULTS = { resamples: 5, fraction: 0.8, maxSample: 5_000 } satisfies Partial<StabilityOptions>;

/** Refits every candidate of one family on a subsample; returns labels per candidate, same order. */
export type Refit = (sample: Matrix, seed: number) => Labels[];

export function subsampleSize(n: number, options: Pick<StabilityOptions, 'fraction' | 'maxSample'> = {}): number {
  const o = withDefaults(DEFAULTS, options);
  return Math.max(2, Math.min(n, o.maxSample, Math.round(n * o.fraction)));
}

/** Mean ARI per reference labeling (null when resamples is 0). */
export function bootstrapStability(points: Matrix, references: Labels[], refit: Refit, options: StabilityOptions): (number | null)[] {
  const o = withDefaults(DEFAULTS, options);
  if (o.resamples <= 0 || references.length === 0) return references.map(() => null);
  const m = subsampleSize(points.rows, o);
  const refits = Array.from({ length: o.resamples }, (_, r) => refitResample(points, refit, o.seed, m, r));
  return stabilityFromRefits(points.rows, references, refits, options);
}

/** Resample r's subsample of m rows (the same for every candidate of every family with this seed). */
function resampleRows(n: number, m: number, seed: number, r: number): Int32Array {
  return sampleIndices(n, m, deriveSeed(seed, 'stability', r));
}

/**
 * Resample r of bootstrapStability alone: the refit's labels per candidate on its subsample of m rows.
 * A pure function of its arguments, so the resamples may run on any thread, in any order.
 */
export function refitResample(points: Matrix, refit: Refit, seed: number, m: number, r: number): Labels[] {
  return refit(selectRows(points, resampleRows(points.rows, m, seed, r)), deriveSeed(seed, 'stability-fit', r));
}

/** The mean ARI per reference from every resample's refits (refits[r] from refitResample), summed in resample order. */
export function stabilityFromRefits(n: number, references: Labels[], refits: Labels[][], options: StabilityOptions): (number | null)[] {
  const o = withDefaults(DEFAULTS, options);
  if (o.resamples <= 0 || references.length === 0) return references.map(() => null);
  const totals = new Float64Array(references.length);
  const m = subsampleSize(n, o);
  for (let r = 0; r < o.resamples; r++) {
    const indices = resampleRows(n, m, o.seed, r);
    references.forEach((reference, c) => {
      const restricted = new Int32Array(m);
      for (let s = 0; s < m; s++) restricted[s] = reference[indices[s]];
      totals[c] += adjustedRandIndex(restricted, refits[r][c]);
    });
  }
  return Array.from(totals, (t) => t / o.resamples);
}
