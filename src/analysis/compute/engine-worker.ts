/**
 * Entry point of an engine worker thread: runs the jobs the pool posts (found by name in the engine's
 * list), one at a time, and posts each
 * result back with its typed arrays transferred. No other side effect; bundled, it is its own entry
 * point (`engine-worker.js` next to the bundle that starts it).
 */
import { parentPort } from 'node:worker_threads';
import { ENGINE_JOBS } from '../engine-jobs.js';

interface JobMessage {
  id: number;
  /** PoolJob.name */
  name: string;
  input: never;
}

/** The result's own (not shared) array buffers, so they move to the pool instead of being copied. */
function transferables(value: unknown, found = new Set<ArrayBuffer>(), depth = 0): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else if (value !== null && typeof value === 'object' && depth < 4) {
    for (const inner of Object.values(value)) transferables(inner, found, depth + 1);
  }
  return [...found];
}

const port = parentPort;
if (port) {
  port.on('message', ({ id, name, input }: JobMessage) => {
    let result: unknown;
    try {
      const job = ENGINE_JOBS.get(name);
      if (!job) throw new Error(`unknown engine job "${name}"`);
      result = job.run(input);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
      return;
    }
    port.postMessage({ id, result }, transferables(result));
  });
}
