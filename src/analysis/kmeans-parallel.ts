/**
 * The k-means sweep split over worker threads. Deterministic: every restart draws from its own seed
 * (deriveSeed(seed, 'kmeans', k, restart)), each worker returns its best run per k, and the winner is the
 * lowest inertia with the earliest restart on ties — exactly what fitKMeansSweep picks on one thread, so the
 * result is byte-identical whatever the number of workers or their timing.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AnalysisError } from '../errors.js';
import { withDefaults } from './model-options.js';
import { fitKMeansSweep, KMEANS_DEFAULTS, meanVariance, toClusteringFit, validateKMeansOptions, type KMeansOptions } from './kmeans.js';
import type { KMeansWorkerJob, KMeansWorkerResult } from './kmeans-worker.js';
import { assertUsableMatrix } from './matrix.js';
import type { ClusteringFit, Matrix } from './types.js';

export interface ParallelKMeansOptions extends Omit<KMeansOptions, 'k'> {
  /** Worker threads; default min(2, available cores). 1 runs on the calling thread. */
  workers?: number;
  /** Below this many points, starting threads costs more than it saves: run on the calling thread. */
  minRowsForWorkers?: number;
  /** Told when threads failed and the sweep fell back to the calling thread (e.g. to print a warning). */
  onWorkerFailure?: (error: Error) => void;
}

const PARALLEL_DEFAULTS = { minRowsForWorkers: 20000 };

export async function fitKMeansSweepParallel(points: Matrix, ks: number[], options: ParallelKMeansOptions): Promise<ClusteringFit[]> {
  const { workers: requested, minRowsForWorkers, onWorkerFailure, ...fitOptions } = withDefaults(PARALLEL_DEFAULTS, options);
  const workers = requested ?? Math.min(2, availableParallelism());
  if (!Number.isInteger(workers) || workers < 1) throw new AnalysisError('BAD_OPTION', `k-means: workers must be a whole number >= 1, got ${workers}.`);
  if (workers === 1 || points.rows < minRowsForWorkers) return fitKMeansSweep(points, ks, fitOptions);

  assertUsableMatrix(points, 'k-means');
  if (ks.length === 0) throw new AnalysisError('BAD_OPTION', 'k-means sweep: the list of k values is empty; pass e.g. 2..10.');
  const perK = ks.map((k) => withDefaults(KMEANS_DEFAULTS, { ...fitOptions, k }));
  for (const o of perK) validateKMeansOptions(points, o);
  const variance = meanVariance(points);
  const buffer = new SharedArrayBuffer(points.data.byteLength);
  new Float64Array(buffer).set(points.data);
  const jobs: KMeansWorkerJob[] = Array.from({ length: workers }, (_, w) => ({
    buffer,
    rows: points.rows,
    cols: points.cols,
    variance,
    // Restarts dealt round-robin so every worker gets a share of every k.
    tasks: perK.map((options) => ({ options, restarts: Array.from({ length: options.restarts }, (_, r) => r).filter((r) => r % workers === w) })),
  }));
  const started: Worker[] = [];
  let results: KMeansWorkerResult[];
  try {
    results = (await Promise.all(jobs.map((job) => runWorker(job, started)))).flat();
  } catch (error) {
    onWorkerFailure?.(error as Error);
    // A thread that cannot start (a sandbox, a missing loader) must not cost the analysis: the calling
    // thread computes the very same result, only slower.
    await Promise.all(started.map((worker) => worker.terminate()));
    return fitKMeansSweep(points, ks, fitOptions);
  }
  return perK.map((o) => {
    const candidates = results.filter((r) => r.k === o.k).sort((a, b) => a.run.inertia - b.run.inertia || a.restart - b.restart);
    return toClusteringFit(points, o, candidates[0].run);
  });
}

/**
 * From source (.ts, run through tsx or vitest) the worker must register tsx's loader before importing the
 * worker module, as bin/segbot.js does; compiled .js starts directly.
 */
function startWorker(job: KMeansWorkerJob): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./kmeans-worker.js', import.meta.url), { workerData: job });
  const tsxApi = tsxEsmApiUrl();
  const entry = new URL('./kmeans-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: job });
}

/** tsx's ESM register API; require.resolve would give its CommonJS twin, so read the package's export map. */
function tsxEsmApiUrl(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('tsx/package.json');
  const manifest = require(manifestPath) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(join(dirname(manifestPath), manifest.exports['./esm/api'].import.default)).href;
}

function runWorker(job: KMeansWorkerJob, started: Worker[]): Promise<KMeansWorkerResult[]> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(job);
    started.push(worker);
    let settled = false;
    worker.once('message', (results: KMeansWorkerResult[]) => {
      settled = true;
      resolve(results);
    });
    worker.once('error', (error) => {
      settled = true;
      reject(new AnalysisError('WORKER_FAILED', `k-means worker thread failed: ${error.message}. Retry with workers: 1 to run on one thread.`));
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new AnalysisError('WORKER_FAILED', `k-means worker thread exited with code ${code} before reporting. Retry with workers: 1.`));
    });
  });
}
