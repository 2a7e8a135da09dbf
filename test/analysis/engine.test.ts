import { beforeAll, describe, expect, it } from 'vitest';
import { runSegmentation, type EngineOptions, type EngineOutput } from '../../src/analysis/engine.js';

type EngineOptionsForTest = Pick<EngineOptions, 'workers' | 'minRowsForWorkers'>;
import { adjustedRandIndex } from '../../src/analysis/scoring/metrics.js';
import { SegmentationResult, assignmentCsvLines } from '../../src/result/index.js';
import { AnalysisError } from '../../src/errors.js';
import { createRng } from '../../src/analysis/compute/random.js';
import type { CustomerFeatures } from '../../src/analysis/types.js';
import { FOUR_GROUPS, plantedCustomers } from './planted.js';

// Small and quick: 350 customers, k 2..6, two resamples.
const quick = { seed: 42, kMax: 6, stabilityResamples: 2 };

describe('runSegmentation', () => {
  const { data, truth } = plantedCustomers(FOUR_GROUPS, 21);
  let out: EngineOutput;
  beforeAll(async () => {
    out = await runSegmentation(data, quick);
  });

  it('recovers the planted customer groups', () => {
    expect(adjustedRandIndex(out.assignments.segment, truth)).toBeGreaterThanOrEqual(0.9);
    expect(out.segments.filter((s) => !s.isNoise)).toHaveLength(4);
  });

  it('produces parts that validate against the SegmentationResult schema', () => {
    const parts = SegmentationResult.pick({ features: true, projection: true, anomalies: true, candidates: true, selection: true, segments: true, rfm: true });
    expect(() => parts.parse(out)).not.toThrow();
    expect(out.rfm?.bins).toBe(4);
    expect(out.selection.centroids).toHaveLength(out.segments.filter((s) => !s.isNoise).length);
    expect(out.selection.scaling.map((s) => s.feature)).toEqual(['recency_days', 'frequency', 'monetary']);
    expect(out.candidates.length).toBeGreaterThan(5);
  });

  it('fills per-customer assignments', () => {
    const a = out.assignments;
    expect(a.customerIds).toHaveLength(350);
    expect(a.segmentNames.get(0)).toBe(out.segments[0].name);
    expect([...a.rfmSegment].every((g) => g >= 0)).toBe(true);
    expect(a.anomalyScore.every((s) => s > 0 && s < 1)).toBe(true);
    const flagged = out.segments.reduce((s, p) => s + p.anomalies, 0);
    expect(flagged).toBe(out.anomalies.count);
  });

  it('is deterministic: the same input and seed give identical output', async () => {
    const again = await runSegmentation(plantedCustomers(FOUR_GROUPS, 21).data, quick);
    const { assignments: a1, ...rest1 } = out;
    const { assignments: a2, ...rest2 } = again;
    expect(JSON.stringify(rest2)).toBe(JSON.stringify(rest1));
    expect([...assignmentCsvLines(a2)].join('\n')).toBe([...assignmentCsvLines(a1)].join('\n'));
  });

  it('forces an algorithm and k', async () => {
    const forced = await runSegmentation(data, { ...quick, algorithm: 'kmeans', k: 3, rfmBins: 5 });
    expect(forced.selection).toMatchObject({ chosenId: 'kmeans-k3', forced: true });
    expect(forced.segments).toHaveLength(3);
    expect(forced.rfm?.bins).toBe(5);
    expect(forced.options).toMatchObject({ algorithm: 'kmeans', k: 3, rfmBins: 5 });
  });

  it('reports density noise as its own segment, last', async () => {
    const dense = await runSegmentation(data, { ...quick, algorithm: 'dbscan' });
    expect(dense.selection.chosenId).toMatch(/^dbscan-/);
    const noise = dense.segments.filter((s) => s.isNoise);
    expect(noise).toHaveLength(1);
    expect(dense.segments[dense.segments.length - 1]).toMatchObject({ id: -1, key: 'noise', name: 'Unclustered outliers' });
    expect(noise[0].size).toBe([...dense.assignments.segment].filter((s) => s === -1).length);
    expect(dense.candidates.every((c) => c.algorithm === 'dbscan')).toBe(true);
  });

  it('refuses fewer customers than k', async () => {
    const few = plantedCustomers([{ size: 4, recencyDays: 5, frequency: 3, monetary: 100, country: 0 }], 1).data;
    await expect(runSegmentation(few, { seed: 1, k: 5 })).rejects.toThrow(AnalysisError);
    await expect(runSegmentation(few, { seed: 1, k: 5 })).rejects.toThrow(/k=5 segments but there are only 4 customers/);
  });

  it('refuses a single customer', async () => {
    const one = plantedCustomers([{ size: 1, recencyDays: 5, frequency: 3, monetary: 100, country: 0 }], 1).data;
    await expect(runSegmentation(one, { seed: 1 })).rejects.toThrow(/only 1 customer left after cleaning/);
  });

  it('refuses no customers', async () => {
    const none = plantedCustomers([{ size: 0, recencyDays: 5, frequency: 3, monetary: 100, country: 0 }], 1).data;
    await expect(runSegmentation(none, { seed: 1 })).rejects.toThrow(/no customers to segment/);
  });

  it('refuses a contamination outside (0, 0.5)', async () => {
    await expect(runSegmentation(data, { seed: 1, contamination: 0.7 })).rejects.toThrow(/contamination .* must be between 0 and 0.5, got 0.7/);
  });
});

