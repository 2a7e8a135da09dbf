/** Every single-run chart for a result, rendered: what `segbot analyze` writes to charts/*.png and embeds in report.html. */
import type { ChartConfiguration, ChartType } from 'chart.js';
import type { Assignments, SegmentationResult } from '../result/index.js';
import { chartTexts } from './layout.js';
import { modelSelectionSpec, MODEL_SELECTION_SIZE } from './model-selection.js';
import { profileHeatmapSize, profileHeatmapSpec } from './profile-heatmap.js';
import { renderChart, renderChartEncodedAside } from './render.js';
import { rfmGridSpec, RFM_GRID_SIZE } from './rfm-grid.js';
import { SEGMENT_MAP_SIZE, segmentMapSpec } from './segment-map.js';
import { segmentValueSize, segmentValueSpec } from './segment-value.js';
import { segmentLifetimeSize, segmentLifetimeSpec } from './lifetime.js';

export interface ChartImage {
  /** Stable id, e.g. "segment-map". */
  id: string;
  /** The finding, e.g. "Champions are 9% of customers and 41% of revenue". */
  title: string;
  /** How to read the chart (also printed under it). */
  caption: string;
  /** e.g. "segment-map.png" */
  fileName: string;
  png: Buffer;
  /** Size in CSS pixels; the PNG has devicePixelRatio times as many pixels per side. */
  width: number;
  height: number;
}

export interface RenderAllOptions {
  /** Seed of the segment map's sample; defaults to the analysis seed. */
  seed?: number;
  /** Most customers drawn on the segment map (default 5000). */
  maxPoints?: number;
  devicePixelRatio?: number;
  /** Print the caption inside the PNG (default true: a PNG posted to Slack travels alone). A page that prints the caption itself may pass false. */
  embedCaption?: boolean;
}

interface PlannedChart {
  id: string;
  config: ChartConfiguration<ChartType, unknown[], unknown>;
  width: number;
  height: number;
}

/** The charts that apply to this result, in reading order (the RFM grid only for transaction logs). */
export function plannedCharts(result: SegmentationResult, assignments: Assignments, options: RenderAllOptions = {}): PlannedChart[] {
  const plan: PlannedChart[] = [];
  const add = (id: string, config: unknown, size: { width: number; height: number }) =>
    plan.push({ id, config: config as PlannedChart['config'], ...size });
  add('segment-map', segmentMapSpec(result, assignments, { seed: options.seed, maxPoints: options.maxPoints }), SEGMENT_MAP_SIZE);
  add('segment-value', segmentValueSpec(result), segmentValueSize(result));
  add('profile-heatmap', profileHeatmapSpec(result), profileHeatmapSize(result));
  add('model-selection', modelSelectionSpec(result), MODEL_SELECTION_SIZE);
  const rfm = rfmGridSpec(result);
  if (rfm) add('rfm-grid', rfm, RFM_GRID_SIZE);
  const lifetime = segmentLifetimeSpec(result);
  if (lifetime) add('segment-lifetime', lifetime, segmentLifetimeSize(result));
  return plan;
}

export function renderAllCharts(result: SegmentationResult, assignments: Assignments, options: RenderAllOptions = {}): ChartImage[] {
  return plannedCharts(result, assignments, options).map((planned) => ({ ...describe(planned, options), png: renderChart(planned.config, sizeOf(planned, options)) }));
}

/**
 * renderAllCharts with each PNG encoded off this thread while the next chart is drawn; every image's
 * PNG resolves on its own, so its file can be written as soon as it is ready. The same bytes.
 */
export function renderAllChartsEncodedAside(result: SegmentationResult, assignments: Assignments, options: RenderAllOptions = {}): (Omit<ChartImage, 'png'> & { png: Promise<Buffer> })[] {
  return plannedCharts(result, assignments, options).map((planned) => ({ ...describe(planned, options), png: renderChartEncodedAside(planned.config, sizeOf(planned, options)) }));
}

function describe({ id, config, width, height }: PlannedChart, options: RenderAllOptions): Omit<ChartImage, 'png'> {
  const { title, caption } = chartTexts(config);
  if (options.embedCaption === false) {
    const plugins = (config.options as { plugins?: { subtitle?: { display?: boolean } } } | undefined)?.plugins;
    if (plugins?.subtitle) plugins.subtitle.display = false;
  }
  return { id, title, caption, fileName: `${id}.png`, width, height };
}

const sizeOf = ({ width, height }: PlannedChart, options: RenderAllOptions) => ({ width, height, devicePixelRatio: options.devicePixelRatio });
