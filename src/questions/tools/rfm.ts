/** The RFM view: customers at risk of lapsing, and the named RFM segments' table. */
import { Figures, listing, safe } from '../format.js';
import { segmentLabel } from '../resolve.js';
import type { QuestionContext, ToolOutput } from '../types.js';
import { currencyOf, finish, realSegments } from './common.js';

/** Customers who bought well but are slipping away: RFM segments with a fading recency score. */
export const AT_RISK_RFM = ['At Risk', "Can't Lose Them", 'About to Sleep'] as const;
/** Already gone quiet. */
export const LAPSED_RFM = ['Hibernating', 'Lost'] as const;

function noRfm(fig: Figures): ToolOutput {
  return finish(fig, {
    filter: 'RFM segments',
    lines: ['This run has no RFM scores: the data is a customer table without purchase dates, so recency cannot be measured.'],
    caveats: ['Ask about segment sizes or profiles instead.'],
  });
}

export function atRisk(ctx: QuestionContext): ToolOutput {
  const fig = new Figures();
  const rfm = ctx.result.rfm;
  if (!rfm) return noRfm(fig);
  const pick = (names: readonly string[]) => rfm.segments.filter((s) => names.includes(s.name));
  const risk = pick(AT_RISK_RFM);
  const lapsed = pick(LAPSED_RFM);
  const total = risk.reduce((n, s) => n + s.customers, 0);
  const lapsedTotal = lapsed.reduce((n, s) => n + s.customers, 0);
  const customers = ctx.result.totals.customers;
  const revenue = risk.reduce((n, s) => n + s.revenue, 0);
  const hasRevenue = ctx.result.totals.revenue !== null;
  // Where they sit among our segments (each segment's share of these RFM names × its size).
  const bySegment = realSegments(ctx.result)
    .map((s) => ({ s, n: Math.round(s.size * s.rfmSegments.filter((r) => (AT_RISK_RFM as readonly string[]).includes(r.name)).reduce((t, r) => t + r.share, 0)) }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  const lines = [
    `*${fig.count(total)} customers are at risk* (${fig.percent(total / customers)} of ${fig.count(customers)}): ${listing(risk.map((s) => `${safe(s.name)} ${fig.count(s.customers)}`))}.`,
    hasRevenue ? `Together they brought ${fig.money(revenue, currencyOf(ctx.result))} (${fig.percent(revenue / (ctx.result.totals.revenue || 1))} of revenue).` : '',
    bySegment[0] ? `Most of them are in ${segmentLabel(bySegment[0].s)}: about ${fig.count(bySegment[0].n)}.` : '',
    `A further ${fig.count(lapsedTotal)} have already lapsed (${listing(lapsed.map((s) => safe(s.name)))}).`,
  ];
  return finish(fig, {
    filter: `RFM segments ${listing([...AT_RISK_RFM])}`,
    lines,
    segments: bySegment.map((x) => x.s.key),
    caveats: [`“At risk” counts the RFM segments ${listing([...AT_RISK_RFM])}: customers whose recency score has dropped. Hibernating and Lost are counted as lapsed, not at risk.`],
    table: {
      columns: ['RFM segment', 'Customers', 'Share', 'Revenue share', 'Action'],
      align: ['left', 'right', 'right', 'right', 'left'],
      rows: [...risk, ...lapsed].map((s) => [safe(s.name), fig.cell('count', s.customers), fig.cell('percent', s.share), fig.cell('percent', s.revenueShare), safe(s.action)]),
    },
  });
}

export function rfmTable(ctx: QuestionContext): ToolOutput {
  const fig = new Figures();
  const rfm = ctx.result.rfm;
  if (!rfm) return noRfm(fig);
  const biggest = [...rfm.segments].sort((a, b) => b.customers - a.customers)[0];
  const richest = [...rfm.segments].sort((a, b) => b.revenue - a.revenue)[0];
  const lines = [
    `*${fig.count(rfm.segments.length)} RFM segments* from recency and frequency scores in ${fig.count(rfm.bins)} bins.`,
    `The largest is ${safe(biggest.name)} (${fig.count(biggest.customers)} customers, ${fig.percent(biggest.share)}); ${safe(richest.name)} bring the most revenue (${fig.percent(richest.revenueShare)}).`,
  ];
  return finish(fig, {
    filter: 'all RFM segments',
    lines,
    table: {
      columns: ['RFM segment', 'Customers', 'Share', 'Revenue share', 'Days since last order', 'Orders', 'Spend'],
      align: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
      rows: rfm.segments.map((s) => [safe(s.name), fig.cell('count', s.customers), fig.cell('percent', s.share), fig.cell('percent', s.revenueShare), fig.cell('measure', s.meanRecency), fig.cell('measure', s.meanFrequency), fig.cell('money', s.meanMonetary)]),
    },
  });
}
