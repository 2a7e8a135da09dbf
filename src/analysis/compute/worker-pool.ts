/**
 * A small pool of worker threads for the engine's CPU stages (k-means restarts, silhouette pair sums,
 * isolation-forest scoring). The pool owns the shape of a job (PoolJob: a name and a pure function) and
 * knows no job itself: each module defines its own, and the thread's entry (engine-worker.ts) finds them
 * by name in the engine's list (../engine-jobs.ts). Results are combined by job index, never by arrival,
 * so the output is byte-identical whatever the number of threads or their timing.
 * If a thread cannot start or fails, the pool says so once (`onWorkerFailure`) and runs the remaining
 * jobs on the calling thread: same function, same result, only slower.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AnalysisError } from '../../errors.js';
import type { Matrix } from '../types.js';

/**
 * A pure piece of work the pool can run on any thread: structured-clonable input in, typed arrays out,
 * no state. A worker thread finds `run` by `name` in the list its entry point was built with, so the
 * same function runs wherever the job lands and where it ran never changes its result.
 */
export interface PoolJob<Input, Output> {
  readonly name: string;
  run(input: Input): Output;
}

export interface ComputePool {
  /** Threads the jobs are spread over; 1 = everything on the calling thread. */
  readonly threads: number;
  /** Runs the job on every input and returns the outputs in input order. */
  run<I, O>(job: PoolJob<I, O>, inputs: I[]): Promise<O[]>;
  /** The matrix with its values where every thread can read them (a SharedArrayBuffer copy, made once). */
  share(points: Matrix): Matrix;
  close(): Promise<void>;
  /** Jobs answered by a worker thread, and jobs a thread could not run (unknown there, or failed) that ran here instead. */
  counts(): JobCounts;
}

export interface JobCounts {
  onThreads: number;
  rerunHere: number;
}

export interface PoolOptions {
  /** Worker threads; default min(2, available cores). 1 runs everything on the calling thread. */
  workers?: number;
  /** Told when threads failed and the jobs fell back to the calling thread (e.g. to print a warning). */
  onWorkerFailure?: (error: Error) => void;
  /** With one worker: start a thread anyway, so that the jobs run beside the calling thread instead of on it. */
  background?: boolean;
}

export function defaultWorkers(): number {
  return Math.min(2, availableParallelism());
}

export function assertWorkers(workers: number): void {
  if (!Number.isInteger(workers) || workers < 1) throw new AnalysisError('BAD_OPTION', `workers must be a whole number >= 1, got ${workers}.`);
}

/** Runs every job right here, in order. */
export const callingThread: ComputePool = {
  threads: 1,
  run: async (job, inputs) => inputs.map((input) => job.run(input)),
  share: (points) => points,
  close: async () => {},
  counts: () => ({ onThreads: 0, rerunHere: 0 }),
};

/** A pool of `workers` threads (the calling thread alone when workers is 1, unless background). Close it when done. */
export function openPool(options: PoolOptions = {}): ComputePool {
  const workers = options.workers ?? defaultWorkers();
  assertWorkers(workers);
  if (workers === 1 && !options.background) return callingThread;
  // A background thread gets every job at once: the calling thread is busy with its own work and
  // would only hand out the next job when it pauses.
  return new ThreadPool(workers, workers === 1 ? Infinity : 1, options.onWorkerFailure);
}

/**
 * The pool's threads plus the calling thread: the threads take jobs from the front of the list, the
 * calling thread from the back, pausing after each so that a thread's answer gets it the next job.
 * For jobs too short to be worth a thread each (k-means restarts on a few thousand customers).
 * Results are in job order, as from run(). Closing it leaves the pool open: its owner closes it.
 */
export function withCallingThread(pool: ComputePool): ComputePool {
  if (pool === callingThread) return pool;
  return {
    threads: pool.threads + 1,
    share: (points) => pool.share(points),
    close: async () => {},
    counts: () => pool.counts(),
    async run<I, O>(job: PoolJob<I, O>, jobs: I[]): Promise<O[]> {
      const results: O[] = new Array(jobs.length);
      let front = 0;
      let back = jobs.length - 1;
      let inFlight = 0;
      let failure: unknown = null;
      const sent: Promise<void>[] = [];
      // Two jobs per thread: one running, one waiting, so no thread idles while this one works.
      const feed = () => {
        while (inFlight < pool.threads * 2 && front <= back && failure === null) {
          const i = front++;
          inFlight++;
          sent.push(
            pool.run(job, [jobs[i]]).then(
              ([result]) => {
                results[i] = result;
                inFlight--;
                feed();
              },
              (error: unknown) => {
                failure ??= error;
                inFlight--;
              },
            ),
          );
        }
      };
      feed();
      try {
        while (front <= back && failure === null) {
          const i = back--;
          results[i] = job.run(jobs[i]);
          await new Promise((resolve) => setImmediate(resolve));
        }
      } catch (error) {
        failure ??= error; // stops feeding the threads: their remaining jobs would be thrown away
      }
      // Every job handed out is answered (or failed) before this returns or throws.
      await Promise.all(sent);
      if (failure !== null) throw failure;
      return results;
    },
  };
}

