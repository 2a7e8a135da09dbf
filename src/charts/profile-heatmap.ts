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

/** Features shown: clustering features first, then by how strongly they separate segments (max |z|). */
export function heatmapFeatures(result: SegmentationResult): FeatureDefinition[] {
  const segments = result.segments.filter((s) => !s.isNoise);
  const spread = (name: string) => Math.max(0, ...segments.map((s) => Math.abs(s.features.find((f) => f.feature === name)?.z ?? 0)));
  const profiled = result.features.filter((f) => segments.some((s) => s.features.some((fs) => fs.feature === f.name)));
  return [...profiled]
    .sort((a, b) => Number(b.clustering) - Number(a.clustering) || spread(b.name) - spread(a.name) || a.name.localeCompare(b.name))
    .slice(0, MAX_HEATMAP_FEATURES)
    .sort((a, b) => profiled.indexOf(a) - profiled.indexOf(b));
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
  const segments = result.segments.filter((s) => !s.isNoise).sort((a, b) => a.id - b.id);
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
  const caption = `Each cell is the segment's mean; ×n is its lift against the population mean. Colour: how far the mean lies from the population's, in standard deviations (blue below, red above, white average; darkest at ±${Z_LIMIT}).`;
  return matrixChart({ label: 'z-score against the population', cells, colours, lines, xLabels: xLabels, yLabels: yLabels, title, caption, width });
}
