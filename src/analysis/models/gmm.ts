/**
 * Gaussian mixture by EM (full or diagonal covariances): segments of different spread, shape and size,
 * which k-means (equal round spreads) splits or swallows. Fitted on a seeded sample of at most
 * `maxSample` customers, every customer then goes to its most probable component. Initialised from
 * seeded greedy k-means++ plus a few Lloyd steps, best of `restarts` by log-likelihood; every loop
 * runs in a fixed order and every draw comes from the seed, so the same input gives the same bits.
 */
import { AnalysisError } from '../../errors.js';
import { assertUsableMatrix, groupMeans, relabelByFirstAppearance, selectRows, withinSumOfSquares } from '../compute/matrix-ops.js';
import { assertSeed, createRng, deriveSeed, sampleIndices } from '../compute/random.js';
import { withDefaults } from '../options.js';
import type { ClusteringFit, Matrix } from '../types.js';
import { runLloyd } from './kmeans-hamerly.js';
import { greedyKMeansPlusPlus } from './kmeans-init.js';
import type { ComputePool, PoolJob } from '../compute/worker-pool.js';

export type Covariance = 'full' | 'diagonal';

export interface GmmOptions {
  k: number;
  seed: number;
  /** 'full' (any orientation) or 'diagonal' (axis-aligned; cheaper with many features). Default: full up to 8 features. */
  covariance?: Covariance;
  restarts?: number;
  maxIterations?: number;
  /** Stop when the mean log-likelihood per point improves by less than this. */
  tolerance?: number;
  /** Added to every variance (features are z-scores): keeps a component from collapsing onto a few points. */
  regularization?: number;
  /** EM runs on at most this many customers (seeded sample). */
  maxSample?: number;
  /**
   * Components lighter than this share after EM are dropped and their customers go to the next most
   * probable component: a handful of outliers is not a segment (and would otherwise take a component).
   */
  minComponentShare?: number;
}

export const GMM_DEFAULTS = { restarts: 3, maxIterations: 100, tolerance: 1e-3, regularization: 1e-3, maxSample: 3_000, minComponentShare: 0.015 } satisfies Partial<GmmOptions>;
/** Above this many features a full covariance costs d² per point and component: diagonal instead. */
export const FULL_COVARIANCE_MAX_FEATURES = 8;

interface Mixture {
  k: number;
  d: number;
  full: boolean;
  logWeights: Float64Array;
  means: Float64Array; // k x d
  /** full: lower Cholesky factor per component (k x d x d); diagonal: 1/sqrt(variance) (k x d). */
  factor: Float64Array;
  /** log det of each covariance. */
  logDet: Float64Array;
}

export interface GmmFit extends ClusteringFit {
  /** Mean log-likelihood per point on the fitting sample. */
  logLikelihood: number;
  /** Bayesian information criterion on the fitting sample (lower is better). */
  bic: number;
}

const LOG_2PI = Math.log(2 * Math.PI);

function validate(points: Matrix, o: Required<GmmOptions>): void {
  assertUsableMatrix(points, 'Gaussian mixture', 2);
  assertSeed(o.seed, 'Gaussian mixture seed');
  const rows = Math.min(points.rows, o.maxSample);
  if (!Number.isInteger(o.k) || o.k < 2 || o.k > rows) {
    throw new AnalysisError('K_OUT_OF_RANGE', `Gaussian mixture: k must be a whole number in 2..${rows} (the customers it is fitted on), got ${o.k}.`);
  }
  for (const [name, value] of [['restarts', o.restarts], ['maxIterations', o.maxIterations], ['maxSample', o.maxSample]] as const) {
    if (!Number.isInteger(value) || value < 1) throw new AnalysisError('BAD_OPTION', `Gaussian mixture: ${name} must be a whole number >= 1, got ${value}.`);
  }
  if (!(o.regularization > 0)) throw new AnalysisError('BAD_OPTION', `Gaussian mixture: regularization must be > 0, got ${o.regularization}.`);
  if (o.covariance !== 'full' && o.covariance !== 'diagonal') {
    throw new AnalysisError('BAD_OPTION', `Gaussian mixture: covariance must be "full" or "diagonal", got "${String(o.covariance)}".`);
  }
}

/** log N(x | component c) for the point at offset xo of data. */
function logDensity(m: Mixture, c: number, data: Float64Array, xo: number, scratch: Float64Array): number {
  const { d } = m;
  const mo = c * d;
  let quad = 0;
  if (m.full) {
    // Solve L y = (x - mu) by forward substitution; quad = |y|².
    const lo = c * d * d;
    for (let i = 0; i < d; i++) {
      let s = data[xo + i] - m.means[mo + i];
      for (let j = 0; j < i; j++) s -= m.factor[lo + i * d + j] * scratch[j];
      const y = s / m.factor[lo + i * d + i];
      scratch[i] = y;
      quad += y * y;
    }
  } else {
    for (let i = 0; i < d; i++) {
      const y = (data[xo + i] - m.means[mo + i]) * m.factor[mo + i];
      quad += y * y;
    }
  }
  return -0.5 * (d * LOG_2PI + m.logDet[c] + quad);
}

