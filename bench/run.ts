/**
 * `npm run bench`: Segbot against the pipeline a data analyst would write with pandas +
 * scikit-learn, on the same data (Online Retail and generated logs of 100k and 1M customers),
 * each side in its own process, one after the other (never both at once on 2 cores).
 *
 *   npm run bench -- [--sizes or,100k,1m] [--sides command,segbot,reference,postgres,bot,digest,planted] [--runs 3] [--seed 42] [--out bench/results.md] [--keep] [--no-wait] [--from-source]
 *   npm run bench -- --only digest [--digest-customers 1m]   (the snapshot and migration section alone; prints, writes --out only when given)
 *   npm run bench -- --sides planted   (model selection on planted data alone)
 *
 * The headline is `command`: the command a user runs (`node bin/segbot.js analyze FILE --out DIR`,
 * defaults, start-up included) beside the reference. `segbot` is the bundled subset (load + the
 * k-means engine only), kept as a per-stage table. Each file side runs --runs times, the sides
 * taking turns, and the run with the median wall clock stands for its side (the others are listed).
 * The Postgres side runs once. Generated logs (1.3 GB at 1M) and every output are deleted at the
 * end unless --keep. --no-wait skips waiting for an idle machine (a shared, loaded machine).
 * The command runs from dist/, built first as `npm ci` builds it; --from-source runs it through tsx
 * instead (start-up as before the build existed).
 *
 * `--sides planted` alone runs only the selection-quality section (bench/planted.ts: adjusted Rand of the
 * engine's pick and of a nearest-true-centre oracle on the tuning and held-out planted sets; no timing).
 *
 * Not part of `npm test`: it takes minutes and its figures depend on the machine.
 */
import { existsSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTransactions } from '../src/data/generator.js';
import { stderrProgress } from '../src/cli/output.js';
import { agreement, compareRfm } from './agreement.js';
import { ensureReference, PYTHON, runSide, waitForQuiet, type SideResult } from './children.js';
import { agreementText, datasetTable, machineLine, summaryTable, type DatasetRun } from './report.js';
import { preparePostgres } from './postgres.js';
import { buildSegbotSide } from './build.js';
import { benchBot, botTable } from './bot.js';
import { buildDist, commandTable, runCommand, type CommandResult } from './command.js';
import { benchDigest, digestTable } from './digest.js';
import { plantedSection } from './planted.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join(ROOT, 'bench', '.cache');
const SIDES = ['command', 'segbot', 'reference', 'postgres', 'bot', 'digest', 'planted'] as const;
type Side = (typeof SIDES)[number];

interface BenchArgs {
  sizes: string[];
  sides: Side[];
  seed: number;
  /** Runs per file side; the median (by wall clock) is reported. */
  runs: number;
  out: string | null;
  /** Keep the generated logs in bench/.cache for the next run. */
  keep: boolean;
  /** Wait for an idle machine before each side. */
  wait: boolean;
  /** Run the command through tsx instead of dist/. */
  fromSource: boolean;
  /** Customers in the digest section (snapshot and migration). */
  digestCustomers: number;
}

function parseArgs(argv: string[]): BenchArgs {
  const flag = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const only = flag('--only');
  if (only !== undefined && only !== 'digest') throw new Error(`--only: unknown section "${only}"; the section that runs alone is digest (for planted: --sides planted).`);
  const sides = only ? [only] : (flag('--sides') ?? 'command,segbot,reference,postgres,bot,digest,planted').split(',').map((s) => s.trim());
  for (const s of sides) if (!(SIDES as readonly string[]).includes(s)) throw new Error(`--sides: unknown side "${s}"; use ${SIDES.join(',')}.`);
  return {
    // The digest section makes its own data: --only digest generates no log.
    sizes: only ? [] : (flag('--sizes') ?? 'or,100k,1m').split(',').map((s) => s.trim().toLowerCase()),
    sides: sides as Side[],
    seed: Number(flag('--seed') ?? 42),
    runs: positiveInteger(flag('--runs') ?? '3', '--runs'),
    // Alone, the digest section does not replace the full results file unless --out names one.
    out: argv.includes('--no-out') ? null : (flag('--out') ?? (only ? null : path.join(ROOT, 'bench', 'results.md'))),
    keep: argv.includes('--keep'),
    wait: !argv.includes('--no-wait'),
    fromSource: argv.includes('--from-source'),
    digestCustomers: customersOf(flag('--digest-customers') ?? '1m'),
  };
}

