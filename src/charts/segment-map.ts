/** The segment map: customers on the PCA plane, one colour per segment, anomalies marked. */
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { Assignments, SegmentationResult, SegmentProfile } from '../result/index.js';
import { count, percent, shorten } from './format.js';
import { titleAndCaption } from './layout.js';
import { ANOMALY_COLOUR, SEGMENT_COLOURS, segmentColour, withAlpha } from './palette.js';

/** The segments past the coloured ones, drawn together in one light grey. */
const OTHER_SEGMENTS_COLOUR = '#BDBDBD';
import { stratifiedSample } from './sample.js';
import { ChartError } from './errors.js';

export interface SegmentMapOptions {
  /** Largest number of customers drawn; above it a seeded stratified sample is drawn. */
  maxPoints?: number;
  /** Seed of the sample; defaults to the analysis seed in result.options.seed. */
  seed?: number;
  /** CSS width the title is wrapped for. */
  width?: number;
}

export const SEGMENT_MAP_SIZE = { width: 1000, height: 720 };

type Point = { x: number; y: number };

/** "PC1: 46% of variance, mostly Revenue per customer and Orders" (the two largest loadings). */
function axisTitle(result: SegmentationResult, component: 'pc1' | 'pc2'): string {
  const share = result.projection.explainedVariance[component === 'pc1' ? 0 : 1];
  const labelOf = new Map(result.features.map((f) => [f.name, f.label]));
  const top = [...result.projection.loadings]
    .sort((a, b) => Math.abs(b[component]) - Math.abs(a[component]) || a.feature.localeCompare(b.feature))
    .slice(0, 2)
    .map((l) => labelOf.get(l.feature) ?? l.feature);
  const mostly = top.length ? `, mostly ${top.join(' and ')}` : '';
  return `${component.toUpperCase()}: ${percent(share)} of variance${mostly}`;
}

/** Share of drawn points, per side, that the robust view may leave out. */
const VIEW_TAIL = 0.005;
/** Only when the full range is this many times the robust one do outliers get pinned. */
const SQUASH_RATIO = 2;

/**
 * The range of the map. Usually all points; but when a few extreme customers would stretch an axis
 * to more than twice the range that holds 99% of them (squashing everyone else into a corner), the view
 * holds that 99% plus a margin, and the extremes are pinned to its edge.
 */