/** E step: responsibilities (n x k) in place; returns the mean log-likelihood. */
function expectation(points: Matrix, m: Mixture, resp: Float64Array, scratch: Float64Array): number {
  const { rows, cols, data } = points;
  const k = m.k;
  let total = 0;
  for (let i = 0; i < rows; i++) {
    const ro = i * k;
    let max = -Infinity;
    for (let c = 0; c < k; c++) {
      const v = m.logWeights[c] + logDensity(m, c, data, i * cols, scratch);
      resp[ro + c] = v;
      if (v > max) max = v;
    }
    let sum = 0;
    for (let c = 0; c < k; c++) sum += Math.exp(resp[ro + c] - max);
    const logSum = max + Math.log(sum);
    total += logSum;
    for (let c = 0; c < k; c++) resp[ro + c] = Math.exp(resp[ro + c] - logSum);
  }
  return total / rows;
}

/** M step from responsibilities; a component with (almost) no weight keeps its previous parameters. */
function maximization(points: Matrix, resp: Float64Array, m: Mixture, regularization: number): void {
  const { rows, cols: d, data } = points;
  const k = m.k;
  const cov = new Float64Array(d * d);
  for (let c = 0; c < k; c++) {
    let weight = 0;
    const mean = new Float64Array(d);
    for (let i = 0; i < rows; i++) {
      const r = resp[i * k + c];
      weight += r;
      for (let j = 0; j < d; j++) mean[j] += r * data[i * d + j];
    }
    if (weight < 1e-8 * rows) {
      m.logWeights[c] = Math.log(1e-12);
      continue;
    }
    for (let j = 0; j < d; j++) mean[j] /= weight;
    m.means.set(mean, c * d);
    m.logWeights[c] = Math.log(weight / rows);
    cov.fill(0);
    for (let i = 0; i < rows; i++) {
      const r = resp[i * k + c];
      if (r === 0) continue;
      const o = i * d;
      if (m.full) {
        for (let a = 0; a < d; a++) {
          const da = r * (data[o + a] - mean[a]);
          for (let b = 0; b <= a; b++) cov[a * d + b] += da * (data[o + b] - mean[b]);
        }
      } else {
        for (let a = 0; a < d; a++) cov[a * d + a] += r * (data[o + a] - mean[a]) ** 2;
      }
    }
    for (let a = 0; a < d; a++) {
      for (let b = 0; b <= a; b++) cov[a * d + b] /= weight;
      cov[a * d + a] += regularization;
    }
    setCovariance(m, c, cov);
  }
}

/** Stores the component's covariance (lower triangle of cov) as its Cholesky factor or inverse roots, and its log det. */
function setCovariance(m: Mixture, c: number, cov: Float64Array): void {
  const { d } = m;
  let logDet = 0;
  if (!m.full) {
    for (let a = 0; a < d; a++) {
      const v = cov[a * d + a];
      m.factor[c * d + a] = 1 / Math.sqrt(v);
      logDet += Math.log(v);
    }
    m.logDet[c] = logDet;
    return;
  }
  const lo = c * d * d;
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = cov[i * d + j];
      for (let t = 0; t < j; t++) s -= m.factor[lo + i * d + t] * m.factor[lo + j * d + t];
      if (i === j) {
        const root = Math.sqrt(Math.max(s, 1e-12));
        m.factor[lo + i * d + i] = root;
        logDet += 2 * Math.log(root);
      } else {
        m.factor[lo + i * d + j] = s / m.factor[lo + j * d + j];
      }
    }
  }
  m.logDet[c] = logDet;
}

/** A restart: k-means++ centres and 10 Lloyd steps as hard responsibilities, then EM. */
function runRestart(sample: Matrix, o: Required<GmmOptions>, restart: number): { mixture: Mixture; logLikelihood: number; iterations: number; converged: boolean } {
  const { rows, cols: d } = sample;
  const k = o.k;
  const rng = createRng(deriveSeed(o.seed, 'gmm', k, restart));
  const lloyd = runLloyd(sample, greedyKMeansPlusPlus(sample, k, rng), k, 10, 0);
  const resp = new Float64Array(rows * k);
  for (let i = 0; i < rows; i++) resp[i * k + lloyd.labels[i]] = 1;
  const full = o.covariance === 'full';
  const mixture: Mixture = {
    k,
    d,
    full,
    logWeights: new Float64Array(k),
    means: new Float64Array(k * d),
    factor: new Float64Array(full ? k * d * d : k * d).fill(1),
    logDet: new Float64Array(k),
  };
  maximization(sample, resp, mixture, o.regularization);
  const scratch = new Float64Array(d);
  let previous = -Infinity;
  let logLikelihood = -Infinity;
  let iterations = 0;
  let converged = false;
  while (iterations < o.maxIterations) {
    iterations++;
    logLikelihood = expectation(sample, mixture, resp, scratch);
    if (logLikelihood - previous < o.tolerance) {
      converged = true;
      break;
    }
    previous = logLikelihood;
    maximization(sample, resp, mixture, o.regularization);
  }
  return { mixture, logLikelihood, iterations, converged };
}

