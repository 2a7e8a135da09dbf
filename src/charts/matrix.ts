/** The shared shape of Segbot's heatmaps (profile, migration): a labelled grid of coloured cells with values printed in them. */
import type { ChartConfiguration } from 'chart.js';
import type { MatrixDataPoint } from 'chartjs-chart-matrix';
import { titleAndCaption } from './layout.js';
import { textColourOn } from './palette.js';

export interface MatrixChartParts<Cell extends MatrixDataPoint> {
  label: string;
  cells: Cell[];
  /** One fill colour per cell. */
  colours: string[];
  /** The text printed in each cell, one entry per line. */
  lines: string[][];
  /** Column labels along the top (a "\n" breaks a label into lines) and row labels down the side. */
  xLabels: string[];
  yLabels: string[];
  title: string;
  caption: string;
  width: number;
}

export function matrixChart<Cell extends MatrixDataPoint>(p: MatrixChartParts<Cell>): ChartConfiguration<'matrix', Cell[], string> {
  const nx = Math.max(1, p.xLabels.length);
  const ny = Math.max(1, p.yLabels.length);
  return {
    type: 'matrix',
    data: {
      datasets: [{
        label: p.label,
        data: p.cells,
        backgroundColor: p.colours,
        borderColor: '#FFFFFF',
        borderWidth: 1,
        width: ({ chart }) => (chart.chartArea?.width ?? 0) / nx - 1,
        height: ({ chart }) => (chart.chartArea?.height ?? 0) / ny - 1,
      }],
    },
    options: {
      layout: { padding: 8 },
      plugins: {
        ...titleAndCaption<'matrix'>(p.title, p.caption, p.width),
        legend: { display: false },
        tooltip: { enabled: false },
        segbotValueLabels: { position: 'center', datasets: [{ lines: p.lines, colours: p.colours.map(textColourOn) }], fontSize: 12 },
      },
      scales: {
        x: { type: 'category', labels: p.xLabels, position: 'top', offset: true, grid: { display: false }, ticks: { maxRotation: 0, autoSkip: false, callback: (_v, i) => p.xLabels[i].split('\n') } },
        y: { type: 'category', labels: p.yLabels, offset: true, reverse: false, grid: { display: false }, ticks: { autoSkip: false } },
      },
    },
  };
}
