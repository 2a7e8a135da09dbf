/**
 * Segbot's side of the benchmark, run by bench/run.ts in its own process so that its peak memory
 * is its own: the real loader and the real engine (k-means k=2..8, as the reference), each stage
 * timed through the engine's own progress events. Prints one JSON object on stdout.
 *
 * Usage (bench/run.ts bundles it first, see bench/build.ts): node bench/.build/segbot-side.js INPUT --rfm-out FILE [--seed N] [--postgres URL --table T]
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { loadCustomers, type LoadedData } from '../src/data/index.js';
import { runSegmentation } from '../src/analysis/index.js';
import type { Progress } from '../src/progress.js';
import { stageOf, type StageTimes } from './stages.js';

interface SideArgs {
  input: string;
  rfmOut: string;
  seed: number;
  kMin: number;
  kMax: number;
  postgres?: string;
  table?: string;
}

function parseArgs(argv: string[]): SideArgs {
  const flag = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    input: argv[0],
    rfmOut: flag('--rfm-out') ?? '/dev/null',
    seed: Number(flag('--seed') ?? 42),
    kMin: Number(flag('--k-min') ?? 2),
    kMax: Number(flag('--k-max') ?? 8),
    postgres: flag('--postgres'),
    table: flag('--table'),
  };
}

/**
 * Records how long each engine step took on the calling thread, keyed by benchmark stage. A step
 * that runs inside another (stability inside scoring, while the silhouette is scored on other
 * threads) counts for itself only: the outer step is charged its own time, not its inner steps'.
 */
function timingProgress(times: StageTimes): Progress {
  const started = new Map<string, number>();
  const finished: { start: number; seconds: number; claimed: boolean }[] = [];
  return {
    start: (step) => void started.set(step, performance.now()),
    end: (step) => {
      const t = started.get(step);
      if (t === undefined) return;
      let seconds = (performance.now() - t) / 1000;
      for (const inner of finished) {
        if (inner.claimed || inner.start < t) continue;
        inner.claimed = true;
        seconds -= inner.seconds;
      }
      finished.push({ start: t, seconds: (performance.now() - t) / 1000, claimed: false });
      const stage = stageOf(step);
      times[stage] = (times[stage] ?? 0) + seconds;
    },
    info: () => {},
  };
}

async function load(args: SideArgs, progress: Progress): Promise<LoadedData> {
  if (!args.postgres) return loadCustomers({ path: args.input, progress });
  // Loaded lazily: the Postgres source is optional for the file benchmark.
  const { loadFromPostgres } = await import('../src/data/postgres/index.js');
  return loadFromPostgres({ url: args.postgres, table: args.table, progress });
}

async function writeRfm(file: string, data: LoadedData): Promise<void> {
  const column = (name: string) => data.features.numeric.find((c) => c.name === name)!.values;
  const [r, f, m] = [column('recency_days'), column('frequency'), column('monetary')];
  const out = createWriteStream(file);
  out.write('customer_id,recency_days,frequency,monetary\n');
  const ids = data.features.customerIds;
  for (let i = 0; i < ids.length; i++) {
    if (!out.write(`${ids[i]},${r[i]},${f[i]},${m[i]}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const times: StageTimes = {};
  const progress = timingProgress(times);
  const t0 = performance.now();
  const data = await load(args, progress);
  const loaded = performance.now();
  times.load_clean_rfm = (loaded - t0) / 1000;
  const engineTimes: StageTimes = {};
  const output = await runSegmentation(data.features, {
    seed: args.seed,
    algorithms: ['kmeans'],
    kMin: args.kMin,
    kMax: args.kMax,
    progress: timingProgress(engineTimes),
  });
  Object.assign(times, engineTimes);
  // Whatever the engine did outside the named stages (RFM scores, naming, rounding) is "other".
  const named = Object.entries(engineTimes).filter(([k]) => k !== 'engine_other').reduce((a, [, v]) => a + (v ?? 0), 0);
  times.engine_other = Math.max(0, (performance.now() - loaded) / 1000 - named);
  await data.session.close();
  await writeRfm(args.rfmOut, data);
  const inertia = Object.fromEntries(output.candidates.map((c) => [c.k, c.scores.inertia]));
  const silhouette = Object.fromEntries(output.candidates.map((c) => [c.k, c.scores.silhouette]));
  process.stdout.write(JSON.stringify({
    rowsRead: data.dataQuality.rowsRead,
    rowsKept: data.dataQuality.rowsKept,
    customers: data.features.customerIds.length,
    stages: times,
    inertia,
    silhouette,
    chosen: output.selection.chosenId,
    maxRssKb: process.resourceUsage().maxRSS,
  }) + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`segbot side failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
