/** Segment sizes and value: share of customers against share of revenue, side by side per segment. */
import type { ChartConfiguration } from 'chart.js';
import type { SegmentationResult, SegmentProfile } from '../result/index.js';
import { count, percent, shorten } from './format.js';
import { titleAndCaption, wrapText } from './layout.js';
import { SEGMENT_COLOURS, TEXT_COLOUR } from './palette.js';

export const CUSTOMERS_COLOUR = '#56B4E9';
export const REVENUE_COLOUR = SEGMENT_COLOURS[0];

export function segmentValueSize(result: SegmentationResult): { width: number; height: number } {
  return { width: 1000, height: Math.max(420, 200 + 70 * result.segments.length) };
}

/** The segment whose revenue share most exceeds its customer share; null without revenue. */
export function mostValuableSegment(segments: SegmentProfile[]): SegmentProfile | null {
  const withRevenue = segments.filter((s) => !s.isNoise && s.revenueShare !== null);
  if (withRevenue.length === 0) return null;
  return [...withRevenue].sort((a, b) => b.revenueShare! - b.share - (a.revenueShare! - a.share) || a.id - b.id)[0];
}

function findingTitle(result: SegmentationResult): string {
  const star = mostValuableSegment(result.segments);
  if (star) return `${star.name} are ${percent(star.share)} of customers and ${percent(star.revenueShare!)} of revenue`;
  const largest = [...result.segments].filter((s) => !s.isNoise).sort((a, b) => b.size - a.size || a.id - b.id)[0];
  return largest ? `${largest.name} is the largest segment: ${percent(largest.share)} of customers` : 'Segment sizes';
}

export function segmentValueSpec(result: SegmentationResult, width = 1000): ChartConfiguration<'bar', number[], string[]> {
  const segments = [...result.segments].sort((a, b) => Number(a.isNoise) - Number(b.isNoise) || a.id - b.id);
  const hasRevenue = segments.some((s) => s.revenueShare !== null);
  const customers = segments.map((s) => s.share * 100);
  const revenue = segments.map((s) => (s.revenueShare ?? 0) * 100);
  const datasets = [{ label: 'Share of customers', data: customers, backgroundColor: CUSTOMERS_COLOUR }];
  if (hasRevenue) datasets.push({ label: 'Share of revenue', data: revenue, backgroundColor: REVENUE_COLOUR });
  const highest = Math.max(...customers, ...(hasRevenue ? revenue : [0]));
  const caption = hasRevenue
    ? 'For each segment, the share of all customers it holds and the share of all revenue they brought. A revenue bar longer than the customer bar means each customer is worth more than average.'
    : 'The input has no money column, so only the share of customers per segment is shown.';
  return {
    type: 'bar',
    data: { labels: segments.map((s) => [...wrapText(shorten(s.name, 60), 26), `${count(s.size)} customers`]), datasets },
    options: {
      indexAxis: 'y',
      layout: { padding: { right: 60, left: 4, top: 0, bottom: 0 } },
      plugins: {
        ...titleAndCaption<'bar'>(findingTitle(result), caption, width),
        legend: { position: 'top', align: 'start' },
        tooltip: { enabled: false },
        segbotValueLabels: {
          position: 'end',
          datasets: datasets.map((d) => ({ lines: d.data.map((v) => [percent(v / 100)]), colours: TEXT_COLOUR })),
          fontSize: 12,
        },
      },
      scales: {
        x: { min: 0, suggestedMax: Math.min(100, Math.ceil((highest * 1.1) / 10) * 10), title: { display: true, text: 'Share of all customers or of all revenue' }, ticks: { callback: (v) => `${v}%` } },
        y: { grid: { display: false }, ticks: { font: { size: 13 } } },
      },
      datasets: { bar: { barPercentage: 0.85, categoryPercentage: 0.75 } },
    },
  };
}