interface Slot {
  worker: Worker;
  /** Jobs posted to it and not yet answered. */
  inFlight: number;
}

interface Pending {
  job: PoolJob<unknown, unknown>;
  input: unknown;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

class ThreadPool implements ComputePool {
  private readonly slots: Slot[] = [];
  private readonly queue: number[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly shared = new WeakMap<Float64Array, Float64Array>();
  private nextId = 0;
  private failed = false;
  private readonly answered: JobCounts = { onThreads: 0, rerunHere: 0 };

  constructor(
    readonly threads: number,
    /** Jobs a thread may hold at once (it runs them in order): 1 balances threads, more saves round trips. */
    private readonly depth: number,
    private readonly onWorkerFailure?: (error: Error) => void,
  ) {
    // Started at once, so that the threads boot (from source: tsx compiles their modules first, ~0.5 s)
    // while the calling thread standardizes and projects.
    for (let t = 0; t < threads && !this.failed; t++) {
      let worker: Worker;
      try {
        worker = startWorker();
      } catch (error) {
        this.fail(error as Error);
        return;
      }
      const slot: Slot = { worker, inFlight: 0 };
      this.slots.push(slot);
      // Idle threads must not keep the process alive (run() refs them while jobs wait).
      worker.unref();
      worker.on('message', (message: WorkerMessage) => this.onMessage(slot, message));
      worker.on('error', (error) => this.fail(new AnalysisError('WORKER_FAILED', `engine worker thread failed: ${error.message}.`)));
      worker.on('exit', (code) => this.fail(new AnalysisError('WORKER_FAILED', `engine worker thread exited with code ${code}.`)));
    }
  }

  share(points: Matrix): Matrix {
    if (this.failed) return points;
    let data = this.shared.get(points.data);
    if (!data) {
      data = new Float64Array(new SharedArrayBuffer(points.data.byteLength));
      data.set(points.data);
      this.shared.set(points.data, data);
    }
    return { rows: points.rows, cols: points.cols, data };
  }

  run<I, O>(job: PoolJob<I, O>, inputs: I[]): Promise<O[]> {
    if (this.failed) return callingThread.run(job, inputs);
    const results = inputs.map(
      (input) =>
        new Promise<O>((resolve, reject) => {
          const id = this.nextId++;
          this.pending.set(id, { job: job as PoolJob<unknown, unknown>, input, resolve: resolve as (result: unknown) => void, reject });
          this.queue.push(id);
        }),
    );
    for (const slot of this.slots) slot.worker.ref();
    this.dispatch();
    return Promise.all(results).finally(() => {
      if (this.pending.size === 0) for (const slot of this.slots) slot.worker.unref();
    });
  }

  counts(): JobCounts {
    return { ...this.answered };
  }

  async close(): Promise<void> {
    this.failed = true;
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  /** Up to `depth` jobs per thread at a time; a thread still booting gets its jobs queued on its port. */
  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.inFlight < this.depth && this.queue.length > 0) {
        const id = this.queue.shift() as number;
        const { job, input } = this.pending.get(id) as Pending;
        slot.inFlight++;
        slot.worker.postMessage({ id, name: job.name, input });
      }
    }
  }

  private onMessage(slot: Slot, message: WorkerMessage): void {
    const task = this.pending.get(message.id);
    slot.inFlight--;
    if (task) {
      this.pending.delete(message.id);
      // A job that threw in a thread reruns here, so that its error (a bug: jobs are validated first) surfaces as itself.
      if (message.error === undefined) {
        this.answered.onThreads++;
        task.resolve(message.result);
      } else {
        this.answered.rerunHere++;
        runHere(task);
      }
    }
    this.dispatch();
  }

  private fail(error: Error): void {
    if (this.failed) return;
    this.failed = true;
    this.onWorkerFailure?.(error);
    for (const slot of this.slots.splice(0)) void slot.worker.terminate();
    // Whatever was queued or running in a thread is computed here instead.
    const left = [...this.pending.values()];
    this.pending.clear();
    this.queue.length = 0;
    for (const task of left) runHere(task);
  }
}

interface WorkerMessage {
  id: number;
  result?: unknown;
  error?: string;
}

function runHere(task: Pending): void {
  try {
    task.resolve(task.job.run(task.input));
  } catch (error) {
    task.reject(error);
  }
}

/**
 * From source (.ts, run through tsx or vitest) the worker must register tsx's loader before importing the
 * worker module, as bin/segbot.js does; compiled or bundled .js starts `engine-worker.js` next to this file.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./engine-worker.js', import.meta.url));
  const entry = new URL('./engine-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxEsmApiUrl())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true });
}

/** tsx's ESM register API; require.resolve would give its CommonJS twin, so read the package's export map. */
function tsxEsmApiUrl(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('tsx/package.json');
  const manifest = require(manifestPath) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(join(dirname(manifestPath), manifest.exports['./esm/api'].import.default)).href;
}
