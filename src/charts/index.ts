/**
 * Charts: pure Chart.js configurations built from a SegmentationResult (and assignments),
 * drawn to PNG by one renderer (Chart.js on @napi-rs/canvas, with a shipped font).
 */
export { segmentMapSpec, SEGMENT_MAP_SIZE, type SegmentMapOptions } from './segment-map.js';
export { segmentValueSpec, segmentValueSize, mostValuableSegment } from './segment-value.js';
export { profileHeatmapSpec, profileHeatmapSize, heatmapFeatures, heatmapSegments, MAX_HEATMAP_FEATURES, MAX_HEATMAP_SEGMENTS, type HeatmapCell } from './profile-heatmap.js';
export { modelSelectionSpec, MODEL_SELECTION_SIZE } from './model-selection.js';
export { rfmGridSpec, RFM_GRID_SIZE, type RfmCell } from './rfm-grid.js';
export {
  migrationSpec,
  migrationTable,
  MIGRATION_SIZE,
  NEW_CUSTOMERS,
  LOST_CUSTOMERS,
  type MigrationCell,
  type MigrationTable,
  type SegmentNames,
} from './migration.js';
export { renderChart, renderChartEncodedAside, CHART_FONT_FAMILY, type RenderOptions } from './render.js';
export { renderAllCharts, renderAllChartsEncodedAside, plannedCharts, type ChartImage, type RenderAllOptions } from './all.js';
export { chartTexts } from './layout.js';
export { stratifiedSample } from './sample.js';
export { SEGMENT_COLOURS, NOISE_COLOUR, ANOMALY_COLOUR, segmentColour } from './palette.js';
export { ChartError } from './errors.js';
export { segmentLifetimeSpec, segmentLifetimeSize, holdoutChartSpec, HOLDOUT_CHART_SIZE, type HoldoutChartRow } from './lifetime.js';
