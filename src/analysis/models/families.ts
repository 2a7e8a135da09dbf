/**
 * The clustering families the selection sweeps, behind one small interface: fit every candidate
 * of the family on the full matrix, and refit the same candidates on a subsample for stability.
 */
import type { Algorithm } from '../../result/index.js';
import { fitDbscan } from './dbscan.js';
import { fitGmmSweep, fitGmmSweepOnPool } from './gmm.js';
import { fitKMeansSweep } from './kmeans.js';
import { fitKMeansSweepOnPool } from './kmeans-parallel.js';
import { refitResample, type Refit } from '../scoring/stability.js';
import { fitWardSweep } from './ward.js';
import type { ClusteringFit, Labels, Matrix } from '../types.js';
import { callingThread, type ComputePool, type PoolJob } from '../compute/worker-pool.js';

export interface FamilyOptions {
  seed: number;
  /** k values to sweep (ignored by density models, which find their own k). */
  ks: number[];
}

export interface ModelFamily {
  algorithm: Algorithm;
  /** Every candidate on the full matrix; a family may spread the work over the pool's threads. */
  fit(points: Matrix, pool?: ComputePool): ClusteringFit[] | Promise<ClusteringFit[]>;
  /** A refit of exactly these fits' settings (their k and params), for bootstrap stability. */
  refit(fits: RefitSettings[]): Refit;
}

/** What a refit reads of a fit: its k and params, not its labels (so that it can be posted to a thread). */
export type RefitSettings = Pick<ClusteringFit, 'k' | 'params'>;

export type FamilyFactory = (options: FamilyOptions) => ModelFamily;

const KMEANS_RESTARTS = 10;
/** Past this many customers the restarts run on a seeded sample of them, the best two per k then on everyone (kmeans-parallel.ts). */
export const KMEANS_RESTART_SAMPLE = 20_000;
/** Stability refits run on many subsamples; 3 restarts keep them cheap and still find the same optimum on stable data. */
const KMEANS_REFIT_RESTARTS = 3;

export const kmeansFamily: FamilyFactory = ({ seed, ks }) => ({
  algorithm: 'kmeans',
  fit: (points, pool = callingThread) => fitKMeansSweepOnPool(pool, points, ks, { seed, restarts: KMEANS_RESTARTS }, KMEANS_RESTART_SAMPLE),
  refit: (fits) => (sample, sampleSeed) =>
    fitKMeansSweep(sample, fits.map((f) => f.k), { seed: sampleSeed, restarts: KMEANS_REFIT_RESTARTS }).map((f) => f.labels),
});

export const wardFamily: FamilyFactory = ({ seed, ks }) => ({
  algorithm: 'ward',
  fit: async (points, pool = callingThread) => (await pool.run(familyFitJob, [{ algorithm: 'ward', points: pool.share(points), seed, ks }]))[0],
  refit: (fits) => (sample, sampleSeed) => fitWardSweep(sample, fits.map((f) => f.k), { seed: sampleSeed }).map((f) => f.labels),
});

/** Density candidates: eps at the k-distance knee, and a tighter and a looser radius around it. */
const DBSCAN_EPS_FACTORS = [1, 0.7, 1.4];

function fitDbscanCandidates(points: Matrix, seed: number): ClusteringFit[] {
  const knee = fitDbscan(points, { seed });
  const eps = Number(knee.params.eps);
  return [knee, ...DBSCAN_EPS_FACTORS.slice(1).map((factor) => fitDbscan(points, { seed, eps: eps * factor, minPts: Number(knee.params.minPts) }))];
}

export const dbscanFamily: FamilyFactory = ({ seed, ks }) => ({
  algorithm: 'dbscan',
  fit: async (points, pool = callingThread) => (await pool.run(familyFitJob, [{ algorithm: 'dbscan', points: pool.share(points), seed, ks }]))[0],
  // Same eps; minPts scaled to the subsample so that a thinner sample does not turn into noise by itself.
  refit: (fits) => (sample, sampleSeed) =>
    fits.map((f) => {
      const minPts = Math.max(2, Math.round((Number(f.params.minPts) * sample.rows) / Number(f.params.sampleSize)));
      return fitDbscan(sample, { seed: sampleSeed, eps: Number(f.params.eps), minPts: Math.min(minPts, sample.rows) }).labels;
    }),
});

/** Segments of different spread, shape and size; fitted on a sample, 3 EM restarts (1 for stability refits). */
export const gmmFamily: FamilyFactory = ({ seed, ks }) => ({
  algorithm: 'gmm',
  fit: (points, pool = callingThread) => fitGmmSweepOnPool(pool, points, ks, { seed }),
  refit: (fits) => (sample, sampleSeed) =>
    fitGmmSweep(sample, fits.map((f) => Number(f.params.k)), { seed: sampleSeed, restarts: 1 }).map((f) => f.labels),
});

export const DEFAULT_FAMILIES: Partial<Record<Algorithm, FamilyFactory>> = {
  kmeans: kmeansFamily,
  ward: wardFamily,
  dbscan: dbscanFamily,
  gmm: gmmFamily,
};

/**
 * Ward's and the density model's candidates, one job per family (k-means and the mixtures deal out
 * their own restarts and k's as jobs), so that every family is fitted at once on the pool's threads.
 */
export const familyFitJob: PoolJob<{ algorithm: 'ward' | 'dbscan'; points: Matrix; seed: number; ks: number[] }, ClusteringFit[]> = {
  name: 'family-fit',
  run: ({ algorithm, points, seed, ks }) => (algorithm === 'ward' ? fitWardSweep(points, ks, { seed }) : fitDbscanCandidates(points, seed)),
};

export interface StabilityRefitInput {
  /** A family of DEFAULT_FAMILIES: a thread rebuilds its refit from the name (a function cannot be posted). */
  algorithm: Algorithm;
  fits: RefitSettings[];
  points: Matrix;
  /** The stability seed and subsample size, as bootstrapStability takes them. */
  seed: number;
  sampleSize: number;
  resample: number;
}

/** One resample of one family's stability refits (refitResample), as a pool job. */
export const stabilityRefitJob: PoolJob<StabilityRefitInput, Labels[]> = {
  name: 'stability-refit',
  run: ({ algorithm, fits, points, seed, sampleSize, resample }) => {
    const factory = DEFAULT_FAMILIES[algorithm];
    if (!factory) throw new Error(`no default family "${algorithm}"`);
    // A refit reads only the fits' settings and the subsample's seed, never the factory's seed or k's.
    return refitResample(points, factory({ seed: 0, ks: [] }).refit(fits), seed, sampleSize, resample);
  },
};
