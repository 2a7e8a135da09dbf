/**
 * Model selection on the held-out planted set (src/data/generator/planted-configs.ts), frozen before any
 * selection change was tuned: floors at what the final selection reached there (mean adjusted Rand 0.774
 * against the nearest-true-centre oracle's 0.847, planted k within ±1 in 7 of 12; before the work: 0.732
 * and 5 of 12). The targets (within 0.05 of the oracle, k in 80%) are not met on this set.
 * Not wall-clock: the figures only depend on the seeds.
 */
import { describe, expect, it } from 'vitest';
import { evaluatePlanted, evaluatePlantedSet } from '../../../bench/planted.js';
import { runSegmentation } from '../../../src/analysis/engine.js';
import { PLANTED_HELD_OUT } from '../../../src/data/generator/planted-configs.js';
import { plantedTable } from '../../../src/data/generator/planted-table.js';

describe('selection on planted data', () => {
  it('recovers the held-out planted segments (floors at the measured figures)', async () => {
    const summary = await evaluatePlantedSet(PLANTED_HELD_OUT);
    expect(summary.meanAri).toBeGreaterThanOrEqual(0.77);
    expect(summary.meanOracleAri - summary.meanAri).toBeLessThanOrEqual(0.08);
    expect(summary.kHitShare).toBeGreaterThanOrEqual(7 / 12);
  }, 180_000);

  it('recovers a wide segment that k-means at the same k split (held-out seed 9001; before: k-means k=3, ARI 0.66)', async () => {
    const outcome = await evaluatePlanted(PLANTED_HELD_OUT[0]);
    expect(outcome.chosenK).toBe(3);
    expect(outcome.ari).toBeGreaterThan(0.95);
  }, 60_000);

  it('flags one continuous cloud as having no clear clusters and names what the tiers run along', async () => {
    const { data } = plantedTable({ seed: 5, customers: 800, dims: 3, separation: 2, dirt: 0.01, segments: [{ share: 1, elongation: 2, spread: 1 }] });
    const out = await runSegmentation(data, { seed: 42, workers: 1 });
    const structure = out.selection.structure!;
    expect(structure.clear).toBe(false);
    expect(structure.summary).toMatch(/^No clear clusters: .* tiers along/);
    expect(structure.axis.length).toBeGreaterThan(0);
  }, 60_000);

  it('calls well-separated planted segments distinct groups', async () => {
    const { data } = plantedTable(PLANTED_HELD_OUT[0]);
    const out = await runSegmentation(data, { seed: 42, workers: 1 });
    expect(out.selection.structure).toMatchObject({ clear: true, threshold: 0.25 });
  }, 60_000);
});
