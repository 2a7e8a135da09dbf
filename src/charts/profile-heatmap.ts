/** Profile heatmap: segments × features, each cell the segment mean, coloured by distance from the population. */
import type { ChartConfiguration } from 'chart.js';
import type { MatrixDataPoint } from 'chartjs-chart-matrix';
import type { FeatureDefinition, SegmentationResult, SegmentProfile } from '../result/index.js';
import { count, inSentence, percent, shorten, valueInUnit } from './format.js';
import { wrapText } from './layout.js';
import { matrixChart } from './matrix.js';
import { divergingColour } from './palette.js';

/** More rows than this stop being readable; the features that separate segments most are kept. */
export const MAX_HEATMAP_FEATURES = 12;
/** z beyond ±2 is as dark as the scale goes. */
const Z_LIMIT = 2;

export interface HeatmapCell extends MatrixDataPoint {
  x: string;
  y: string;
  /** z-score of the segment mean against the population. */
  v: number;
}

/** More columns than this stop being readable: the largest segments are drawn, the caption says how many are left out. */
export const MAX_HEATMAP_SEGMENTS = 12;

/** The segments drawn: all of them up to MAX_HEATMAP_SEGMENTS, else the largest, in id order. */
export function heatmapSegments(result: SegmentationResult): SegmentProfile[] {
  const real = result.segments.filter((s) => !s.isNoise);
  const kept = new Set([...real].sort((a, b) => b.size - a.size || a.id - b.id).slice(0, MAX_HEATMAP_SEGMENTS));
  return real.filter((s) => kept.has(s)).sort((a, b) => a.id - b.id);
}

/** How many features of each segment are always shown: the ones that set it apart most. */
const DEFINING_PER_SEGMENT = 2;

/**
 * Features shown: first the two that set each drawn segment apart most (largest |z|), so that no
 * segment's defining trait is left out; then clustering features, then by how strongly they
 * separate segments (max |z|); at most MAX_HEATMAP_FEATURES, in the result's order.
 */
export function heatmapFeatures(result: SegmentationResult): FeatureDefinition[] {
  const segments = heatmapSegments(result);
  const spread = (name: string) => Math.max(0, ...segments.map((s) => Math.abs(s.features.find((f) => f.feature === name)?.z ?? 0)));
  const profiled = result.features.filter((f) => segments.some((s) => s.features.some((fs) => fs.feature === f.name)));
  const names = new Set(profiled.map((f) => f.name));
  const defining: string[] = [];
  for (const s of segments) {
    const own = s.features.filter((f) => names.has(f.feature)).sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || a.feature.localeCompare(b.feature));
    for (const f of own.slice(0, DEFINING_PER_SEGMENT)) if (!defining.includes(f.feature)) defining.push(f.feature);
  }
  const rank = (a: FeatureDefinition, b: FeatureDefinition) => Number(b.clustering) - Number(a.clustering) || spread(b.name) - spread(a.name) || a.name.localeCompare(b.name);
  const definingFirst = profiled.filter((f) => defining.includes(f.name)).sort(rank);
  const rest = profiled.filter((f) => !defining.includes(f.name)).sort(rank);
  return [...definingFirst, ...rest].slice(0, MAX_HEATMAP_FEATURES).sort((a, b) => profiled.indexOf(a) - profiled.indexOf(b));
}

export function profileHeatmapSize(result: SegmentationResult): { width: number; height: number } {
  return { width: 1000, height: 260 + 52 * heatmapFeatures(result).length };
}

function segmentLabel(s: SegmentProfile): string[] {
  return [...wrapText(shorten(s.name, 48), 18), `${percent(s.share)} · ${count(s.size)}`];
}

function featureLabel(f: FeatureDefinition): string {
  return `${shorten(f.label, 30)} (avg ${valueInUnit(f.mean, f.unit)})`;
}

export function profileHeatmapSpec(result: SegmentationResult, width = 1000): ChartConfiguration<'matrix', HeatmapCell[], string> {
  const segments = heatmapSegments(result);
  const left = result.segments.filter((s) => !s.isNoise).length - segments.length;
  const features = heatmapFeatures(result);
  const xLabels = segments.map((s) => segmentLabel(s).join('\n'));
  const yLabels = features.map(featureLabel);
  const cells: HeatmapCell[] = [];
  const lines: string[][] = [];
  let strongest: { segment: SegmentProfile; feature: FeatureDefinition; mean: number; z: number } | null = null;
  segments.forEach((segment, si) => {
    features.forEach((feature, fi) => {
      const stat = segment.features.find((f) => f.feature === feature.name);
      if (!stat) return;
      cells.push({ x: xLabels[si], y: yLabels[fi], v: stat.z });
      lines.push([valueInUnit(stat.mean, feature.unit), stat.lift === null ? `z ${stat.z.toFixed(1)}` : `×${stat.lift.toFixed(1)}`]);
      if (!strongest || Math.abs(stat.z) > Math.abs(strongest.z)) strongest = { segment, feature, mean: stat.mean, z: stat.z };
    });
  });
  const colours = cells.map((c) => divergingColour(c.v, Z_LIMIT));
  const found = strongest as { segment: SegmentProfile; feature: FeatureDefinition; mean: number; z: number } | null;
  const title = found
    ? `${found.segment.name} stand out most on ${inSentence(found.feature.label)}: ${valueInUnit(found.mean, found.feature.unit, true)} against ${valueInUnit(found.feature.mean, found.feature.unit, true)} on average`
    : 'Segment profiles';
  const caption =
    `Each cell is the segment's mean; ×n is its lift against the population mean. Colour: how far the mean lies from the population's, in standard deviations (brown below, teal above, white average; darkest at ±${Z_LIMIT}); it says above or below, not better or worse.` +
    (left > 0 ? ` The ${segments.length} largest of ${segments.length + left} segments are drawn; the report's tables list all of them.` : '');
  return matrixChart({ label: 'z-score against the population', cells, colours, lines, xLabels: xLabels, yLabels: yLabels, title, caption, width });
}
