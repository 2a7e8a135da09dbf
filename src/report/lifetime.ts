/** The report's lifetime-value section: the models, per-segment figures, At Risk / Lost P(alive), caveats. */
import type { SegmentationResult } from '../result/index.js';
import type { Block, Section } from './document.js';
import { fmtInt, fmtMoney, fmtNum, fmtPct } from './format.js';

const WATCHED = ['At Risk', "Can't Lose Them", 'Lost', 'Hibernating'];

export function lifetimeSection(r: SegmentationResult): Section | null {
  const life = r.lifetime;
  if (!life) return null;
  if (life.status !== 'fitted' || !life.bgnbd) {
    return { id: 'lifetime', title: 'Lifetime value', blocks: [{ kind: 'callout', tone: 'info', title: 'Not estimated:', text: life.reason ?? 'the models could not be fitted.' }] };
  }
  const b = life.bgnbd;
  const g = life.gammaGamma;
  const blocks: Block[] = [
    {
      kind: 'p',
      text:
        `BG/NBD (who buys again, and who has probably stopped) and Gamma-Gamma (spend per purchase) fitted on ${fmtInt(b.customers)} customers' purchase days up to ${life.observationEnd}: ` +
        `r ${fmtNum(b.r, 3)}, α ${fmtNum(b.alpha, 3)}, a ${fmtNum(b.a, 3)}, b ${fmtNum(b.b, 3)} (weeks)` +
        (g ? `; p ${fmtNum(g.p, 3)}, q ${fmtNum(g.q, 3)}, γ ${fmtNum(g.v, 3)} on ${fmtInt(g.customers)} repeat customers` : '') +
        `. CLV is discounted at ${fmtPct(life.annualDiscountRate)} a year over ${life.horizonDays} days. A one-time buyer cannot be judged by BG/NBD (it counts them as active), so "probably still active" is given for repeat customers.`,
    },
  ];
  if (life.reason) blocks.push({ kind: 'callout', tone: 'warn', title: 'Read with care:', text: life.reason });
  const segments = r.segments.filter((s) => s.lifetime);
  blocks.push({
    kind: 'table',
    header: ['Segment', 'Customers', 'Repeat customers', 'Repeat customers probably active', `Expected purchase days, next ${life.purchaseDays} days`, 'Mean CLV', 'Total CLV'],
    rows: segments.map((s) => {
      const l = s.lifetime!;
      return [`${s.key} · ${s.name}`, fmtInt(s.size), fmtInt(l.repeatCustomers), l.repeatProbablyActiveShare === null ? '—' : fmtPct(l.repeatProbablyActiveShare), fmtNum(l.meanExpectedPurchases, 2), l.meanClv === null ? '—' : fmtMoney(l.meanClv, r.input.currency), l.totalClv === null ? '—' : fmtMoney(l.totalClv, r.input.currency)];
    }),
    numeric: [false, true, true, true, true, true, true],
  });
  const watched = (r.rfm?.segments ?? []).filter((s) => WATCHED.includes(s.name) && s.meanPAlive !== undefined);
  if (watched.length) {
    const describe = (s: (typeof watched)[number]) =>
      s.meanPAlive === null || s.meanPAlive === undefined ? `${s.name}: one-time buyers only, which the model cannot judge (${fmtInt(s.customers)} customers)` : `${s.name} ${fmtPct(s.meanPAlive)} (${fmtInt(s.customers)} customers)`;
    blocks.push({ kind: 'p', text: `Named RFM segments to watch, with the mean P(alive) of their repeat customers: ${watched.map(describe).join('; ')}.` });
  }
  const fit = life.calibrationFit;
  if (fit.length) {
    blocks.push({
      kind: 'table',
      header: ['Repeat purchase days', 'Customers', 'Expected by the model'],
      rows: fit.map((row) => [row.orMore ? `${row.repeatPurchases}+` : String(row.repeatPurchases), fmtInt(row.actual), fmtInt(Math.round(row.expected))]),
      numeric: [false, true, true],
    });
  }
  return { id: 'lifetime', title: 'Lifetime value', intro: 'Who will buy again, and what they are worth.', blocks };
}
