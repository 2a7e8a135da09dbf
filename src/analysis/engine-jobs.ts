/**
 * Every job the engine hands to its worker threads, by name. The pool (compute/worker-pool.ts) owns the
 * shape of a job and knows none of them; each job lives beside the code it runs, and a worker thread's
 * entry (compute/engine-worker.ts) looks them up here. A job missing from this list still runs, on the
 * calling thread only: the thread answers with an error and the pool reruns it where it was posted.
 */
import type { PoolJob } from './compute/worker-pool.js';
import { kmeansRefineJob, kmeansRestartsJob } from './models/kmeans-parallel.js';
import { isolationScoresJob } from './models/isolation-forest.js';
import { silhouetteSumsJob } from './scoring/silhouette.js';
import { gmmSweepJob } from './models/gmm.js';
import { familyFitJob, stabilityRefitJob } from './models/families.js';
import { partitionBicsJob } from './scoring/partition-bic.js';

export const ENGINE_JOBS: ReadonlyMap<string, PoolJob<never, unknown>> = new Map(
  [kmeansRestartsJob, kmeansRefineJob, gmmSweepJob, familyFitJob, stabilityRefitJob, isolationScoresJob, silhouetteSumsJob, partitionBicsJob].map((job) => [job.name, job as PoolJob<never, unknown>]),
);
