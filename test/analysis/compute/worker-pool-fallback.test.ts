import { describe, expect, it, vi } from 'vitest';
import { silhouetteScores, silhouetteScoresOnPool } from '../../../src/analysis/scoring/silhouette.js';
import { createRng } from '../../../src/analysis/compute/random.js';
import { openPool } from '../../../src/analysis/compute/worker-pool.js';

// Threads that cannot start, or that start and then die, as in a sandbox or with a broken loader.
const mode = vi.hoisted(() => ({ current: 'throw' as 'throw' | 'die' }));
vi.mock('node:worker_threads', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:worker_threads')>();
  const { EventEmitter } = await import('node:events'); // inside: the factory runs before the file's imports
  class BrokenWorker extends EventEmitter {
    constructor() {
      super();
      if (mode.current === 'throw') throw new Error('threads are not allowed here');
      setTimeout(() => this.emit('error', new Error('the loader crashed')), 5);
    }
    postMessage(): void {}
    ref(): void {}
    unref(): void {}
    async terminate(): Promise<number> {
      return 1;
    }
  }
  return { ...original, Worker: BrokenWorker };
});

function sample(): { points: { rows: number; cols: number; data: Float64Array }; labels: Int32Array[] } {
  const rng = createRng(3);
  const data = Float64Array.from({ length: 900 }, () => rng.normal());
  return { points: { rows: 300, cols: 3, data }, labels: [2, 3].map((k) => Int32Array.from({ length: 300 }, () => rng.int(k))) };
}

describe('worker pool without working threads', () => {
  for (const failure of ['throw', 'die'] as const) {
    it(`falls back to the calling thread with the same result when threads ${failure === 'throw' ? 'cannot start' : 'fail after starting'}`, async () => {
      mode.current = failure;
      const failures: Error[] = [];
      const pool = openPool({ workers: 2, onWorkerFailure: (e) => failures.push(e) });
      const { points, labels } = sample();
      const threaded = await silhouetteScoresOnPool(pool, points, labels, { seed: 1 });
      await pool.close();
      expect(threaded).toEqual(silhouetteScores(points, labels, { seed: 1 }));
      expect(failures).toHaveLength(1); // told once, not once per thread or job
      expect(failures[0].message).toMatch(failure === 'throw' ? /not allowed/ : /engine worker thread failed: the loader crashed/);
    });
  }
});
