/**
 * The digest section of `npm run bench` (`--only digest` runs it alone): the snapshot and the
 * migration of a million customers, timed stage by stage in a child process of its own, with that
 * process's peak memory. Two synthetic weeks of the engine's output (the analysis itself is timed by
 * the other sections): week 1 is snapshotted (sort by id, the models, gzip'd columns, the store row);
 * week 2 (2% of customers gone, 3% new, 5% in another segment, the engine's numbering shuffled) is
 * snapshotted against it (placement with week 1's engine model, the optimal matching), then both are
 * loaded back and compared (the migration matrices, the change report, the digest and its chart).
 *
 *   node --import tsx bench/digest.ts --customers 1m     (the child; prints one JSON line)
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRng } from '../src/analysis/index.js';
import type { Assignments, SegmentationResult } from '../src/result/index.js';
import { localArtifactStore, openStore } from '../src/store/index.js';
import { ASSIGNMENTS_FILE, createSnapshotService } from '../src/snapshots/index.js';
import { produceDigest } from '../src/digest/index.js';
import { reconciles } from '../src/analysis/change/index.js';

export interface DigestBench {
  customers: number;
  stages: { name: string; seconds: number }[];
  assignmentsBytes: number;
  maxRssKb: number;
  wallSeconds: number;
  placedWith: string | null;
  kept: number;
  reconciles: boolean;
}

const K = 6;
const DIMS = 5;
const FEATURES = ['recency_days', 'frequency', 'monetary', 'tenure_days', 'avg_basket'];

/** One week of the engine's output for `ids`: points around K centres in a 5-feature standardized space. */
function week(ids: string[], segmentOf: Int32Array, seed: number, relabel: number[]): { result: SegmentationResult; assignments: Assignments } {
  const n = ids.length;
  const rng = createRng(seed);
  const centres = Array.from({ length: K }, (_, s) => Array.from({ length: DIMS }, (_, d) => 2.5 * Math.sin(1.7 * s + 0.9 * d + 0.3)));
  const values = new Float32Array(n * DIMS);
  const segment = new Int32Array(n);
  const recencyDays = new Float64Array(n);
  const frequency = new Float64Array(n);
  const monetary = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = segmentOf[i];
    segment[i] = relabel[s];
    for (let d = 0; d < DIMS; d++) values[i * DIMS + d] = centres[s][d] + (rng.next() - 0.5);
    recencyDays[i] = Math.round(Math.exp(3 + values[i * DIMS]));
    frequency[i] = 1 + Math.round(Math.exp(1 + values[i * DIMS + 1] / 2));
    monetary[i] = Math.round(100 * Math.exp(4 + values[i * DIMS + 2] / 2)) / 100;
  }
  const sums = Array.from({ length: K }, () => ({ sum: new Array<number>(DIMS).fill(0), n: 0 }));
  for (let i = 0; i < n; i++) {
    const e = sums[segment[i]];
    for (let d = 0; d < DIMS; d++) e.sum[d] += values[i * DIMS + d];
    e.n++;
  }
  const names = ['Champions', 'Loyal', 'Promising', 'Needs attention', 'At risk spenders', 'Dormant'];
  const result = {
    input: { asOf: seed === 1 ? '2026-11-30' : '2026-12-07', lastDate: null },
    contentHash: `bench${seed}`.padEnd(64, '0'),
    anomalies: { threshold: 0.6 },
    features: FEATURES.map((name) => ({ name, kind: 'numeric' })),
    segments: Array.from({ length: K }, (_, id) => ({ id, name: names[relabel.indexOf(id)] })),
    selection: { centroids: sums.map((e) => e.sum.map((v) => v / Math.max(1, e.n))), scaling: FEATURES.map((feature) => ({ feature, transform: 'none', center: 0, scale: 1 })) },
  } as unknown as SegmentationResult;
  const rfmSegment = new Int16Array(n);
  for (let i = 0; i < n; i++) rfmSegment[i] = Math.min(9, Math.max(0, Math.floor(recencyDays[i] / 40)));
  const assignments: Assignments = {
    customerIds: ids,
    segment,
    segmentNames: new Map(result.segments.map((s) => [s.id, s.name])),
    rfmSegment,
    rfmSegmentNames: ['Champions', 'Loyal', 'Potential Loyalists', 'New Customers', 'Promising', 'Need Attention', 'About to Sleep', 'At Risk', 'Hibernating', 'Lost'],
    recencyDays,
    frequency,
    monetary,
    anomalyScore: new Float64Array(n).fill(0.4),
    x: new Float64Array(0),
    y: new Float64Array(0),
    clustering: { columns: FEATURES, center: new Array<number>(DIMS).fill(0), scale: new Array<number>(DIMS).fill(1), values },
  };
  return { result, assignments };
}

