/**
 * The digest in plain words, written offline from the computed numbers only (the default; the LLM
 * narrator, when configured, must use the same facts). One sentence per notable change, largest first.
 */
import type { IdentityEvent } from '../analysis/identity/index.js';
import type { Notable } from '../analysis/change/index.js';
import type { DigestData } from './build.js';
import { withCurrency } from '../result/index.js';

export const MAX_DIGEST_LINES = 6;

const n = (v: number) => Math.round(v).toLocaleString('en-US');
const signed = (v: number) => (v > 0 ? `+${n(v)}` : v < 0 ? `−${n(-v)}` : '±0');
const money = (v: number, d: DigestData) => withCurrency(n(v), d.currency);
const signedMoney = (v: number, d: DigestData) => (v > 0 ? `+${money(v, d)}` : v < 0 ? `−${money(-v, d)}` : '±0');

export function notableSentence(x: Notable): string {
  const f = x.facts;
  switch (x.kind) {
    case 'migration':
      return `${n(Number(f.customers))} customers moved from ${f.from} "${f.fromName}" to ${f.to} "${f.toName}" (${f.shareOfFromPct}% of ${f.from}).`;
    case 'at-risk':
      return `${n(Number(f.customers))} customers slipped to At Risk${f.mostFrom ? `, most of them from ${f.mostFrom} (${n(Number(f.mostFromCustomers))})` : ''}.`;
    case 'lost':
      return `${n(Number(f.customers))} customers moved to Lost${f.mostFrom ? `, most of them from ${f.mostFrom} (${n(Number(f.mostFromCustomers))})` : ''}.`;
    case 'segment-size':
      return `${f.segment} "${f.name}" ${Number(f.change) > 0 ? 'grew' : 'shrank'} from ${n(Number(f.before))} to ${n(Number(f.after))} customers (${Number(f.changePct) > 0 ? '+' : ''}${f.changePct}%).`;
    case 'segment-share':
      return `${f.segment} "${f.name}" now holds ${Math.abs(Number(f.sharePointsChange))} points ${Number(f.sharePointsChange) > 0 ? 'more' : 'less'} of the customer base.`;
    case 'customers':
      return `${n(Number(f.new))} new customers bought for the first time; ${n(Number(f.lost))} customers left the data.`;
    case 'anomalies':
      return `${n(Number(f.customers))} customers newly look unusual (isolation forest).`;
  }
}

export function identitySentence(e: IdentityEvent, names: ReadonlyMap<number, string>): string | null {
  const label = (id: number) => `S${id + 1}`;
  switch (e.kind) {
    case 'new':
      return `New segment ${label(e.id)} "${names.get(e.id) ?? ''}".`;
    case 'vanished':
      return `Segment ${label(e.id)} "${e.name}" is gone.`;
    case 'split':
      return `${label(e.id)} split into ${e.into.map(label).join(' and ')}.`;
    case 'merged':
      return `${e.from.map(label).join(' and ')} merged into ${label(e.id)}.`;
    default:
      return null;
  }
}

/** The headline and the top changes, as plain sentences (no markup). */
export function digestLines(d: DigestData): { headline: string; lines: string[] } {
  const h = d.headline;
  const since = d.previousAsOf ? ` since ${d.previousAsOf}` : '';
  const headline =
    `${n(h.customers)} customers${h.customersChange === null ? '' : ` (${signed(h.customersChange)}${since})`}, ` +
    `${money(h.revenue, d)} in revenue to date${h.revenueChange === null ? '' : ` (${signedMoney(h.revenueChange, d)})`}, in ${h.segments} segments.`;
  if (!d.change) return { headline, lines: ['This is the first snapshot of this dataset: next week\'s digest will show what changed.'] };
  const names = new Map(d.segments.map((s) => [s.id, s.name]));
  const identity = d.identity.map((e) => identitySentence(e, names)).filter((s): s is string => s !== null);
  const changes = d.change.notable.map(notableSentence);
  const lines = [...identity, ...changes].slice(0, MAX_DIGEST_LINES);
  return { headline, lines: lines.length ? lines : ['Nothing changed enough to mention (every change was under the thresholds).'] };
}