describe('runSegmentation on worker threads', () => {
  // Ten times the planted groups (3,500 customers), threads forced on below the usual 20,000, a silhouette sample
  // smaller than the data: k-means restarts, the silhouette pair sums and isolation-forest scoring all go to threads.
  const big = plantedCustomers(FOUR_GROUPS.map((g) => ({ ...g, size: g.size * 10 })), 8).data;
  const options = { seed: 11, algorithms: ['kmeans' as const], kMax: 7, stabilityResamples: 2, silhouetteSample: 2_000, minRowsForWorkers: 0 };

  async function expectSameAsOneThread(threaded: EngineOptionsForTest): Promise<void> {
    const notes: string[] = [];
    const progress = { start() {}, end() {}, info: (m: string) => void notes.push(m) };
    const one = await runSegmentation(big, { ...options, ...threaded, workers: 1 });
    const two = await runSegmentation(big, { ...options, ...threaded, progress });
    expect(notes.filter((m) => /Worker threads unavailable/.test(m))).toEqual([]); // the threads really ran
    const { assignments: a1, ...rest1 } = one;
    const { assignments: a2, ...rest2 } = two;
    expect(JSON.stringify(rest2)).toBe(JSON.stringify(rest1));
    expect([...assignmentCsvLines(a2)].join('\n')).toBe([...assignmentCsvLines(a1)].join('\n'));
    expect(Buffer.from(a2.anomalyScore.buffer).equals(Buffer.from(a1.anomalyScore.buffer))).toBe(true);
    expect(one.options).not.toHaveProperty('workers'); // speed only: not part of the recorded options
  }

  it('gives byte-identical output with 1 and 2 workers', async () => {
    await expectSameAsOneThread({ workers: 2 });
  });

  it('gives byte-identical output below minRowsForWorkers, with the forest and silhouette on one side thread', async () => {
    // 3,500 customers < 20,000: one background thread scores the forest and the silhouette and shares the k-means restarts.
    await expectSameAsOneThread({ workers: 2, minRowsForWorkers: 20_000 });
  });

  it('refuses a bad number of workers', async () => {
    await expect(runSegmentation(big, { seed: 1, workers: 0 })).rejects.toThrow(/workers must be a whole number >= 1, got 0/);
  });
});

describe('runSegmentation on a customer table', () => {
  // Two planted groups: young low-income families and older high-income couples, with a categorical.
  function surveyTable(): { data: CustomerFeatures; truth: Int32Array } {
    const rng = createRng(5);
    const n = 200;
    const truth = Int32Array.from({ length: n }, (_, i) => (i < 120 ? 0 : 1));
    const income = Float64Array.from(truth, (g) => (g === 0 ? 30000 : 90000) * Math.exp(0.15 * rng.normal()));
    const kids = Float64Array.from(truth, (g) => (g === 0 ? 2 : 0));
    const codes = Int32Array.from(truth);
    return {
      truth,
      data: {
        shape: 'customers',
        customerIds: Array.from({ length: n }, (_, i) => `c${i}`),
        numeric: [
          { name: 'Income', label: 'Income', description: 'yearly income', unit: 'money', values: income, log1p: true, clustering: true },
          { name: 'Kidhome', label: 'Kids at home', description: 'children', unit: 'count', values: kids, log1p: false, clustering: true },
        ],
        categorical: [{ name: 'Education', levels: ['Basic', 'PhD'], codes, clustering: true }],
        revenue: null,
      },
    };
  }

  it('segments without RFM, naming segments from their most distinctive features', async () => {
    const { data, truth } = surveyTable();
    // Two planted groups: a two-segment winner is allowed here (the default wants 3).
    const out = await runSegmentation(data, { seed: 7, kMax: 4, stabilityResamples: 2, minSegments: 2 });
    expect(out.rfm).toBeNull();
    expect(adjustedRandIndex(out.assignments.segment, truth)).toBeGreaterThanOrEqual(0.9);
    expect([...out.assignments.rfmSegment].every((g) => g === -1)).toBe(true);
    expect(out.segments[0].revenue).toBeNull();
    expect(out.segments.map((s) => s.name).join(' | ')).toMatch(/Income|Kids at home|Education/);
    expect(out.segments[0].topCategories.Education[0].value).toMatch(/Basic|PhD/);
    expect(out.features.map((f) => f.name)).toEqual(['Income', 'Kidhome', 'Education=Basic', 'Education=PhD']);
  });
});
