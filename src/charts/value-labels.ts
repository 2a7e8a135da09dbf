/**
 * Prints values on chart elements: in the centre of heatmap cells, after the end of bars.
 * Our own twenty lines instead of chartjs-plugin-datalabels: that package is CommonJS-only and
 * would load a second copy of Chart.js next to our ESM one (its defaults, e.g. the font, would differ).
 */
import type { Chart, ChartType, Plugin } from 'chart.js';

export interface ValueLabelSet {
  /** Lines of text per data point of one dataset (index = data index). */
  lines: string[][];
  /** Text colour per data point; one colour for all when a string. */
  colours: string[] | string;
}

export interface ValueLabelOptions {
  /** Per dataset index; null = no labels for that dataset. */
  datasets: (ValueLabelSet | null)[];
  /** 'center' for cells, 'end' for horizontal bars (text to the right of the bar). */
  position: 'center' | 'end';
  fontSize?: number;
  bold?: boolean;
}

declare module 'chart.js' {
  // The type parameter must repeat Chart.js's own declaration for the interfaces to merge.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    segbotValueLabels?: ValueLabelOptions | false;
  }
}

export const valueLabelsPlugin: Plugin = {
  id: 'segbotValueLabels',
  afterDatasetsDraw(chart: Chart, _args, pluginOptions) {
    const options = pluginOptions as ValueLabelOptions | false;
    if (!options || !Array.isArray(options.datasets)) return;
    const { ctx } = chart;
    const size = options.fontSize ?? 12;
    ctx.save();
    ctx.font = `${options.bold ? 'bold ' : ''}${size}px ${String(chart.options.font?.family ?? 'sans-serif')}`;
    ctx.textBaseline = 'middle';
    ctx.textAlign = options.position === 'center' ? 'center' : 'left';
    options.datasets.forEach((set, datasetIndex) => {
      if (!set || !chart.isDatasetVisible(datasetIndex)) return;
      chart.getDatasetMeta(datasetIndex).data.forEach((drawn, i) => {
        const element = drawn as unknown as { x: number; y: number; getCenterPoint(): { x: number; y: number } };
        const lines = set.lines[i] ?? [];
        if (lines.length === 0) return;
        const colour = typeof set.colours === 'string' ? set.colours : set.colours[i];
        const anchor = options.position === 'center' ? element.getCenterPoint() : { x: element.x + 6, y: element.y };
        ctx.fillStyle = colour ?? '#222222';
        const lineHeight = size * 1.2;
        lines.forEach((line, j) => ctx.fillText(line, anchor.x, anchor.y + (j - (lines.length - 1) / 2) * lineHeight));
      });
    });
    ctx.restore();
  },
};
