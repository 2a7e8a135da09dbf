/**
 * Worker side of the parallel k-means sweep: runs the restarts it is given on the shared points and posts the
 * best run per k back (lowest inertia, earliest restart on ties, as the single-threaded sweep chooses).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runRestart, type KMeansOptions } from './kmeans.js';
import type { LloydRun } from './kmeans-hamerly.js';

export interface KMeansWorkerJob {
  buffer: SharedArrayBuffer;
  rows: number;
  cols: number;
  variance: number;
  tasks: { options: Required<KMeansOptions>; restarts: number[] }[];
}

export interface KMeansWorkerResult {
  k: number;
  restart: number;
  run: LloydRun;
}

/** Runs the job: each task's restarts in ascending order, keeping the strictly lower inertia. */
function runJob(job: KMeansWorkerJob): KMeansWorkerResult[] {
  const points = { rows: job.rows, cols: job.cols, data: new Float64Array(job.buffer) };
  const results: KMeansWorkerResult[] = [];
  for (const task of job.tasks) {
    let best: KMeansWorkerResult | null = null;
    for (const restart of task.restarts) {
      const run = runRestart(points, task.options, job.variance, restart);
      if (best === null || run.inertia < best.run.inertia) best = { k: task.options.k, restart, run };
    }
    if (best) results.push(best);
  }
  return results;
}

// Only acts inside a worker thread; imported anywhere else (for its types) it does nothing.
if (parentPort && workerData) {
  const results = runJob(workerData as KMeansWorkerJob);
  parentPort.postMessage(
    results,
    results.flatMap((r) => [r.run.labels.buffer as ArrayBuffer, r.run.centroids.buffer as ArrayBuffer]),
  );
}
