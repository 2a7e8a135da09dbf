import { describe, expect, it } from 'vitest';
import {
  modelSelectionSpec,
  profileHeatmapSpec,
  rfmGridSpec,
  segmentMapSpec,
  segmentValueSpec,
  chartTexts,
  MAX_HEATMAP_FEATURES,
  MAX_HEATMAP_SEGMENTS,
  heatmapFeatures,
} from '../../src/charts/index.js';
import { makeFixture } from './fixtures.js';

const { result, assignments } = makeFixture({ customers: 3000 });

describe('segmentMapSpec', () => {
  it('draws one dataset per segment plus anomalies, each segment in its own colour', () => {
    const spec = segmentMapSpec(result, assignments);
    const datasets = spec.data.datasets;
    expect(datasets).toHaveLength(result.segments.length + 1);
    expect(new Set(datasets.slice(0, -1).map((d) => d.borderColor)).size).toBe(result.segments.length);
    expect(datasets.at(-1)!.pointStyle).toBe('crossRot');
  });

  it('past eight segments, colours the seven largest and draws the rest as one grey "smaller segments" entry (k = 30 stays readable)', () => {
    const k = 30;
    const segment = Int32Array.from(assignments.segment, (_s, i) => i % k);
    const segments = Array.from({ length: k }, (_, i) => ({ ...result.segments[i % result.segments.length], id: i, key: `S${i + 1}`, name: `Segment ${i + 1}`, size: 100 - i, isNoise: false }));
    const spec = segmentMapSpec({ ...result, segments }, { ...assignments, segment });
    const datasets = spec.data.datasets;
    expect(datasets).toHaveLength(7 + 1 + 1);
    expect(new Set(datasets.slice(0, 7).map((d) => d.borderColor)).size).toBe(7);
    expect(datasets[7].label).toBe('23 smaller segments (1,886)');
    expect(datasets.slice(0, -1).reduce((s, d) => s + d.data.length, 0)).toBe(3000);
  });

  it('labels the legend with segment names and sizes and the axes with explained variance', () => {
    const spec = segmentMapSpec(result, assignments);
    const first = result.segments[0];
    expect(spec.data.datasets[0].label).toBe(`${first.name} (${first.size.toLocaleString('en-US')})`);
    expect(spec.data.datasets.at(-1)!.label).toBe(`Anomalies (${result.anomalies.count})`);
    const x = spec.options!.scales!.x as { title: { text: string } };
    expect(x.title.text).toMatch(/^PC1: 46% of variance, mostly /);
  });

  it('draws every customer when there are fewer than maxPoints', () => {
    const spec = segmentMapSpec(result, assignments);
    const segmentPoints = spec.data.datasets.slice(0, -1).reduce((s, d) => s + d.data.length, 0);
    expect(segmentPoints).toBe(3000);
    expect(chartTexts(spec).caption).toContain('All 3,000 customers drawn');
  });

  it('draws a seeded stratified sample above maxPoints and says so', () => {
    const spec = segmentMapSpec(result, assignments, { maxPoints: 1000, seed: 5 });
    const segmentPoints = spec.data.datasets.slice(0, -1).map((d) => d.data.length);
    expect(segmentPoints.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1000);
    expect(Math.min(...segmentPoints)).toBeGreaterThan(50); // the smallest segment keeps its share
    expect(chartTexts(spec).caption).toMatch(/1,000 of 3,000 customers drawn \(seeded stratified sample, seed 5\)/);
    expect(segmentMapSpec(result, assignments, { maxPoints: 1000, seed: 5 }).data).toEqual(spec.data);
  });

  it('pins a far outlier to the edge of the view instead of squashing the map, and says so', () => {
    const x = Float64Array.from(assignments.x);
    x[0] = 1000;
    const spec = segmentMapSpec(result, { ...assignments, x });
    const xs = spec.data.datasets.flatMap((d) => d.data.map((p) => p.x));
    expect(Math.max(...xs)).toBeLessThan(20);
    expect(chartTexts(spec).caption).toContain('1 extreme customer is pinned to the edge of the view.');
    expect(chartTexts(segmentMapSpec(result, assignments)).caption).not.toContain('pinned');
  });

  it('draws density noise last, in grey', () => {
    const segment = Int32Array.from(assignments.segment, (v, i) => (i % 10 === 0 ? -1 : v));
    const noise = { ...result.segments[3], id: -1, key: 'noise', name: 'Noise', isNoise: true, size: 300, share: 0.1 };
    const spec = segmentMapSpec({ ...result, segments: [noise, ...result.segments] }, { ...assignments, segment });
    const last = spec.data.datasets.at(-2)!;
    expect(last.label).toBe('Noise (300)');
    expect(last.borderColor).toBe('#9E9E9E');
    expect(last.data).toHaveLength(300);
  });

  it('rejects assignments from another run with a message saying which file to pass', () => {
    const segment = Int32Array.from(assignments.segment, (v, i) => (i === 5 ? 9 : v));
    expect(() => segmentMapSpec(result, { ...assignments, segment })).toThrow(
      /segment 9, which this result does not have \(it has 0, 1, 2, 3\)\. Pass the assignments\.csv written next to this result\.json\./,
    );
  });

  it('rejects a maxPoints that is not a positive whole number', () => {
    expect(() => segmentMapSpec(result, assignments, { maxPoints: 0 })).toThrow(/maxPoints must be a whole number of at least 1, got 0/);
  });

  it('states the largest segment in the title', () => {
    expect(chartTexts(segmentMapSpec(result, assignments)).title).toMatch(/^4 segments among 3,000 customers; the largest, .+, holds \d+%$/);
  });
});

