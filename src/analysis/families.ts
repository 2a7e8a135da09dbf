/**
 * The clustering families the selection sweeps, behind one small interface: fit every candidate
 * of the family on the full matrix, and refit the same candidates on a subsample for stability.
 */
import type { Algorithm } from '../result/index.js';
import { fitKMeansSweep } from './kmeans.js';
import type { Refit } from './stability.js';
import { fitWardSweep } from './ward.js';
import type { ClusteringFit, Matrix } from './types.js';

export interface FamilyOptions {
  seed: number;
  /** k values to sweep (ignored by density models, which find their own k). */
  ks: number[];
}

export interface ModelFamily {
  algorithm: Algorithm;
  fit(points: Matrix): ClusteringFit[];
  /** A refit of exactly these fits' settings, for bootstrap stability. */
  refit(fits: ClusteringFit[]): Refit;
}

export type FamilyFactory = (options: FamilyOptions) => ModelFamily;

const KMEANS_RESTARTS = 10;
/** Stability refits run on many subsamples; 3 restarts keep them cheap and still find the same optimum on stable data. */
const KMEANS_REFIT_RESTARTS = 3;

export const kmeansFamily: FamilyFactory = ({ seed, ks }) => ({
  algorithm: 'kmeans',
  fit: (points) => fitKMeansSweep(points, ks, { seed, restarts: KMEANS_RESTARTS }),
  refit: (fits) => (sample, sampleSeed) =>
    fitKMeansSweep(sample, fits.map((f) => f.k), { seed: sampleSeed, restarts: KMEANS_REFIT_RESTARTS }).map((f) => f.labels),
});

export const wardFamily: FamilyFactory = ({ seed, ks }) => ({
  algorithm: 'ward',
  fit: (points) => fitWardSweep(points, ks, { seed }),
  refit: (fits) => (sample, sampleSeed) => fitWardSweep(sample, fits.map((f) => f.k), { seed: sampleSeed }).map((f) => f.labels),
});

export const DEFAULT_FAMILIES: Partial<Record<Algorithm, FamilyFactory>> = {
  kmeans: kmeansFamily,
  ward: wardFamily,
};
