/**
 * Country and product breakdowns ("show the champions in Germany"). From the aggregates passed in
 * with the question when there are some; otherwise from each segment's top values in the result,
 * with a caveat that says so.
 */
import type { SegmentProfile } from '../../result/index.js';
import { Figures, safe } from '../format.js';
import { segmentLabel, segmentOfRfm } from '../resolve.js';
import type { BreakdownRow, QuestionContext, ToolOutput } from '../types.js';
import { currencyOf, finish, realSegments, segmentOrMissing } from './common.js';

export interface BreakdownArgs {
  by: 'country' | 'product';
  segment?: string;
  rfmSegment?: string;
  country?: string;
  product?: string;
}

interface Group {
  label: string;
  key?: string;
  /** Customers in the group, for shares. */
  size: number;
  rows: BreakdownRow[];
  fromProfile: boolean;
}

function profileRows(s: SegmentProfile, by: 'country' | 'product'): BreakdownRow[] {
  return (by === 'country' ? s.topCountries : s.topProducts).map((t) => ({ value: t.value, customers: t.customers }));
}

function segmentGroup(ctx: QuestionContext, s: SegmentProfile, by: 'country' | 'product'): Group {
  const passed = ctx.breakdown?.segments?.find((g) => g.segmentKey === s.key);
  const rows = by === 'country' ? passed?.countries : passed?.products;
  return rows ? { label: segmentLabel(s), key: s.key, size: s.size, rows, fromProfile: false } : { label: segmentLabel(s), key: s.key, size: s.size, rows: profileRows(s, by), fromProfile: true };
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function breakdown(ctx: QuestionContext, args: BreakdownArgs): ToolOutput {
  const fig = new Figures();
  const { result } = ctx;
  const noun = args.by === 'country' ? 'country' : 'product';
  const caveats: string[] = [];
  let groups: Group[];
  let filter: string;

  if (args.rfmSegment) {
    const rfm = result.rfm?.segments.find((r) => same(r.name, args.rfmSegment!));
    const passed = ctx.breakdown?.rfmSegments?.find((g) => same(g.name, args.rfmSegment!));
    const rows = args.by === 'country' ? passed?.countries : passed?.products;
    if (rfm && rows) {
      groups = [{ label: `RFM ${safe(rfm.name)}`, size: rfm.customers, rows, fromProfile: false }];
    } else {
      const home = segmentOfRfm(result, args.rfmSegment);
      if (!home) {
        return finish(fig, { filter: `RFM ${safe(args.rfmSegment)}`, lines: [`No customer of this run is in the RFM segment ${safe(args.rfmSegment)}.`], caveats: ['Ask for the RFM table to see which RFM segments there are.'] });
      }
      groups = [segmentGroup(ctx, home.segment, args.by)];
      caveats.push(`No ${noun} breakdown by RFM segment was passed with this run, so ${safe(args.rfmSegment)} is read as ${segmentLabel(home.segment)}, the segment where they are most common (${fig.percent(home.share)} of it).`);
    }
    filter = `RFM ${safe(args.rfmSegment)}`;
  } else if (args.segment) {
    const found = segmentOrMissing(ctx, args.segment, fig);
    if ('missing' in found) return found.missing;
    groups = [segmentGroup(ctx, found.segment, args.by)];
    filter = `segment ${found.segment.key}`;
  } else {
    groups = realSegments(result).map((s) => segmentGroup(ctx, s, args.by));
    filter = 'all segments';
  }
  if (groups.some((g) => g.fromProfile)) {
    caveats.push(`No ${noun} breakdown was passed with this run: figures are each segment’s top ${noun === 'country' ? 'countries' : 'products'} from its profile only, so smaller ${noun === 'country' ? 'countries' : 'products'} are missing.`);
  }
  const wanted = args.by === 'country' ? args.country : args.product;
  if (args.country && args.by === 'product') caveats.push(`Products are not broken down by country here; ${safe(args.country)} is not applied.`);
  const currency = currencyOf(result);

  if (wanted) {
    filter += `, ${noun} ${safe(wanted)}`;
    const hits = groups.map((g) => ({ g, row: g.rows.find((r) => same(r.value, wanted) || r.value.toLowerCase().includes(wanted.toLowerCase())) }));
    const found = hits.filter((h) => h.row);
    const lines = found.length
      ? found.map(({ g, row }) => `${g.label}: ${fig.count(row!.customers)} customers ${args.by === 'country' ? `in ${safe(row!.value)}` : `buy “${safe(row!.value)}”`} (${fig.percent(row!.customers / g.size)} of ${fig.count(g.size)})${row!.revenue != null ? `, revenue ${fig.money(row!.revenue, currency)}` : ''}.`)
      : [`${safe(wanted)} is not among the ${noun === 'country' ? 'countries' : 'products'} known for ${groups.map((g) => g.label).join(', ')}.`];
    return finish(fig, {
      filter,
      lines,
      caveats,
      segments: found.map((h) => h.g.key).filter((k): k is string => Boolean(k)),
      table: found.length
        ? { columns: ['Group', noun === 'country' ? 'Country' : 'Product', 'Customers', 'Share of group'], align: ['left', 'left', 'right', 'right'], rows: found.map(({ g, row }) => [g.label, safe(row!.value), fig.cell('count', row!.customers), fig.cell('percent', row!.customers / g.size)]) }
        : undefined,
    });
  }

  const lines = groups.map((g) => {
    const top = [...g.rows].sort((a, b) => b.customers - a.customers).slice(0, 3);
    return `${g.label}: ${top.map((r) => `${safe(r.value)} ${fig.count(r.customers)}`).join(', ') || 'no data'}.`;
  });
  return finish(fig, {
    filter: `${filter}, by ${noun}`,
    lines: [`*Customers by ${noun}* (the largest three per group):`, ...lines],
    caveats,
    segments: groups.map((g) => g.key).filter((k): k is string => Boolean(k)),
    table: {
      columns: ['Group', noun === 'country' ? 'Country' : 'Product', 'Customers', 'Share of group'],
      align: ['left', 'left', 'right', 'right'],
      rows: groups.flatMap((g) => [...g.rows].sort((a, b) => b.customers - a.customers).slice(0, 10).map((r) => [g.label, safe(r.value), fig.cell('count', r.customers), fig.cell('percent', r.customers / g.size)])),
    },
  });
}