/** The most probable component of every point (ties: the lower index). */
function predict(points: Matrix, m: Mixture): Int32Array {
  const { rows, cols, data } = points;
  const scratch = new Float64Array(cols);
  const labels = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    let best = 0;
    let bestValue = -Infinity;
    for (let c = 0; c < m.k; c++) {
      const v = m.logWeights[c] + logDensity(m, c, data, i * cols, scratch);
      if (v > bestValue) [best, bestValue] = [c, v];
    }
    labels[i] = best;
  }
  return labels;
}

function parameterCount(k: number, d: number, full: boolean): number {
  return k * d + k * (full ? (d * (d + 1)) / 2 : d) + (k - 1);
}

export function fitGmm(points: Matrix, options: GmmOptions): GmmFit {
  return fitGmmSweep(points, [options.k], options)[0];
}

/** One mixture per k, all fitted on the same seeded sample. */
export function fitGmmSweep(points: Matrix, ks: number[], options: Omit<GmmOptions, 'k'>): GmmFit[] {
  const covariance: Covariance = options.covariance ?? (points.cols <= FULL_COVARIANCE_MAX_FEATURES ? 'full' : 'diagonal');
  const base = withDefaults(GMM_DEFAULTS, { ...options, covariance });
  if (ks.length === 0) throw new AnalysisError('BAD_OPTION', 'Gaussian mixture sweep: the list of k values is empty; pass e.g. 2..10.');
  for (const k of ks) validate(points, { ...base, k });
  const sampled = points.rows > base.maxSample;
  const sample = sampled ? selectRows(points, sampleIndices(points.rows, base.maxSample, deriveSeed(base.seed, 'gmm-sample'))) : points;
  return ks.map((k) => {
    const o = { ...base, k };
    let best: ReturnType<typeof runRestart> | null = null;
    for (let r = 0; r < o.restarts; r++) {
      const run = runRestart(sample, o, r);
      if (best === null || run.logLikelihood > best.logLikelihood) best = run; // ties keep the earlier restart
    }
    const winner = best as ReturnType<typeof runRestart>;
    const pruned = winner.mixture.logWeights.map((w) => (w < Math.log(o.minComponentShare) ? -Infinity : w));
    if (pruned.every((w) => w === -Infinity)) pruned.set(winner.mixture.logWeights);
    const raw = predict(points, { ...winner.mixture, logWeights: pruned });
    // Components that own no customer (or were pruned) are dropped: k is what the customers see.
    const present = new Set(raw).size;
    const { labels } = relabelByFirstAppearance(raw, k);
    const { centroids } = groupMeans(points, labels, present);
    const p = parameterCount(k, points.cols, winner.mixture.full);
    return {
      labels,
      centroids,
      inertia: withinSumOfSquares(points, labels, centroids),
      k: present,
      logLikelihood: winner.logLikelihood,
      bic: -2 * winner.logLikelihood * sample.rows + p * Math.log(sample.rows),
      params: {
        algorithm: 'gmm',
        covariance: o.covariance,
        k,
        seed: o.seed,
        restarts: o.restarts,
        iterations: winner.iterations,
        converged: winner.converged,
        sampleSize: sample.rows,
        dropped: k - present,
      },
    };
  });
}

/** Some k of a sweep, on shared points: exactly those k's fits of fitGmmSweep (every k draws the same sample). */
export const gmmSweepJob: PoolJob<{ points: Matrix; ks: number[]; options: Omit<GmmOptions, 'k'> }, GmmFit[]> = {
  name: 'gmm-sweep',
  run: ({ points, ks, options }) => fitGmmSweep(points, ks, options),
};

/** The sweep with each k a job on the pool's threads, largest k first: the same fits as fitGmmSweep. */
export async function fitGmmSweepOnPool(pool: ComputePool, points: Matrix, ks: number[], options: Omit<GmmOptions, 'k'>): Promise<GmmFit[]> {
  if (pool.threads <= 1 || ks.length < 2) return fitGmmSweep(points, ks, options);
  // Bad arguments are refused here, on the calling thread, as by fitGmmSweep.
  const covariance: Covariance = options.covariance ?? (points.cols <= FULL_COVARIANCE_MAX_FEATURES ? 'full' : 'diagonal');
  for (const k of ks) validate(points, withDefaults(GMM_DEFAULTS, { ...options, covariance, k }));
  const shared = pool.share(points);
  const order = ks.map((k, index) => ({ k, index })).sort((a, b) => b.k - a.k);
  const fits = await pool.run(gmmSweepJob, order.map(({ k }) => ({ points: shared, ks: [k], options })));
  const out: GmmFit[] = new Array(ks.length);
  order.forEach(({ index }, j) => (out[index] = fits[j][0]));
  return out;
}
