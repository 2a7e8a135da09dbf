/**
 * The whole run on real parts: a generated transaction log with planted segments, read by DuckDB,
 * segmented, charted, narrated offline, reviewed into a SQLite store in a temp dir.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { generateTransactions } from '../../src/data/generator.js';
import { runAnalysis, runEngine } from '../../src/runs/index.js';
import { loadConfig } from '../../src/config.js';
import { createServices } from '../../src/services/index.js';
import { openStore } from '../../src/store/index.js';
import { parseResult, parseAssignmentsCsv, ASSIGNMENT_COLUMNS, LIFETIME_ASSIGNMENT_COLUMNS } from '../../src/result/index.js';
import { adjustedRandIndex } from '../../src/analysis/index.js';

const dir = tempDir('segbot-run-');
const input = path.join(dir, 'orders.csv');
let truth: Map<string, string>;

beforeAll(async () => {
  const summary = await generateTransactions({ customers: 1500, seed: 7, out: input, plantedSegments: 4, oddNames: true, dayFirst: true, dirt: true, truthPath: path.join(dir, 'truth.csv') });
  const lines = readFileSync(summary.truthPath!, 'utf8').trim().split('\n').slice(1);
  truth = new Map(lines.map((l) => l.split(',') as [string, string]));
});

describe('runAnalysis', () => {
  it('writes result.json, assignments.csv, charts, narrative, reviews and a report, and records the run', async () => {
    const config = loadConfig({ SEGBOT_DATA_DIR: path.join(dir, 'data') }, dir);
    const services = await createServices(config, { log: () => {} });
    // The caller moves the folder into place afterwards (CLI --out, artifact store): the store records where it will be.
    const run = await runAnalysis({ source: input, outDir: path.join(dir, 'out'), publishedDir: path.join(dir, 'published'), seed: 3, narrate: true, associationRules: true, requestedBy: 'U0TEST' }, services.runDeps);
    await services.close();
    const result = parseResult(readFileSync(run.resultPath, 'utf8'));
    expect(result.totals.customers).toBeGreaterThan(1000);
    expect(result.segments.every((s) => Array.isArray(s.associationRules))).toBe(true);
    expect(result.segments.some((s) => s.topProducts.length > 0)).toBe(true);
    expect(readFileSync(run.assignmentsPath, 'utf8').split('\n')[0]).toBe([...ASSIGNMENT_COLUMNS, ...LIFETIME_ASSIGNMENT_COLUMNS].join(','));
    // Five charts, and the lifetime chart: the generated log spans a year with repeat buyers.
    expect(run.chartPaths.map((p) => path.basename(p))).toContain('segment-lifetime.png');
    expect(run.chartPaths.length).toBe(6);
    expect(result.lifetime?.status).toBe('fitted');
    for (const p of run.chartPaths) expect(existsSync(p)).toBe(true);
    const reviews = JSON.parse(readFileSync(run.reviewsPath!, 'utf8')) as { decision: string; state: string }[];
    expect(reviews.length).toBeGreaterThan(0);
    for (const r of reviews) expect(r.state).toBe(r.decision === 'ok' ? 'auto_approved' : 'flagged');
    const html = readFileSync(run.reportHtmlPath, 'utf8');
    expect(html).toContain('id="persona-S1"');
    expect(html).toMatch(/auto-approved|awaiting approval|blocked/);
    expect(html).not.toMatch(/<script/i);
    const store = await openStore({ dataDir: config.dataDir });
    const recorded = (await store.listRuns()).find((r) => r.contentHash === result.contentHash);
    expect(recorded?.path).toBe(path.join(dir, 'published'));
    await store.close();
    const md = readFileSync(run.reportMdPath, 'utf8');
    expect(md).toContain('## Data quality');
    expect(md).toContain('## Model comparison');
  });

  it('recovers the planted segments from a dirty log with odd column names and day-first dates, choosing the model itself', async () => {
    const run = await runEngine({ source: input, outDir: path.join(dir, 'planted'), seed: 1, });
    const a = run.assignments;
    const truthLabels = new Map<string, number>();
    const expected: number[] = [];
    const found: number[] = [];
    a.customerIds.forEach((id, i) => {
      const t = truth.get(id);
      if (t === undefined) return;
      if (!truthLabels.has(t)) truthLabels.set(t, truthLabels.size);
      expected.push(truthLabels.get(t)!);
      found.push(a.segment[i]);
    });
    const ari = adjustedRandIndex(Int32Array.from(expected), Int32Array.from(found));
    expect(ari).toBeGreaterThanOrEqual(0.9);
  });

  it('gives byte-identical result.json and assignments.csv for the same input and seed', async () => {
    const a = await runEngine({ source: input, outDir: path.join(dir, 'det-a'), seed: 11 });
    const b = await runEngine({ source: input, outDir: path.join(dir, 'det-b'), seed: 11 });
    expect(readFileSync(b.resultPath, 'utf8')).toBe(readFileSync(a.resultPath, 'utf8'));
    expect(readFileSync(b.assignmentsPath, 'utf8')).toBe(readFileSync(a.assignmentsPath, 'utf8'));
    expect(a.result.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const back = parseAssignmentsCsv(readFileSync(a.assignmentsPath, 'utf8'));
    expect(back.customerIds.length).toBe(a.result.totals.customers);
  });
});
