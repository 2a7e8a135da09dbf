/**
 * Segbot's side of the benchmark runs as compiled JavaScript, as a deployment would, not through
 * tsx (which transpiles every module at start-up: about 0.45 s of the Online Retail run). esbuild
 * bundles bench/segbot-side.ts and the engine's worker-thread module next to it, so the worker pool
 * finds `./engine-worker.js` beside the bundle (with any lazily imported chunks). Built afresh at every bench run (about 50 ms), so it
 * never lags the source.
 */
import path from 'node:path';
import { build } from 'esbuild';

export async function buildSegbotSide(root: string): Promise<string> {
  const outdir = path.join(root, 'bench', '.build');
  await build({
    entryPoints: [path.join(root, 'bench', 'segbot-side.ts'), path.join(root, 'src', 'analysis', 'compute', 'engine-worker.ts')],
    outdir,
    entryNames: '[name]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Native and large packages load from node_modules as usual.
    packages: 'external',
    // The Postgres source is imported lazily: as its own chunk, `pg` only loads when a side uses it.
    splitting: true,
    logLevel: 'warning',
  });
  return path.join(outdir, 'segbot-side.js');
}