export function viewRange(values: number[]): { min: number; max: number } {
  if (values.length === 0) return { min: 0, max: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
  const full = { min: sorted[0], max: sorted[sorted.length - 1] };
  const low = at(VIEW_TAIL);
  const high = at(1 - VIEW_TAIL);
  if (full.max - full.min <= SQUASH_RATIO * (high - low)) return full;
  const margin = 0.25 * (high - low);
  return { min: Math.max(full.min, low - margin), max: Math.min(full.max, high + margin) };
}

export function segmentMapSpec(result: SegmentationResult, assignments: Assignments, options: SegmentMapOptions = {}): ChartConfiguration<'scatter', Point[]> {
  const maxPoints = options.maxPoints ?? 5000;
  const seed = options.seed ?? (typeof result.options.seed === 'number' ? result.options.seed : 0);
  const width = options.width ?? SEGMENT_MAP_SIZE.width;
  if (!Number.isInteger(maxPoints) || maxPoints < 1) {
    throw new ChartError('BAD_MAX_POINTS', `segment map: maxPoints must be a whole number of at least 1, got ${String(maxPoints)}.`);
  }
  const known = new Set(result.segments.map((s) => s.id));
  const stranger = assignments.segment.find((s) => !known.has(s));
  if (stranger !== undefined) {
    throw new ChartError(
      'ASSIGNMENTS_MISMATCH',
      `segment map: the assignments place customers in segment ${stranger}, which this result does not have (it has ${[...known].join(', ')}). Pass the assignments.csv written next to this result.json.`,
    );
  }
  const n = assignments.customerIds.length;
  const threshold = result.anomalies.threshold;
  const isAnomaly = (i: number) => assignments.anomalyScore[i] > threshold;
  // Stratify by segment and anomaly flag so that small segments and the few anomalies stay visible.
  const strata = Int32Array.from({ length: n }, (_, i) => assignments.segment[i] * 2 + (isAnomaly(i) ? 1 : 0));
  const drawn = stratifiedSample(strata, maxPoints, seed);

  const xView = viewRange(Array.from(drawn, (i) => assignments.x[i]));
  const yView = viewRange(Array.from(drawn, (i) => assignments.y[i]));
  const pin = (v: number, view: { min: number; max: number }) => Math.min(view.max, Math.max(view.min, v));
  let pinned = 0;
  const pointsBySegment = new Map<number, Point[]>();
  const anomalies: Point[] = [];
  for (const i of drawn) {
    const point = { x: pin(assignments.x[i], xView), y: pin(assignments.y[i], yView) };
    if (point.x !== assignments.x[i] || point.y !== assignments.y[i]) pinned++;
    const segment = assignments.segment[i];
    if (!pointsBySegment.has(segment)) pointsBySegment.set(segment, []);
    pointsBySegment.get(segment)!.push(point);
    if (isAnomaly(i)) anomalies.push(point);
  }

  // Legend order follows the result (descending revenue); noise last. Past as many segments as
  // there are distinct colours, the largest keep theirs and the rest share one grey entry.
  const ordered = [...result.segments].sort((a, b) => Number(a.isNoise) - Number(b.isNoise) || a.id - b.id);
  const realOrdered = ordered.filter((s) => !s.isNoise);
  const coloured = new Set(
    realOrdered.length <= SEGMENT_COLOURS.length ? realOrdered : [...realOrdered].sort((a, b) => b.size - a.size || a.id - b.id).slice(0, SEGMENT_COLOURS.length - 1),
  );
  const drawnOwn = ordered.filter((s) => s.isNoise || coloured.has(s));
  const colourOf = (segment: SegmentProfile) => (segment.isNoise ? segmentColour(-1) : realOrdered.length <= SEGMENT_COLOURS.length ? segmentColour(segment.id) : SEGMENT_COLOURS[[...coloured].indexOf(segment)]);
  const datasets: ChartDataset<'scatter', Point[]>[] = drawnOwn.map((segment) => ({
    label: `${shorten(segment.name, 44)} (${count(segment.size)})`,
    data: pointsBySegment.get(segment.id) ?? [],
    backgroundColor: withAlpha(colourOf(segment), 0.55),
    borderColor: colourOf(segment),
    borderWidth: 0.5,
    pointRadius: 2.5,
    pointStyle: 'circle',
  }));
  const others = realOrdered.filter((s) => !coloured.has(s));
  if (others.length) {
    datasets.splice(coloured.size, 0, {
      label: `${others.length} smaller segments (${count(others.reduce((a, s) => a + s.size, 0))})`,
      data: others.flatMap((s) => pointsBySegment.get(s.id) ?? []),
      backgroundColor: withAlpha(OTHER_SEGMENTS_COLOUR, 0.45),
      borderColor: OTHER_SEGMENTS_COLOUR,
      borderWidth: 0.5,
      pointRadius: 2,
      pointStyle: 'circle',
    });
  }
  datasets.push({
    label: `Anomalies (${count(result.anomalies.count)})`,
    data: anomalies,
    backgroundColor: ANOMALY_COLOUR,
    borderColor: ANOMALY_COLOUR,
    borderWidth: 1.5,
    pointRadius: 4,
    pointStyle: 'crossRot',
  });

  const real = result.segments.filter((s) => !s.isNoise);
  const largest = [...real].sort((a, b) => b.size - a.size || a.id - b.id)[0];
  const title = largest
    ? `${real.length} segments among ${count(result.totals.customers)} customers; the largest, ${largest.name}, holds ${percent(largest.share)}`
    : `${count(result.totals.customers)} customers`;
  const sampled = drawn.length < n ? `${count(drawn.length)} of ${count(n)} customers drawn (seeded stratified sample, seed ${seed})` : `All ${count(n)} customers drawn`;
  const pinnedNote = pinned > 0 ? ` ${count(pinned)} extreme ${pinned === 1 ? 'customer is' : 'customers are'} pinned to the edge of the view.` : '';
  const caption = `Each dot is a customer, placed by a principal component analysis of the clustering features. ${sampled}. ✕ = anomaly (isolation-forest score above ${threshold.toFixed(2)}).${pinnedNote}`;

  return {
    type: 'scatter',
    data: { datasets },
    options: {
      layout: { padding: 8 },
      plugins: {
        ...titleAndCaption<'scatter'>(title, caption, width),
        legend: { position: 'top', align: 'start', labels: { usePointStyle: true, boxWidth: 10, padding: 14 } },
        tooltip: { enabled: false },
      },
      scales: {
        x: { type: 'linear', title: { display: true, text: axisTitle(result, 'pc1') }, ticks: { maxTicksLimit: 8 } },
        y: { type: 'linear', title: { display: true, text: axisTitle(result, 'pc2') }, ticks: { maxTicksLimit: 8 } },
      },
    },
  };
}
