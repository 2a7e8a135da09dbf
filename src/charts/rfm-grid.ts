/** RFM grid: recency score × frequency score, each cell its customers and revenue, coloured and labelled by RFM segment. */
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { MatrixDataPoint } from 'chartjs-chart-matrix';
import type { SegmentationResult } from '../result/index.js';
import { count, money, percent } from './format.js';
import { titleAndCaption, wrapText } from './layout.js';
import { textColourOn } from './palette.js';

export const RFM_GRID_SIZE = { width: 1000, height: 860 };

/**
 * Paul Tol's "light" and "muted" schemes (colour-blind-safe, light enough for dark text), assigned as
 * one fixed colour per standard RFM segment name (the table of analysis/features/rfm-segments.ts), the same in
 * every run and no two alike; a name outside the table gets the spare twelfth colour.
 */
export const RFM_SEGMENT_COLOURS: Record<string, string> = {
  Champions: '#44BB99',
  Loyal: '#77AADD',
  'Potential Loyalists': '#99DDFF',
  'New Customers': '#BBCC33',
  Promising: '#EEDD88',
  'Needs Attention': '#DDCC77',
  'About to Sleep': '#FFAABB',
  'At Risk': '#EE8866',
  "Can't Lose Them": '#CC6677',
  Hibernating: '#88CCEE',
  Lost: '#DDDDDD',
};
const OTHER_RFM_COLOUR = '#AAAA00';

export interface RfmCell extends MatrixDataPoint {
  x: number;
  y: number;
  v: number;
}

export function rfmGridSpec(result: SegmentationResult, width = RFM_GRID_SIZE.width): ChartConfiguration<'matrix', RfmCell[]> | null {
  const rfm = result.rfm;
  if (!rfm) return null; // customer tables have no purchase history to score
  const names = [...new Set([...rfm.segments.map((s) => s.name), ...rfm.grid.map((g) => g.segment)])];
  const colourOf = (name: string) => RFM_SEGMENT_COLOURS[name] ?? OTHER_RFM_COLOUR;
  const totalCustomers = rfm.grid.reduce((s, g) => s + g.customers, 0) || 1;
  const datasets: ChartDataset<'matrix', RfmCell[]>[] = [];
  const labelSets: { lines: string[][]; colours: string }[] = [];
  for (const name of names) {
    const cells = rfm.grid.filter((g) => g.segment === name);
    if (cells.length === 0) continue;
    const summary = rfm.segments.find((s) => s.name === name);
    datasets.push({
      label: summary ? `${name} (${percent(summary.share)})` : name,
      data: cells.map((g) => ({ x: g.r, y: g.f, v: g.customers })),
      backgroundColor: colourOf(name),
      borderColor: '#FFFFFF',
      borderWidth: 2,
      width: ({ chart }) => (chart.chartArea?.width ?? 0) / rfm.bins - 2,
      height: ({ chart }) => (chart.chartArea?.height ?? 0) / rfm.bins - 2,
    });
    labelSets.push({
      lines: cells.map((g) => [...wrapText(name, 14), `${count(g.customers)} (${percent(g.customers / totalCustomers)})`, `revenue ${money(g.revenue, result.input.currency)}`]),
      colours: textColourOn(colourOf(name)),
    });
  }
  const best = [...rfm.segments].sort((a, b) => b.revenueShare - a.revenueShare || a.name.localeCompare(b.name))[0];
  const title = best ? `${best.name} are ${percent(best.share)} of customers and ${percent(best.revenueShare)} of revenue` : 'RFM grid';
  const caption = `Customers scored 1–${rfm.bins} on recency (${rfm.bins} = bought most recently) and frequency (${rfm.bins} = buys most often); each cell gives its customers, their share, and their revenue. Colours and names: the standard RFM segments.`;
  const scoreTicks = (axisName: string) => ({ callback: (v: string | number) => `${axisName} ${v}` });
  // Ticks on the scores 1..bins only: the padded range would otherwise put them on the cell borders.
  const scoreTickValues = (axis: { ticks: { value: number }[] }) => {
    axis.ticks = Array.from({ length: rfm.bins }, (_, i) => ({ value: i + 1 }));
  };
  return {
    type: 'matrix',
    data: { datasets },
    options: {
      layout: { padding: 8 },
      plugins: {
        ...titleAndCaption<'matrix'>(title, caption, width),
        legend: { position: 'top', align: 'start', labels: { boxWidth: 14, padding: 10 } },
        tooltip: { enabled: false },
        segbotValueLabels: { position: 'center', datasets: labelSets, fontSize: 11 },
      },
      scales: {
        x: { type: 'linear', min: 0.5, max: rfm.bins + 0.5, offset: false, grid: { display: false }, title: { display: true, text: 'Recency score (higher = bought more recently)' }, ticks: scoreTicks('R'), afterBuildTicks: scoreTickValues },
        y: { type: 'linear', min: 0.5, max: rfm.bins + 0.5, offset: false, grid: { display: false }, reverse: false, title: { display: true, text: 'Frequency score (higher = buys more often)' }, ticks: scoreTicks('F'), afterBuildTicks: scoreTickValues },
      },
    },
  };
}
