/**
 * The one place that draws: Chart.js on @napi-rs/canvas. Everything Node-specific lives here:
 * the shipped font, plugin registration, a white background and our value-label plugin.
 * No DOM shims are needed: without `window`, Chart.js picks its BasicPlatform, which only asks
 * the canvas for a 2-D context and resizes it for the pixel ratio.
 */
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration, type ChartItem, type ChartType, type DefaultDataPoint } from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';
import { valueLabelsPlugin } from './value-labels.js';
import { backgroundPlugin } from './background.js';
import { ChartError } from './errors.js';
import { TEXT_COLOUR, GRID_COLOUR } from './palette.js';

export const CHART_FONT_FAMILY = 'DejaVu Sans';

let ready = false;

/** Registers the font and Chart.js parts once per process. */
function prepare(): void {
  if (ready) return;
  const require = createRequire(import.meta.url);
  // Shipped from npm so that a fresh machine without system fonts draws the same glyphs.
  GlobalFonts.registerFromPath(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), CHART_FONT_FAMILY);
  GlobalFonts.registerFromPath(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'), CHART_FONT_FAMILY);
  Chart.register(...registerables, MatrixController, MatrixElement, valueLabelsPlugin, backgroundPlugin);
  Chart.defaults.font.family = CHART_FONT_FAMILY;
  Chart.defaults.font.size = 13;
  Chart.defaults.color = TEXT_COLOUR;
  Chart.defaults.borderColor = GRID_COLOUR;
  ready = true;
}

export interface RenderOptions {
  /** CSS pixels; the PNG is width × devicePixelRatio wide. */
  width: number;
  height: number;
  /** 2 by default: sharp on Slack and on high-density screens. */
  devicePixelRatio?: number;
}

/** Draws one chart configuration and returns the PNG bytes. Deterministic for the same input. */
export function renderChart<TType extends ChartType, TData = DefaultDataPoint<TType>, TLabel = unknown>(
  config: ChartConfiguration<TType, TData, TLabel>,
  options: RenderOptions,
): Buffer {
  const { canvas, chart } = drawChart(config, options);
  try {
    return canvas.toBuffer('image/png');
  } finally {
    chart.destroy();
  }
}

/**
 * renderChart with the PNG encoded off this thread (on libuv's pool; about two thirds of a chart's
 * time): the chart is drawn here before it returns, so the caller can draw the next one meanwhile.
 * The same bytes as renderChart.
 */
export async function renderChartEncodedAside<TType extends ChartType, TData = DefaultDataPoint<TType>, TLabel = unknown>(
  config: ChartConfiguration<TType, TData, TLabel>,
  options: RenderOptions,
): Promise<Buffer> {
  const { canvas, chart } = drawChart(config, options);
  try {
    return await canvas.encode('png');
  } finally {
    chart.destroy(); // clears the canvas: only once its PNG is made
  }
}

function drawChart<TType extends ChartType, TData, TLabel>(config: ChartConfiguration<TType, TData, TLabel>, options: RenderOptions) {
  prepare();
  const devicePixelRatio = options.devicePixelRatio ?? 2;
  if (!(options.width > 0 && options.height > 0 && devicePixelRatio > 0)) {
    throw new ChartError('BAD_SIZE', `renderChart: width, height and devicePixelRatio must be positive, got ${options.width}×${options.height} at pixel ratio ${devicePixelRatio}. Pass a size in CSS pixels, e.g. { width: 1000, height: 700 }.`);
  }
  // Chart.js scales the canvas by the pixel ratio itself (retinaScale), so it starts at CSS size.
  const canvas = createCanvas(Math.round(options.width), Math.round(options.height));
  const context = canvas.getContext('2d');
  const chart = new Chart(context as unknown as ChartItem, {
    ...config,
    options: { ...config.options, responsive: false, maintainAspectRatio: false, animation: false, devicePixelRatio },
  } as ChartConfiguration<TType, TData, TLabel>);
  return { canvas, chart };
}
