/** Segment sizes, revenue ranking, one segment's profile, two segments side by side. */
import type { SegmentationResult, SegmentProfile } from '../../result/index.js';
import { Figures, listing, safe } from '../format.js';
import { segmentLabel } from '../resolve.js';
import type { QuestionContext, ToolOutput } from '../types.js';
import { currencyOf, finish, realSegments, segmentOrMissing } from './common.js';

export function overview(ctx: QuestionContext): ToolOutput {
  const fig = new Figures();
  const { result } = ctx;
  const segments = realSegments(result);
  const noise = result.segments.find((s) => s.isNoise);
  const largest = [...segments].sort((a, b) => b.size - a.size)[0];
  const lines = [
    `*${fig.count(segments.length)} segments* over ${fig.count(result.totals.customers)} customers.`,
    `The largest is ${segmentLabel(largest)} with ${fig.count(largest.size)} customers (${fig.percent(largest.share)}).`,
    noise ? `${fig.count(noise.size)} customers fit no segment (density noise).` : '',
  ];
  return finish(fig, {
    filter: 'all segments',
    lines,
    segments: segments.map((s) => s.key),
    table: {
      columns: ['Segment', 'Name', 'Customers', 'Share', 'Revenue share'],
      align: ['left', 'left', 'right', 'right', 'right'],
      rows: segments.map((s) => [s.key, safe(s.name), fig.cell('count', s.size), fig.cell('percent', s.share), fig.cell('percent', s.revenueShare)]),
    },
  });
}

const hasRevenue = (result: SegmentationResult) => result.totals.revenue !== null && realSegments(result).some((s) => s.revenue !== null);

export function revenueRanking(ctx: QuestionContext, args: { order: 'most' | 'least' }): ToolOutput {
  const fig = new Figures();
  const { result } = ctx;
  if (!hasRevenue(result)) {
    return finish(fig, { filter: 'all segments', lines: ['This run has no revenue: the data has no amount or price column.'], caveats: ['Ask about segment sizes instead.'] });
  }
  const ranked = [...realSegments(result)].sort((a, b) => (b.revenue ?? 0) - (a.revenue ?? 0) || a.id - b.id);
  if (args.order === 'least') ranked.reverse();
  const top = ranked[0];
  const currency = currencyOf(result);
  const lines = [
    `${segmentLabel(top)} brings the ${args.order} revenue: ${fig.money(top.revenue ?? 0, currency)}, ${fig.percent(top.revenueShare ?? 0)} of the total, from ${fig.percent(top.share)} of customers.`,
  ];
  return finish(fig, {
    filter: `all segments, ranked by revenue (${args.order} first)`,
    lines,
    segments: ranked.map((s) => s.key),
    caveats: currency ? [] : ['Revenue is shown in the data’s own currency, which the run does not name.'],
    table: {
      columns: ['Rank', 'Segment', 'Name', 'Revenue', 'Revenue share', 'Customer share'],
      align: ['right', 'left', 'left', 'right', 'right', 'right'],
      rows: ranked.map((s, i) => [String(i + 1), s.key, safe(s.name), fig.cell('money', s.revenue), fig.cell('percent', s.revenueShare), fig.cell('percent', s.share)]),
    },
  });
}

function featureLabel(result: SegmentationResult, name: string): string {
  return result.features.find((f) => f.name === name)?.label ?? name;
}

/** The features that set a segment apart most (largest |z|). */
function distinctive(s: SegmentProfile, n: number) {
  return [...s.features].filter((f) => Number.isFinite(f.z)).sort((a, b) => Math.abs(b.z) - Math.abs(a.z)).slice(0, n);
}

