import { describe, expect, it } from 'vitest';
import { migrationSpec, MIGRATION_SIZE, renderAllCharts, renderAllChartsEncodedAside, renderChart, segmentValueSpec } from '../../src/charts/index.js';
import { laterAssignments, makeFixture } from './fixtures.js';
import { inspectPng as inspect } from './png.js';

const { result, assignments } = makeFixture({ customers: 3000 });

describe('renderAllCharts', () => {
  const images = renderAllCharts(result, assignments, { maxPoints: 2000 });

  it('renders the five single-run charts with titles, captions and file names', () => {
    expect(images.map((i) => i.fileName)).toEqual(['segment-map.png', 'segment-value.png', 'profile-heatmap.png', 'model-selection.png', 'rfm-grid.png']);
    for (const image of images) {
      expect(image.title.length).toBeGreaterThan(10);
      expect(image.caption.length).toBeGreaterThan(10);
    }
  });

  it('writes PNGs at twice the CSS size that are not blank', async () => {
    for (const image of images) {
      const decoded = await inspect(image.png);
      expect(decoded.width, image.id).toBe(image.width * 2);
      expect(decoded.height, image.id).toBe(image.height * 2);
      expect(decoded.colours, image.id).toBeGreaterThan(8);
    }
  });

  it('draws the same bytes for the same input and seed', () => {
    const again = renderAllCharts(result, assignments, { maxPoints: 2000 });
    expect(again.map((i) => i.png.equals(images.find((j) => j.id === i.id)!.png))).toEqual(images.map(() => true));
  });

  it('draws the same bytes with each PNG encoded off the calling thread', async () => {
    const aside = renderAllChartsEncodedAside(result, assignments, { maxPoints: 2000 });
    expect(aside.map(({ png: _png, ...image }) => image)).toEqual(images.map(({ png: _png, ...image }) => image));
    const pngs = await Promise.all(aside.map((image) => image.png));
    expect(pngs.map((png, i) => png.equals(images[i].png))).toEqual(images.map(() => true));
  });

  it('can leave the caption out of the image for pages that print it themselves', async () => {
    const [withCaption, without] = [true, false].map((embedCaption) => renderAllCharts(result, assignments, { maxPoints: 200, devicePixelRatio: 1, embedCaption })[1]);
    expect(without.caption).toBe(withCaption.caption);
    expect(without.png.equals(withCaption.png)).toBe(false);
  });

  it('leaves out the RFM grid for a customer table', () => {
    const ids = renderAllCharts({ ...result, rfm: null }, assignments, { maxPoints: 500, devicePixelRatio: 1 }).map((i) => i.id);
    expect(ids).not.toContain('rfm-grid');
    expect(ids).toHaveLength(4);
  });
});

describe('renderChart', () => {
  it('renders a migration heatmap', async () => {
    const later = laterAssignments(assignments);
    const png = renderChart(migrationSpec(assignments, later, assignments.segmentNames, later.segmentNames), MIGRATION_SIZE);
    const decoded = await inspect(png);
    expect(decoded).toMatchObject({ width: MIGRATION_SIZE.width * 2, height: MIGRATION_SIZE.height * 2 });
    expect(decoded.colours).toBeGreaterThan(8);
  });

  it('honours devicePixelRatio', async () => {
    const decoded = await inspect(renderChart(segmentValueSpec(result), { width: 400, height: 300, devicePixelRatio: 1 }));
    expect([decoded.width, decoded.height]).toEqual([400, 300]);
  });

  it('rejects a zero-sized chart with a message naming the size', () => {
    expect(() => renderChart(segmentValueSpec(result), { width: 0, height: 300 })).toThrow(/width, height and devicePixelRatio must be positive, got 0×300 at pixel ratio 2/);
  });
});
