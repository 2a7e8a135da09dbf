/**
 * Segment migration built the way the weekly digest will build it: two analyses of the same
 * transaction log at two --as-of dates, read back from their assignments.csv files.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTransactions } from '../../src/data/generator.js';
import { runEngine, type EngineRun } from '../../src/runs/index.js';
import { parseAssignmentsCsv, type Assignments } from '../../src/result/index.js';
import { LOST_CUSTOMERS, NEW_CUSTOMERS, migrationSpec, migrationTable, renderChart, MIGRATION_SIZE, chartTexts } from '../../src/charts/index.js';

let workDir: string;
let earlier: { run: EngineRun; assignments: Assignments };
let later: { run: EngineRun; assignments: Assignments };

async function analyse(source: string, name: string, asOf?: string) {
  const run = await runEngine({
    source,
    outDir: path.join(workDir, name),
    seed: 42,
    load: asOf ? { asOf } : {},
    engine: { algorithms: ['kmeans'], kMin: 2, kMax: 4, stabilityResamples: 2 },
  });
  return { run, assignments: parseAssignmentsCsv(await readFile(run.assignmentsPath, 'utf8')) };
}

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'segbot-migration-'));
  const source = path.join(workDir, 'orders.csv');
  await generateTransactions({ customers: 800, seed: 3, out: source, truthPath: null });
  earlier = await analyse(source, 'earlier', '2011-09-01');
  later = await analyse(source, 'later');
});
afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('segment migration between two --as-of snapshots', () => {
  it('counts every customer of both runs once, with newcomers in their own row', () => {
    const table = migrationTable(earlier.assignments, later.assignments, earlier.assignments.segmentNames, later.assignments.segmentNames);
    const total = table.counts.flat().reduce((a, b) => a + b, 0);
    const newRow = table.rows.indexOf(NEW_CUSTOMERS);
    const newcomers = newRow >= 0 ? table.counts[newRow].reduce((a, b) => a + b, 0) : 0;
    // A later snapshot of the same log keeps everyone who had bought before the earlier date.
    expect(table.columns).not.toContain(LOST_CUSTOMERS);
    expect(total).toBe(later.run.result.totals.customers);
    expect(total - newcomers).toBe(earlier.run.result.totals.customers);
    expect(newcomers).toBeGreaterThan(0);
    expect(table.rows.slice(0, -1)).toEqual(earlier.run.result.segments.map((s) => s.name));
  });

  it('renders a heatmap whose title states how many stayed', () => {
    const spec = migrationSpec(earlier.assignments, later.assignments, earlier.assignments.segmentNames, later.assignments.segmentNames);
    expect(chartTexts(spec).title).toMatch(/^\d+% of returning customers stayed in a segment of the same name/);
    const png = renderChart(spec, MIGRATION_SIZE);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});