function positiveInteger(text: string, name: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name}: "${text}" is not a whole number >= 1.`);
  return n;
}

/** The run with the median wall clock (the lower middle one for an even count), and every run's wall clock. */
function medianRun<T extends { wallSeconds: number; allWallSeconds?: number[] }>(runs: T[]): T {
  const sorted = [...runs].sort((a, b) => a.wallSeconds - b.wallSeconds);
  return { ...sorted[Math.floor((sorted.length - 1) / 2)], allWallSeconds: runs.map((r) => r.wallSeconds) };
}

function customersOf(size: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/.exec(size);
  if (!m) throw new Error(`--sizes: "${size}" is not "or" or a customer count such as 100k or 1m.`);
  return Math.round(Number(m[1]) * (m[2] === 'k' ? 1e3 : m[2] === 'm' ? 1e6 : 1));
}

/** The input file for a size: Online Retail as shipped, or a generated log cached between runs. */
async function dataset(size: string, seed: number): Promise<{ name: string; file: string; rows: number }> {
  if (size === 'or') return { name: 'Online Retail', file: path.join(ROOT, 'examples', 'online_retail.csv.gz'), rows: 541_909 };
  const customers = customersOf(size);
  const file = path.join(CACHE, `generated-${size}-seed${seed}.csv`);
  const summaryFile = `${file}.json`;
  if (!existsSync(file) || !existsSync(summaryFile)) {
    await mkdir(CACHE, { recursive: true });
    process.stderr.write(`bench: generating ${size} customers into ${path.relative(ROOT, file)} (cached for later runs)…\n`);
    const summary = await generateTransactions({ customers, seed, out: file, dirt: true, truthPath: null, progress: stderrProgress() });
    await writeFile(summaryFile, JSON.stringify(summary));
  }
  const { rows } = JSON.parse(await readFile(summaryFile, 'utf8')) as { rows: number };
  return { name: `generated ${size} customers`, file, rows };
}

/** The file sides of one data set: Segbot and the reference in turn, each on a quiet machine, --runs times. */
async function benchFile(size: string, args: BenchArgs, work: string, side: string): Promise<DatasetRun> {
  const data = await dataset(size, args.seed);
  const run: DatasetRun = { name: data.name, rows: data.rows };
  const { segbotRfm, referenceRfm } = rfmFiles(work, size);
  const segbot: SideResult[] = [];
  const reference: SideResult[] = [];
  const command: CommandResult[] = [];
  const quiet = () => (args.wait ? waitForQuiet() : Promise.resolve());
  for (let i = 1; i <= args.runs; i++) {
    const of = args.runs > 1 ? ` (run ${i} of ${args.runs})` : '';
    if (args.sides.includes('command')) {
      await quiet();
      process.stderr.write(`bench: ${data.name}: segbot analyze (the real command)${of}…\n`);
      const outDir = path.join(work, `${size}-analyze-${i}`);
      command.push(await runCommand(ROOT, data.file, outDir, args.fromSource));
      await rm(outDir, { recursive: true, force: true });
    }
    if (args.sides.includes('segbot')) {
      await quiet();
      process.stderr.write(`bench: ${data.name}: Segbot${of}…\n`);
      segbot.push(await runSide(process.execPath, [side, data.file, '--rfm-out', segbotRfm, ...commonArgs(args)], ROOT));
    }
    if (args.sides.includes('reference')) {
      await quiet();
      process.stderr.write(`bench: ${data.name}: pandas + scikit-learn${of}…\n`);
      reference.push(await runSide(PYTHON, ['bench/reference.py', data.file, '--rfm-out', referenceRfm, ...commonArgs(args)], ROOT));
    }
  }
  if (command.length) run.command = medianRun(command);
  if (segbot.length) run.segbot = medianRun(segbot);
  if (reference.length) run.reference = medianRun(reference);
  if (run.segbot && run.reference) run.agreement = await agreement(run.segbot, run.reference, segbotRfm, referenceRfm);
  return run;
}

/**
 * The Postgres side of one data set, after every file side: loading a table writes gigabytes that
 * Postgres and the kernel flush for a while afterwards, which must not land in another side's time.
 */
async function benchPostgres(size: string, run: DatasetRun, args: BenchArgs, work: string, side: string): Promise<void> {
  const data = await dataset(size, args.seed);
  const source = await preparePostgres(data.file, size, args.seed);
  if (!source) return;
  if (args.wait) await waitForQuiet();
  process.stderr.write(`bench: ${data.name}: Segbot reading Postgres table ${source.table}…\n`);
  const postgresRfm = path.join(work, `${size}-postgres.csv`);
  run.postgres = await runSide(process.execPath, [side, data.file, '--postgres', source.url, '--table', source.table, '--rfm-out', postgresRfm, ...commonArgs(args)], ROOT);
  if (run.segbot) run.postgresAgreement = await compareRfm(postgresRfm, rfmFiles(work, size).segbotRfm);
}

const commonArgs = (args: BenchArgs) => ['--seed', String(args.seed), '--k-min', '2', '--k-max', '8'];
const rfmFiles = (work: string, size: string) => ({ segbotRfm: path.join(work, `${size}-segbot.csv`), referenceRfm: path.join(work, `${size}-reference.csv`) });

async function digestSection(args: BenchArgs): Promise<string> {
  if (args.wait) await waitForQuiet();
  process.stderr.write(`bench: snapshot and migration of ${args.digestCustomers.toLocaleString('en-US')} customers…\n`);
  return `### Snapshots and migration (the weekly digest)\n\n${digestTable(await benchDigest(ROOT, args.digestCustomers))}`;
}

