/**
 * The CPU-heavy pieces of the engine as plain jobs: structured-clonable input in, typed arrays out, no
 * state. The worker pool runs them on worker threads or, when threads are off or cannot start, on the
 * calling thread: the same function either way, so where a job ran never changes its result.
 */
import { runRestart, type KMeansOptions } from './kmeans.js';
import type { LloydRun } from './kmeans-hamerly.js';
import { scoreRows, type IsolationForestModel } from './isolation-forest.js';
import { silhouettePartSums, type SilhouettePart } from './silhouette.js';
import type { Matrix } from './types.js';

/** Some restarts of some k on shared points; returns the best run per k among them. */
export interface KMeansJob {
  points: Matrix;
  /** Mean feature variance of the points (the stopping tolerance is relative to it). */
  variance: number;
  tasks: { options: Required<KMeansOptions>; restarts: number[] }[];
}

export interface KMeansJobResult {
  k: number;
  restart: number;
  run: LloydRun;
}

/** Isolation-forest scores of rows from..to-1. */
export interface IsolationScoreJob {
  points: Matrix;
  model: IsolationForestModel;
  from: number;
  to: number;
}

export interface JobTypes {
  kmeans: { job: KMeansJob; result: KMeansJobResult[] };
  silhouette: { job: SilhouettePart; result: Float64Array };
  'isolation-scores': { job: IsolationScoreJob; result: Float64Array };
}

export type JobKind = keyof JobTypes;

/** Each task's restarts in ascending order, keeping the strictly lower inertia (ties: the earlier restart). */
function runKMeansJob(job: KMeansJob): KMeansJobResult[] {
  const results: KMeansJobResult[] = [];
  for (const task of job.tasks) {
    let best: KMeansJobResult | null = null;
    for (const restart of task.restarts) {
      const run = runRestart(job.points, task.options, job.variance, restart);
      if (best === null || run.inertia < best.run.inertia) best = { k: task.options.k, restart, run };
    }
    if (best) results.push(best);
  }
  return results;
}

export function runJob<K extends JobKind>(kind: K, job: JobTypes[K]['job']): JobTypes[K]['result'] {
  switch (kind) {
    case 'kmeans':
      return runKMeansJob(job as KMeansJob) as JobTypes[K]['result'];
    case 'silhouette':
      return silhouettePartSums(job as SilhouettePart) as JobTypes[K]['result'];
    case 'isolation-scores': {
      const { points, model, from, to } = job as IsolationScoreJob;
      return scoreRows(points, model, from, to) as JobTypes[K]['result'];
    }
    default:
      throw new Error(`unknown engine job "${String(kind)}"`);
  }
}