export function segmentProfile(ctx: QuestionContext, args: { segment: string }): ToolOutput {
  const fig = new Figures();
  const found = segmentOrMissing(ctx, args.segment, fig);
  if ('missing' in found) return found.missing;
  const s = found.segment;
  const { result } = ctx;
  const currency = currencyOf(result);
  const rfm = s.rfmSegments[0];
  const country = s.topCountries[0];
  const products = s.topProducts.slice(0, 3).map((p) => `“${safe(p.value)}” (${fig.percent(p.share)})`);
  const lines = [
    `*${segmentLabel(s)}*: ${fig.count(s.size)} customers, ${fig.percent(s.share)} of the base.`,
    s.revenue !== null ? `Revenue ${fig.money(s.revenue, currency)}, ${fig.percent(s.revenueShare ?? 0)} of the total.` : '',
    `What sets them apart: ${distinctive(s, 3)
      .map((f) => {
        const pop = result.features.find((d) => d.name === f.feature)?.mean;
        return `${safe(featureLabel(result, f.feature)).toLowerCase()} ${fig.measure(f.mean)}${pop !== undefined ? ` (everyone: ${fig.measure(pop)})` : ''}`;
      })
      .join('; ')}.`,
    rfm ? `Most common RFM segment: ${safe(rfm.name)} (${fig.percent(rfm.share)}).` : '',
    country ? `Top country: ${safe(country.value)} (${fig.percent(country.share)}).` : '',
    products.length ? `Most bought: ${listing(products)}.` : '',
  ];
  return finish(fig, {
    filter: `segment ${s.key}`,
    lines,
    segments: [s.key],
    caveats: s.anomalies > 0 ? [`${fig.count(s.anomalies)} of its customers are unusual (isolation forest); their figures are included.`] : [],
    table: {
      columns: ['Feature', s.key, 'Everyone'],
      align: ['left', 'right', 'right'],
      rows: s.features.map((f) => [safe(featureLabel(result, f.feature)), fig.cell('measure', f.mean), fig.cell('measure', result.features.find((d) => d.name === f.feature)?.mean)]),
    },
  });
}

export function compare(ctx: QuestionContext, args: { a: string; b: string }): ToolOutput {
  const fig = new Figures();
  const first = segmentOrMissing(ctx, args.a, fig);
  if ('missing' in first) return first.missing;
  const second = segmentOrMissing(ctx, args.b, fig);
  if ('missing' in second) return second.missing;
  const [a, b] = [first.segment, second.segment];
  const { result } = ctx;
  const currency = currencyOf(result);
  // The feature on which they differ most, in population standard deviations.
  const gaps = a.features
    .map((fa) => ({ feature: fa.feature, a: fa, b: b.features.find((fb) => fb.feature === fa.feature) }))
    .filter((g) => g.b !== undefined)
    .sort((x, y) => Math.abs(y.a.z - y.b!.z) - Math.abs(x.a.z - x.b!.z));
  const gap = gaps[0];
  const lines = [
    `*${segmentLabel(a)}* vs *${segmentLabel(b)}*: ${fig.count(a.size)} vs ${fig.count(b.size)} customers.`,
    a.revenue !== null && b.revenue !== null ? `Revenue ${fig.money(a.revenue, currency)} (${fig.percent(a.revenueShare ?? 0)}) vs ${fig.money(b.revenue, currency)} (${fig.percent(b.revenueShare ?? 0)}).` : '',
    gap ? `They differ most in ${safe(featureLabel(result, gap.feature)).toLowerCase()}: ${fig.measure(gap.a.mean)} vs ${fig.measure(gap.b!.mean)}.` : '',
  ];
  const rows = [
    ['Customers', fig.cell('count', a.size), fig.cell('count', b.size)],
    ['Share of customers', fig.cell('percent', a.share), fig.cell('percent', b.share)],
    ['Revenue share', fig.cell('percent', a.revenueShare), fig.cell('percent', b.revenueShare)],
    ...gaps.map((g) => [safe(featureLabel(result, g.feature)), fig.cell('measure', g.a.mean), fig.cell('measure', g.b!.mean)]),
    ['Top RFM segment', safe(a.rfmSegments[0]?.name ?? '—'), safe(b.rfmSegments[0]?.name ?? '—')],
  ];
  return finish(fig, {
    filter: `${a.key} vs ${b.key}`,
    lines,
    segments: [a.key, b.key],
    caveats: a.key === b.key ? ['Both names point to the same segment.'] : [],
    table: { columns: ['', a.key, b.key], align: ['left', 'right', 'right'], rows },
  });
}