/** `--only digest`: the section alone, printed (and written to --out when given). */
async function benchDigestAlone(args: BenchArgs): Promise<void> {
  const section = await digestSection(args);
  process.stdout.write(`\n${section}\n`);
  if (args.out) await writeFile(args.out, `Machine: ${machineLine()}. Run on ${new Date().toISOString().slice(0, 10)} with \`npm run bench -- --only digest --digest-customers ${args.digestCustomers}\`.\n\n${section}\n`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const planted = args.sides.includes('planted') ? await plantedSection() : null;
  if (planted) process.stdout.write(`\n${planted}\n`);
  if (args.sides.every((s) => s === 'planted')) {
    if (args.out && planted) {
      await writeFile(args.out, `## Benchmark: model selection on planted data\n\nRun on ${new Date().toISOString().slice(0, 10)} with \`npm run bench -- --sides planted\`.\n\n${planted}\n`);
      process.stderr.write(`bench: results written to ${path.relative(ROOT, args.out)}\n`);
    }
    return;
  }
  if (args.sides.includes('reference')) ensureReference();
  if (args.sides.length === 1 && args.sides[0] === 'digest') return benchDigestAlone(args);
  const side = await buildSegbotSide(ROOT);
  if (args.sides.includes('command') && !args.fromSource) buildDist(ROOT);
  const work = await mkdtemp(path.join(tmpdir(), 'segbot-bench-'));
  // Ctrl-C or a kill skips the finally below: the outputs and generated logs go on the way out too.
  const leftovers = () => {
    rmSync(work, { recursive: true, force: true });
    if (!args.keep) rmSync(CACHE, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      leftovers();
      process.exit(130);
    });
  }
  const runs: DatasetRun[] = [];
  const sections: string[] = [];
  try {
    for (const size of args.sizes) runs.push(await benchFile(size, args, work, side));
    if (args.sides.includes('postgres')) for (const [i, size] of args.sizes.entries()) await benchPostgres(size, runs[i], args, work, side);
    for (const run of runs) {
      const section = `### ${run.name} (${run.rows.toLocaleString('en-US')} rows)\n\n${datasetTable(run)}\n\n${agreementText(run)}`;
      sections.push(section);
      process.stdout.write(`\n${section}\n`);
    }
    if (args.sides.includes('digest')) {
      const section = await digestSection(args);
      sections.push(section);
      process.stdout.write(`\n${section}\n`);
    }
    if (args.sides.includes('bot')) {
      if (args.wait) await waitForQuiet();
      process.stderr.write('bench: the Slack app on loopback: 50 concurrent slash commands during /segment run demo…\n');
      const section = `### The Slack app (HTTP mode, stand-in on loopback)\n\n${botTable(await benchBot())}`;
      sections.push(section);
      process.stdout.write(`\n${section}\n`);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
    // The generated logs are gigabytes at 1M customers: gone unless asked to keep them.
    if (!args.keep) await rm(CACHE, { recursive: true, force: true });
  }
  const command = `npm run bench -- --sizes ${args.sizes.join(',')} --sides ${args.sides.join(',')} --runs ${args.runs} --seed ${args.seed}${args.wait ? '' : ' --no-wait'}${args.fromSource ? ' --from-source' : ''}`;
  const headline = commandTable(runs.map((r) => ({ name: r.name, customers: r.reference?.customers ?? r.segbot?.customers, command: r.command, reference: r.reference })));
  const report = [
    `## Benchmark: Segbot vs pandas + scikit-learn`,
    '',
    `Machine: ${machineLine()}. Run on ${new Date().toISOString().slice(0, 10)} with \`${command}\`.`,
    '',
    args.runs > 1
      ? `Each file side ran ${args.runs} times, Segbot and the reference in turn; the figures are from each side's run with the median wall clock (every run's wall clock is listed under its data set). The Postgres side ran once.`
      : 'Each side ran once.',
    '',
    '### The command a user runs',
    '',
    '`node bin/segbot.js analyze FILE --out DIR` with its defaults (k-means, Ward and DBSCAN, stability, products, charts, report), start-up included, timed as a child process; peak memory is its max RSS.',
    '',
    headline,
    '',
    '### The engine subset (bundled; load + k-means engine only), per stage',
    '',
    "Segbot's stage rows are its calling thread's time. The isolation forest is scored on a worker thread while the calling thread fits k-means, and the silhouette while it computes stability: those rows show the time from start to result (the forest's overlaps k-means) or only the wait beyond stability (the silhouette's), so the rows need not add up to the end-to-end time.",
    '',
    summaryTable(runs),
    '',
    ...sections.flatMap((s) => [s, '']),
    ...(planted ? [planted, ''] : []),
  ].join('\n');
  process.stdout.write(`\n${summaryTable(runs)}\n\n${headline}\n`);
  if (args.out) {
    await writeFile(args.out, report);
    process.stderr.write(`bench: results written to ${path.relative(ROOT, args.out)}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
