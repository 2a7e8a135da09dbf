/**
 * Fitting every model family's candidates, all at once on the pool's threads, and the bootstrap
 * stability of the contenders: the two steps of model selection that run the families' own code.
 * selection.ts scores and ranks what these return.
 */
import { AnalysisError } from '../../errors.js';
import type { Progress } from '../../progress.js';
import type { Algorithm } from '../../result/index.js';
import { DEFAULT_FAMILIES, stabilityRefitJob, type FamilyFactory, type ModelFamily } from '../models/families.js';
import { deriveSeed } from '../compute/random.js';
import { refitResample, stabilityFromRefits, subsampleSize } from './stability.js';
import type { ClusteringFit, Matrix } from '../types.js';
import type { ComputePool } from '../compute/worker-pool.js';

/** What fitting and stability read of the selection's options. */
export interface FitOptions {
  seed: number;
  families?: Partial<Record<Algorithm, FamilyFactory>>;
  stabilityResamples: number;
  stabilitySample: number;
}

function candidateId(algorithm: Algorithm, k: number, params: ClusteringFit['params'], taken: Set<string>): string {
  const base = `${algorithm}-k${k}`;
  // Density candidates can find the same k at different radii: the radius tells them apart.
  let id = taken.has(base) && typeof params.eps === 'number' ? `${base}-eps${params.eps.toPrecision(3)}` : base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  taken.add(id);
  return id;
}

export interface Fitted {
  fits: ClusteringFit[];
  ids: string[];
  algorithms: Algorithm[];
  /**
   * Per family: its first fit's index and the refit for stability; onThreads when it is the default
   * implementation, which a worker thread can rebuild by name (a test's own family cannot be posted).
   */
  families: { algorithm: Algorithm; from: number; count: number; family: ModelFamily; onThreads: boolean }[];
}

/** Waits for every promise, then throws the first failure in list order (no job is left running unobserved). */
export async function allInOrder<T>(promises: Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(promises);
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((r) => (r as PromiseFulfilledResult<T>).value);
}

/**
 * Fits every family's candidates on the full matrix, all families at once: their jobs share the pool's
 * threads (with one thread they run one after the other). Candidates are listed in family order,
 * whichever finishes first.
 */
export async function fitFamilies(points: Matrix, o: FitOptions, algorithms: Algorithm[], ks: number[], progress: Progress, pool: ComputePool): Promise<Fitted> {
  const factories = o.families ?? DEFAULT_FAMILIES;
  const started = algorithms.map((algorithm) => {
    const factory = factories[algorithm];
    if (!factory) throw new AnalysisError('UNKNOWN_ALGORITHM', `no implementation for algorithm "${algorithm}"; choose one of ${Object.keys(factories).join(', ')}.`);
    const family = factory({ seed: deriveSeed(o.seed, algorithm), ks });
    const step = algorithm === 'dbscan' ? 'fitting dbscan' : `fitting ${algorithm} k=${ks[0]}${ks.length > 1 ? `..${ks[ks.length - 1]}` : ''}`;
    progress.start(step);
    const fits = (async () => family.fit(points, pool))().then((f) => {
      progress.end(step, `${f.length} candidate${f.length === 1 ? '' : 's'}`);
      return f;
    });
    return { algorithm, family, onThreads: factory === DEFAULT_FAMILIES[algorithm], fits };
  });
  const fitted = await allInOrder(started.map((f) => f.fits));
  const out: Fitted = { fits: [], ids: [], algorithms: [], families: [] };
  const taken = new Set<string>();
  started.forEach(({ algorithm, family, onThreads }, f) => {
    out.families.push({ algorithm, from: out.fits.length, count: fitted[f].length, family, onThreads });
    for (const fit of fitted[f]) {
      out.fits.push(fit);
      out.ids.push(candidateId(algorithm, fit.k, fit.params, taken));
      out.algorithms.push(algorithm);
    }
  });
  return out;
}

/**
 * Stability of the given candidates only, each family refitting just its own of them on seeded
 * subsamples; every resample of every family is a job on the pool (the same refits, whatever the thread).
 */
export async function contenderStability(points: Matrix, fitted: Fitted, which: number[], o: FitOptions, progress: Progress, pool: ComputePool): Promise<Map<number, number | null>> {
  const m = subsampleSize(points.rows, { maxSample: o.stabilitySample });
  const resamples = Array.from({ length: o.stabilityResamples }, (_, r) => r);
  const measured = fitted.families.flatMap(({ algorithm, from, count, family, onThreads }) => {
    const mine = which.filter((i) => i >= from && i < from + count);
    if (mine.length === 0) return [];
    const step = `stability of ${mine.length} ${algorithm} contender${mine.length === 1 ? '' : 's'} (${o.stabilityResamples} resamples)`;
    const options = { seed: deriveSeed(o.seed, 'stability', algorithm), resamples: o.stabilityResamples, maxSample: o.stabilitySample };
    const settings = mine.map((i) => ({ k: fitted.fits[i].k, params: fitted.fits[i].params }));
    progress.start(step);
    const shared = onThreads ? pool.share(points) : points;
    const refit = onThreads ? undefined : family.refit(settings);
    const refits = refit
      ? (async () => resamples.map((r) => refitResample(points, refit, options.seed, m, r)))()
      : pool.run(stabilityRefitJob, resamples.map((resample) => ({ algorithm, fits: settings, points: shared, seed: options.seed, sampleSize: m, resample })));
    const values = refits.then((labels) => {
      progress.end(step);
      return stabilityFromRefits(points.rows, mine.map((i) => fitted.fits[i].labels), labels, options);
    });
    return [{ mine, values }];
  });
  const values = await allInOrder(measured.map((f) => f.values));
  const out = new Map<number, number | null>();
  measured.forEach(({ mine }, f) => mine.forEach((i, t) => out.set(i, values[f][t])));
  return out;
}