describe('segmentValueSpec', () => {
  it('puts share of customers and share of revenue side by side per segment', () => {
    const spec = segmentValueSpec(result);
    expect(spec.data.datasets.map((d) => d.label)).toEqual(['Share of customers', 'Share of revenue']);
    expect(spec.data.labels!.map((l) => l.slice(0, -1).join(' '))).toEqual(result.segments.map((s) => s.name));
    expect(spec.data.datasets[1].data[0]).toBeCloseTo(result.segments[0].revenueShare! * 100, 6);
  });

  it('titles the finding: the segment worth most per customer', () => {
    const star = result.segments[0];
    const expected = `${star.name} are ${Math.round(star.share * 100)}% of customers and ${Math.round(star.revenueShare! * 100)}% of revenue`;
    expect(chartTexts(segmentValueSpec(result)).title).toBe(expected);
  });

  it('shows customers only when the input has no money column', () => {
    const noMoney = { ...result, segments: result.segments.map((s) => ({ ...s, revenue: null, revenueShare: null })) };
    const spec = segmentValueSpec(noMoney);
    expect(spec.data.datasets).toHaveLength(1);
    expect(chartTexts(spec).title).toMatch(/is the largest segment/);
  });
});

describe('profileHeatmapSpec', () => {
  it('has one cell per segment and feature, coloured by z, with the mean printed', () => {
    const spec = profileHeatmapSpec(result);
    const cells = spec.data.datasets[0].data;
    expect(cells).toHaveLength(result.segments.length * result.features.length);
    const labels = spec.options!.plugins!.segbotValueLabels as { datasets: { lines: string[][] }[] };
    expect(labels.datasets[0].lines).toHaveLength(cells.length);
    expect(labels.datasets[0].lines[0][1]).toMatch(/^×\d/);
    expect(new Set(spec.data.datasets[0].backgroundColor as string[]).size).toBeGreaterThan(4);
  });

  it('keeps at most MAX_HEATMAP_FEATURES rows', () => {
    const many = {
      ...result,
      features: Array.from({ length: 20 }, (_, j) => ({ ...result.features[0], name: `f${j}`, label: `Feature ${j}` })),
      segments: result.segments.map((s) => ({ ...s, features: Array.from({ length: 20 }, (_, j) => ({ ...s.features[0], feature: `f${j}`, z: j / 10 })) })),
    };
    const spec = profileHeatmapSpec(many);
    expect(spec.data.datasets[0].data).toHaveLength(result.segments.length * MAX_HEATMAP_FEATURES);
  });

  it('always shows the two features that set each segment apart, even when others separate segments more overall', () => {
    // f0..f19 with rising spread for every segment, except that the last segment stands out on f0 and f1 alone.
    const last = result.segments.length - 1;
    const many = {
      ...result,
      features: Array.from({ length: 20 }, (_, j) => ({ ...result.features[0], name: `f${j}`, label: `Feature ${j}` })),
      segments: result.segments.map((s, i) => ({ ...s, features: Array.from({ length: 20 }, (_, j) => ({ ...s.features[0], feature: `f${j}`, z: i === last ? (j < 2 ? 3 + j : 0) : j / 10 })) })),
    };
    const shown = heatmapFeatures(many).map((f) => f.name);
    expect(shown).toHaveLength(MAX_HEATMAP_FEATURES);
    expect(shown).toEqual(expect.arrayContaining(['f0', 'f1', 'f19', 'f18']));
  });

  it('draws at most MAX_HEATMAP_SEGMENTS segments, the largest, and says how many are left out', () => {
    const k = 50;
    const big = {
      ...result,
      segments: Array.from({ length: k }, (_, i) => ({ ...result.segments[i % result.segments.length], id: i, key: `S${i + 1}`, name: `Segment ${i + 1}`, size: 100 + i, isNoise: false })),
    };
    const spec = profileHeatmapSpec(big);
    expect(new Set(spec.data.datasets[0].data.map((c) => c.x)).size).toBe(MAX_HEATMAP_SEGMENTS);
    expect(chartTexts(spec).caption).toMatch(new RegExp(`The ${MAX_HEATMAP_SEGMENTS} largest of ${k} segments are drawn`));
    expect(JSON.stringify(spec.data.datasets[0].data)).toContain('Segment 50');
    expect(JSON.stringify(spec.data.datasets[0].data)).not.toContain('Segment 1\\n');
  });

  it('colours above and below the average without a good/bad reading (no red)', () => {
    const colours = profileHeatmapSpec(result).data.datasets[0].backgroundColor as string[];
    for (const c of colours) expect(c.toLowerCase()).not.toMatch(/#(b2182b|d6604d|f4a582)/);
  });
});

describe('modelSelectionSpec', () => {
  it('draws DBSCAN as points, not as a line over k (its k follows from the radius)', () => {
    const spec = modelSelectionSpec(result);
    const dbscan = spec.data.datasets.filter((d) => d.label === 'DBSCAN');
    expect(dbscan.length).toBeGreaterThan(0);
    for (const d of dbscan) expect(d.showLine).toBe(false);
    for (const d of spec.data.datasets.filter((x) => x.label === 'k-means')) expect(d.showLine).not.toBe(false);
  });

  it('draws inertia and silhouette lines per algorithm and stars the chosen model in both panels', () => {
    const spec = modelSelectionSpec(result);
    const byAxis = (axis: string) => spec.data.datasets.filter((d) => d.yAxisID === axis).map((d) => d.label);
    expect(byAxis('inertia')).toEqual(['k-means', 'Ward (hierarchical)', 'Chosen: k-means, k = 4']);
    expect(byAxis('silhouette')).toEqual(['DBSCAN', 'k-means', 'Ward (hierarchical)', 'Chosen: k-means, k = 4']);
    const stars = spec.data.datasets.filter((d) => d.pointStyle === 'star');
    expect(stars.map((d) => d.data[0])).toEqual([{ x: 4, y: expect.any(Number) }, { x: 4, y: 0.42 }]);
    expect(chartTexts(spec).title).toBe('Chosen: k-means with 4 segments (silhouette 0.42), from 12 eligible of 15 candidates');
  });
});

describe('rfmGridSpec', () => {
  it('has one cell per grid square, grouped by named RFM segment', () => {
    const spec = rfmGridSpec(result)!;
    const cells = spec.data.datasets.flatMap((d) => d.data);
    expect(cells).toHaveLength(25);
    expect(cells.reduce((s, c) => s + c.v, 0)).toBe(3000);
    expect(spec.data.datasets.map((d) => d.label!.replace(/ \(.*\)$/, '')).sort()).toEqual([...new Set(result.rfm!.grid.map((g) => g.segment))].sort());
    const labels = spec.options!.plugins!.segbotValueLabels as { datasets: { lines: string[][] }[] };
    expect(labels.datasets[0].lines[0][0]).toBe(spec.data.datasets[0].label!.replace(/ \(.*\)$/, '').split(' ')[0]);
  });

  it('is skipped for customer tables, which have no RFM', () => {
    expect(rfmGridSpec({ ...result, rfm: null })).toBeNull();
  });
});
