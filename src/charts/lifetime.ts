/**
 * Lifetime value charts: per segment, how many customers are probably still active and the mean
 * CLV; for `segbot clv`, the calibration/holdout check (actual against predicted repeat purchases).
 */
import type { ChartConfiguration } from 'chart.js';
import type { SegmentationResult } from '../result/index.js';
import { count, percent, shorten } from './format.js';
import { titleAndCaption, wrapText } from './layout.js';
import { SEGMENT_COLOURS, TEXT_COLOUR } from './palette.js';

export const HOLDOUT_CHART_SIZE = { width: 1000, height: 560 };

export function segmentLifetimeSize(result: SegmentationResult): { width: number; height: number } {
  return { width: 1000, height: Math.max(420, 200 + 60 * result.segments.length) };
}

/** Null unless the lifetime models were fitted. */
export function segmentLifetimeSpec(result: SegmentationResult, width = 1000): ChartConfiguration<'bar', number[], string[]> | null {
  if (result.lifetime?.status !== 'fitted' || !result.lifetime.separatesActive) return null;
  const segments = result.segments.filter((s) => !s.isNoise && s.lifetime).sort((a, b) => a.id - b.id);
  if (segments.length === 0) return null;
  const repeatActive = segments.map((s) => (s.lifetime!.repeatProbablyActiveShare ?? 0) * 100);
  const expected = segments.map((s) => s.lifetime!.meanExpectedPurchases);
  const best = segments.reduce((a, b) => (b.lifetime!.meanExpectedPurchases > a.lifetime!.meanExpectedPurchases ? b : a));
  const days = result.lifetime.purchaseDays;
  const title = `${best.name} are expected to buy most often in the next ${days} days (${best.lifetime!.meanExpectedPurchases.toFixed(2)} purchase days each)`;
  const caption = `Upper (blue) bar: the share of the segment's repeat customers who are probably still active (P(alive) ≥ 50%, BG/NBD); one-time buyers cannot be judged by the model. Lower (orange) bar: purchase days each customer is expected to make in the next ${days} days.`;
  return {
    type: 'bar',
    data: {
      labels: segments.map((s) => [...wrapText(shorten(s.name, 60), 26), `${count(s.size)} customers`]),
      datasets: [
        { label: 'Repeat customers probably still active (%)', data: repeatActive, backgroundColor: SEGMENT_COLOURS[0], xAxisID: 'share' },
        { label: `Expected purchase days, next ${days} days`, data: expected, backgroundColor: SEGMENT_COLOURS[1], xAxisID: 'purchases' },
      ],
    },
    options: {
      indexAxis: 'y',
      layout: { padding: { right: 60, left: 4, top: 0, bottom: 0 } },
      plugins: {
        ...titleAndCaption<'bar'>(title, caption, width),
        legend: { position: 'top', align: 'start' },
        tooltip: { enabled: false },
        segbotValueLabels: {
          position: 'end',
          datasets: [
            { lines: repeatActive.map((v) => [percent(v / 100)]), colours: TEXT_COLOUR },
            { lines: expected.map((v) => [v.toFixed(2)]), colours: TEXT_COLOUR },
          ],
          fontSize: 12,
        },
      },
      scales: {
        share: { type: 'linear', position: 'bottom', min: 0, max: 110, title: { display: true, text: 'Repeat customers probably still active' }, ticks: { callback: (v) => (Number(v) <= 100 ? `${v}%` : '') } },
        purchases: { type: 'linear', position: 'top', min: 0, suggestedMax: Math.max(...expected) * 1.25, title: { display: true, text: `Expected purchase days in the next ${days} days` }, grid: { display: false } },
        y: { grid: { display: false }, ticks: { font: { size: 13 } } },
      },
      datasets: { bar: { barPercentage: 0.85, categoryPercentage: 0.75 } },
    },
  } as ChartConfiguration<'bar', number[], string[]>;
}

export interface HoldoutChartRow {
  label: string;
  actual: number;
  predicted: number;
}

/** Mean repeat purchases per customer in the holdout period, actual against predicted, by calibration purchases. */
export function holdoutChartSpec(rows: HoldoutChartRow[], holdoutWeeks: number, totals: { actual: number; predicted: number }, width = 1000): ChartConfiguration<'bar', number[], string> {
  const diff = totals.predicted / totals.actual - 1;
  const title = `The model predicted ${count(Math.round(totals.predicted))} repeat purchases in the ${holdoutWeeks.toFixed(0)}-week holdout; there were ${count(totals.actual)} (${diff >= 0 ? '+' : ''}${percent(diff)})`;
  const caption = 'Customers grouped by their repeat purchase days in the calibration period; for each group, the mean purchase days per customer in the holdout period that followed, as they happened and as the model predicted from the calibration period alone.';
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.label),
      datasets: [
        { label: 'Actual', data: rows.map((r) => r.actual), backgroundColor: SEGMENT_COLOURS[0] },
        { label: 'Predicted', data: rows.map((r) => r.predicted), backgroundColor: SEGMENT_COLOURS[1] },
      ],
    },
    options: {
      plugins: { ...titleAndCaption<'bar'>(title, caption, width), legend: { position: 'top', align: 'start' }, tooltip: { enabled: false } },
      scales: {
        x: { title: { display: true, text: 'Repeat purchase days in the calibration period' }, grid: { display: false } },
        y: { min: 0, title: { display: true, text: 'Mean purchase days per customer in the holdout' } },
      },
    },
  };
}
