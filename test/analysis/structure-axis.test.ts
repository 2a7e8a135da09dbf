/**
 * "No clear clusters" tiers run along a quantity. On the marketing customer table the rare education
 * level 2n Cycle forms a segment of its own, and its one-hot feature spreads the segment means most;
 * it used to be named the tier axis ("from highest to lowest Education: 2n Cycle").
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../src/runs/index.js';

const FILE = path.resolve('..', 'shared', 'datasets', 'marketing_campaign.tsv');
const available = existsSync(FILE);
if (!available && process.env.CI === 'true') throw new Error(`${FILE} is missing: CI must have ../shared/datasets/`);

describe.skipIf(!available)('tier axis on a customer table with categories', () => {
  it('never names a one-hot category level as the axis the tiers run along', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'segbot-axis-'));
    try {
      const { result } = await runEngine({ source: FILE, outDir: dir, seed: 42, engine: { algorithm: 'ward', k: 3 } });
      const structure = result.selection.structure!;
      const onehot = new Set(result.features.filter((f) => f.kind === 'onehot').map((f) => f.name));
      expect(structure.axis.length).toBeGreaterThan(0);
      for (const name of structure.axis) expect(onehot.has(name), name).toBe(false);
      expect(structure.summary).not.toMatch(/Education:/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
