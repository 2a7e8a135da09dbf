/** The charts of a real analysis of Online Retail (the demo's data), decoded back from PNG. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEngine, type EngineRun } from '../../src/runs/index.js';
import { mostValuableSegment, renderAllCharts, type ChartImage } from '../../src/charts/index.js';
import { inspectPng } from './png.js';

let workDir: string;
let run: EngineRun;
let images: ChartImage[];

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'segbot-charts-'));
  run = await runEngine({
    source: path.resolve('examples/online_retail.csv.gz'),
    outDir: workDir,
    seed: 42,
    load: { returns: 'drop' }, // the textbook cleaning: 4,338 customers
    engine: { algorithms: ['kmeans', 'ward'], kMin: 2, kMax: 5, stabilityResamples: 2 },
  });
  images = renderAllCharts(run.result, run.assignments);
}, 120_000);
afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('charts of Online Retail', () => {
  it('renders all five single-run charts at 2× and none is blank', async () => {
    expect(images.map((i) => i.id)).toEqual(['segment-map', 'segment-value', 'profile-heatmap', 'model-selection', 'rfm-grid']);
    for (const image of images) {
      const decoded = await inspectPng(image.png);
      expect([decoded.width, decoded.height], image.id).toEqual([image.width * 2, image.height * 2]);
      expect(decoded.colours, image.id).toBeGreaterThan(8);
    }
  });

  it('titles state findings computed from the result', () => {
    const star = mostValuableSegment(run.result.segments)!;
    const value = images.find((i) => i.id === 'segment-value')!;
    expect(value.title).toBe(`${star.name} are ${Math.round(star.share * 100)}% of customers and ${Math.round(star.revenueShare! * 100)}% of revenue`);
    expect(images[0].caption).toContain(`All 4,338 customers drawn`);
  });
});