async function child(customers: number): Promise<Omit<DigestBench, 'wallSeconds'>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'segbot-bench-digest-'));
  const stages: { name: string; seconds: number }[] = [];
  const timed = async <T>(name: string, f: () => Promise<T> | T): Promise<T> => {
    const t0 = performance.now();
    const v = await f();
    stages.push({ name, seconds: (performance.now() - t0) / 1000 });
    return v;
  };
  try {
    const store = await openStore({ dataDir: path.join(dir, 'data') });
    const snapshots = createSnapshotService({ store, artifacts: localArtifactStore(path.join(dir, 'snapshots')), retention: 0 });
    const rng = createRng(42);
    // Week 1 in the engine's row order (not by id: the snapshot sorts).
    const ids1 = Array.from({ length: customers }, (_, i) => `C${String((i * 7919) % customers).padStart(8, '0')}`);
    const seg1 = Int32Array.from(ids1, () => Math.floor(rng.next() * K));
    const w1 = await timed('week 1: engine output made (synthetic, not Segbot\'s work)', () => week(ids1, seg1, 1, [0, 1, 2, 3, 4, 5]));
    const m1 = await timed('week 1: snapshot (sort, models, gzip, files, store row)', () => snapshots.record({ dataset: 'bench', runId: null, ...w1 }));
    // Week 2: 2% gone, 3% new, 5% moved to another segment; the engine numbers its segments differently.
    const ids2: string[] = [];
    const seg2: number[] = [];
    ids1.forEach((id, i) => {
      const r = rng.next();
      if (r < 0.02) return;
      ids2.push(id);
      seg2.push(r < 0.07 ? (seg1[i] + 1 + Math.floor(rng.next() * (K - 1))) % K : seg1[i]);
    });
    for (let i = 0; i < Math.round(customers * 0.03); i++) {
      ids2.push(`N${String(i).padStart(8, '0')}`);
      seg2.push(Math.floor(rng.next() * K));
    }
    const w2 = await timed('week 2: engine output made (synthetic)', () => week(ids2, Int32Array.from(seg2), 2, [3, 5, 0, 1, 4, 2]));
    const m2 = await timed('week 2: snapshot with identity (placed with week 1\'s model, matched)', () => snapshots.record({ dataset: 'bench', runId: null, ...w2 }));
    const digest = await timed('digest: both loaded, change report and migration matrices, text, chart', () => produceDigest(snapshots, m2.id));
    const bytes = (await stat(path.join(dir, 'snapshots', m1.id, ASSIGNMENTS_FILE))).size;
    const change = digest.data.change!;
    await store.close();
    return {
      customers,
      stages,
      assignmentsBytes: bytes,
      maxRssKb: process.resourceUsage().maxRSS,
      placedWith: m2.placedWith ?? null,
      kept: m2.identity.filter((e) => e.kind === 'kept').length,
      reconciles: reconciles(change.segmentMigration, change.customers.before, change.customers.after) && reconciles(change.rfmMigration!, change.customers.before, change.customers.after),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs the section in a child process (its own peak memory), through tsx. */
export function benchDigest(root: string, customers: number): Promise<DigestBench> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const proc = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench', 'digest.ts'), '--customers', String(customers)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (c: string) => (stdout += c));
    proc.on('error', reject);
    proc.on('close', (code) => {
      if (code !== 0) return reject(new Error(`bench/digest.ts exited with ${code}`));
      try {
        resolve({ ...(JSON.parse(stdout.trim().split('\n').pop() ?? '') as Omit<DigestBench, 'wallSeconds'>), wallSeconds: (performance.now() - started) / 1000 });
      } catch {
        reject(new Error(`bench/digest.ts printed no JSON result: ${stdout.slice(-300)}`));
      }
    });
  });
}

export function digestTable(b: DigestBench): string {
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  return [
    `${b.customers.toLocaleString('en-US')} customers, 6 segments, 5 clustering features; week 2: 2% gone, 3% new, 5% moved.`,
    '',
    '| stage | seconds |',
    '|---|---:|',
    ...b.stages.map((s) => `| ${s.name} | ${s.seconds.toFixed(2)} |`),
    `| whole child process (start-up through tsx included) | ${b.wallSeconds.toFixed(2)} |`,
    '',
    `Peak memory (max RSS) ${(b.maxRssKb / 1024 / 1024).toFixed(2)} GB; one snapshot's assignments file ${mb(b.assignmentsBytes)}; week 2 placed with the ${b.placedWith ?? '—'} model, ${b.kept} of 6 segments kept their ids; migration matrices reconcile with both snapshots: ${b.reconciles ? 'yes' : 'NO'}.`,
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--customers');
  const text = (i >= 0 ? process.argv[i + 1] : '1m') ?? '1m';
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text);
  if (!m) throw new Error(`--customers: "${text}" is not a count such as 100k or 1m.`);
  const customers = Math.round(Number(m[1]) * (m[2].toLowerCase() === 'k' ? 1e3 : m[2].toLowerCase() === 'm' ? 1e6 : 1));
  child(customers).then(
    (r) => process.stdout.write(JSON.stringify(r) + '\n'),
    (e: unknown) => {
      process.stderr.write(`bench digest: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
