/**
 * Offline personas: written from what is distinctive about each segment (lifts against the
 * population, recency pattern, RFM group, top products, countries and categories), so that
 * two segments never read alike. Numbers are formatted from payload values only.
 */
import type { Currency } from '../../result/index.js';
import { formatAmount, formatLift, formatMeasure, formatNumber, formatShare } from '../format.js';
import type { NarrativePayload, PayloadFeature, PayloadSegment, PayloadValue } from '../payload.js';
import type { Persona } from '../schema.js';
import { isWithheldText } from '../untrusted.js';
import type { PlaybookEntry } from './playbook.js';
import { boughtRecently, mostDistinctive, type Signals } from './signals.js';

export const quote = (text: string) => `‘${text.toLowerCase()}’`;

export function usableValues(values: PayloadValue[] | undefined): PayloadValue[] {
  return (values ?? []).filter((v) => !isWithheldText(v.value));
}

function populationMean(payload: NarrativePayload, feature: PayloadFeature): number | undefined {
  return payload.population.features.find((f) => f.name === feature.name)?.mean;
}

function versusPopulation(payload: NarrativePayload, feature: PayloadFeature): string {
  const overall = populationMean(payload, feature);
  return overall === undefined ? '' : `, against ${formatMeasure(overall)} overall`;
}

function recencyPhrase(payload: NarrativePayload, s: Signals): string {
  const r = s.recency;
  if (!r || r.lift === null) return 'buy at their own pace';
  const days = `${formatMeasure(r.mean)} days since their last purchase on average${versusPopulation(payload, r)}`;
  if (boughtRecently(s)) return `bought recently (${days})`;
  if (r.lift < 0.8) return `bought more recently than most, though not lately (${days})`;
  if (r.lift > 1.25) return `have not bought for a long while (${days})`;
  return `buy at an ordinary pace (${days})`;
}

function frequencyPhrase(s: Signals): string {
  const f = s.frequency;
  if (!f || f.lift === null) return '';
  const level = f.lift >= 1.2 ? 'often' : f.lift <= 0.8 ? 'rarely' : 'now and then';
  return `, order ${level} (${formatMeasure(f.mean)} orders each, ${formatLift(f.lift)} the average)`;
}

function spendPhrase(s: Signals, currency: Currency | undefined): string {
  const m = s.spend;
  if (!m || m.lift === null) return '';
  const label = /monetary|total|spend|revenue|amount/i.test(m.name) ? 'spend' : `spend on ${m.label.toLowerCase()}`;
  return ` and ${label} ${formatAmount(m.mean, currency)} on average, ${formatLift(m.lift)} the typical customer`;
}

function distinctivePhrase(segment: PayloadSegment, s: Signals, currency: Currency | undefined): string {
  const d = mostDistinctive(segment, [s.recency, s.frequency, s.spend]);
  if (!d || d.lift === null) return 'Beyond that they look much like the average customer';
  if (d.unit === 'share') {
    // One-hot labels read "Education: PhD".
    const [column, level] = d.label.includes(': ') ? d.label.split(': ', 2) : [d.label, ''];
    const trait = level ? `${column.toLowerCase()} ${level}` : column;
    return `What sets them apart most: ${formatShare(d.mean)} of them have ${trait}, ${formatLift(d.lift)} the overall rate`;
  }
  if (d.unit === 'ratio') {
    return `What sets them apart most is ${d.label.toLowerCase()}: ${formatShare(d.mean)} on average, ${formatLift(d.lift)} the overall rate`;
  }
  const direction = d.lift >= 1 ? 'higher' : 'lower';
  const degree = d.lift >= 1.5 || d.lift <= 0.67 ? 'far ' : '';
  const mean = d.unit === 'money' ? formatAmount(d.mean, currency) : formatMeasure(d.mean);
  return `What sets them apart most is ${d.label.toLowerCase()}: ${mean} on average, ${formatLift(d.lift)} the overall level, ${degree}${direction} than in the base as a whole`;
}

/** A country only when it is over-represented: "most are in the UK" says nothing when everyone is. */
function countryPhrase(segment: PayloadSegment): string {
  const over = usableValues(segment.topCountries).find((c) => c.lift !== null && c.lift >= 1.5 && c.share >= 0.05);
  if (!over || over.lift === null) return '';
  return `; ${formatShare(over.share)} of them are in ${over.value}, ${formatLift(over.lift)} the usual share`;
}

/** "(36.2% of them, 1.4× the usual share)": the lift says whether a best seller is theirs or everyone's. */
function productShare(p: PayloadValue): string {
  const distinct = p.lift !== null && (p.lift >= 1.2 || p.lift <= 0.8) ? `, ${formatLift(p.lift)} the usual share` : '';
  return `${quote(p.value)} (${formatShare(p.share)} of them${distinct})`;
}

// Adjectives for a persona name, from the feature that sets a segment apart: [pattern, if higher, if lower].
const QUALIFIERS: Array<[RegExp, string, string]> = [
  [/distinct|products|variety/i, 'wide-range', 'narrow-range'],
  [/basket|order value|avg/i, 'big-basket', 'small-basket'],
  [/tenure|since first|dt_customer/i, 'long-standing', 'recently joined'],
  [/income|salary/i, 'affluent', 'budget-minded'],
  [/kid|teen|child/i, 'family', 'child-free'],
  [/web|online/i, 'online-first', 'offline'],
  [/store/i, 'in-store', 'remote'],
  [/catalog/i, 'catalogue-loving', 'catalogue-shy'],
  [/deal|discount/i, 'deal-savvy', 'full-price'],
  [/90d|recent spend/i, 'currently active', 'quiet'],
  [/age|birth/i, 'older', 'younger'],
];

/** What a segment with that trait values, ahead of the playbook's generic values. */
const VALUE_OF: Record<string, string> = {
  'wide-range': 'Discovering many different products',
  'narrow-range': 'A few trusted products',
  'big-basket': 'Stocking up in one go',
  'small-basket': 'Small, easy orders',
  'long-standing': 'A relationship built over years',
  'recently joined': 'A good first impression',
  affluent: 'Premium quality over price',
  'budget-minded': 'Prices they can plan around',
  family: 'Products that work for the whole family',
  'child-free': 'Treats for themselves',
  'online-first': 'Shopping online, any time',
  offline: 'Personal contact',
  'in-store': 'Seeing products before buying',
  remote: 'Delivery to the door',
  'catalogue-loving': 'Browsing a printed catalogue',
  'catalogue-shy': 'Digital over paper',
  'deal-savvy': 'Spotting a good deal',
  'full-price': 'Quality without waiting for sales',
  'currently active': 'Fresh arrivals',
  quiet: 'Not being pestered',
  older: 'Clear, respectful service',
  younger: 'Novelty and trends',
};

const REDUNDANT = new Set(['deal-savvy|Bargain hunter', 'recently joined|Promising newcomer', 'long-standing|Loyal regular']);

function qualifier(segment: PayloadSegment, s: Signals): string | undefined {
  const d = mostDistinctive(segment, [s.recency, s.frequency, s.spend]);
  if (!d || d.lift === null || d.unit === 'share') return undefined;
  const match = QUALIFIERS.find(([pattern]) => pattern.test(`${d.name} ${d.label}`));
  return match ? (d.lift >= 1 ? match[1] : match[2]) : undefined;
}

export function personaName(entry: PlaybookEntry, segment: PayloadSegment, s: Signals): string {
  const top = usableValues(segment.topCountries).find((c) => c.lift !== null && c.lift >= 1.5 && c.share >= 0.25);
  const abroad = top ? ` in ${top.value}` : '';
  const candidate = qualifier(segment, s);
  // "Deal-savvy bargain hunter" says one thing twice.
  const adjective = candidate && !REDUNDANT.has(`${candidate}|${entry.title}`) ? candidate : undefined;
  const name = adjective ? `${adjective} ${entry.title.charAt(0).toLowerCase()}${entry.title.slice(1)}` : entry.title;
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}${abroad}`;
}

function buyingBehaviour(segment: PayloadSegment, s: Signals, currency: Currency | undefined): string {
  const parts: string[] = [];
  const products = usableValues(segment.topProducts);
  if (products.length > 0) {
    const list = products.slice(0, 3).map(productShare).join(', ');
    parts.push(`Their most bought products are ${list}.`);
  }
  for (const [column, values] of Object.entries(segment.topCategories)) {
    const top = usableValues(values)[0];
    if (top) parts.push(`Most common ${column.toLowerCase()}: ${top.value} (${formatShare(top.share)}${top.lift !== null ? `, ${formatLift(top.lift)} the overall share` : ''}).`);
    if (parts.length >= 3) break;
  }
  if (segment.rfm?.code && segment.rfm.codeShare !== null) {
    const group = segment.rfm.segments[0];
    parts.push(`Their most common RFM code is ${segment.rfm.code} (${formatShare(segment.rfm.codeShare)})${group ? `, and the largest RFM group among them is ${group.name} (${formatShare(group.share)})` : ''}.`);
  }
  if (s.deals?.lift != null && s.deals.lift >= 1.2) parts.push(`They use deals more than most (${formatLift(s.deals.lift)} the average).`);
  if (segment.revenueShare !== null && segment.revenue !== null) {
    parts.push(`Together they bring in ${formatAmount(segment.revenue, currency)}, ${formatShare(segment.revenueShare)} of all revenue.`);
  }
  const life = segment.lifetime;
  if (life) {
    const worth = life.meanClv !== null ? `, worth about ${formatAmount(life.meanClv, currency)} each over the next ${formatNumber(life.horizonDays)} days` : '';
    parts.push(`Of their ${formatNumber(life.repeatCustomers)} repeat customers, about ${formatShare(life.repeatProbablyActiveShare)} are probably still active; the segment is expected to make ${formatNumber(life.meanExpectedPurchases, 2)} purchase days per customer in the next ${formatNumber(life.purchaseDays)} days${worth}.`);
  }
  if (segment.anomalies === 1) parts.push('One of them buys in unusual ways (flagged by the anomaly detector).');
  if (segment.anomalies > 1) parts.push(`${formatNumber(segment.anomalies)} of them buy in unusual ways (flagged by the anomaly detector).`);
  return parts.length > 0 ? parts.join(' ') : 'No product or category detail is available for this segment.';
}

/** What this segment values that others do not: its most distinctive product, or the spend range it over-indexes on most. */
function ownValue(segment: PayloadSegment): string | undefined {
  const product = usableValues(segment.topProducts).find((p) => p.lift !== null && p.lift >= 1.2);
  if (product && product.lift !== null) return `${quote(product.value).replace(/^‘./, (m) => m.toUpperCase())}, bought by ${formatShare(product.share)} of them (${formatLift(product.lift)} the usual share)`;
  const range = segment.features
    .filter((f) => f.unit === 'money' && /^(spend|spent) on /i.test(f.label) && f.lift !== null && f.lift >= 1.2)
    .sort((a, b) => (b.lift as number) - (a.lift as number) || a.name.localeCompare(b.name))[0];
  if (range && range.lift !== null) return `${range.label.replace(/^(spend|spent) on /i, '').replace(/^./, (c) => c.toUpperCase())}, on which they spend ${formatLift(range.lift)} the average`;
  return undefined;
}

/** Said plainly when the data has no clear clusters: the segment is a tier of one continuous range, not a group apart. */
function tierSentence(payload: NarrativePayload, segment: PayloadSegment): string {
  const structure = payload.structure;
  if (!structure || structure.clear || !segment.tier || structure.tiersAlong.length === 0) return '';
  const axis = structure.tiersAlong[0];
  // Mid-sentence: "the tier highest on spend on wines" (an all-capitals word such as "RFM" stays).
  const along = /^[A-Z][a-z]/.test(axis) ? axis[0].toLowerCase() + axis.slice(1) : axis;
  const where = segment.tier === 'middle' ? `a middle tier on ${along}` : `the tier ${segment.tier} on ${along}`;
  return `Not a distinct group: the customers form one continuous range with no clear clusters, and this segment is ${where}.`;
}

export function writePersona(payload: NarrativePayload, segment: PayloadSegment, s: Signals, entry: PlaybookEntry): Persona {
  const first = `${formatNumber(segment.size)} customers (${formatShare(segment.share)} of the base) who ${recencyPhrase(payload, s)}${frequencyPhrase(s)}${spendPhrase(s, payload.currency)}.`;
  const second = `${distinctivePhrase(segment, s, payload.currency)}${countryPhrase(segment)}.`;
  return {
    name: personaName(entry, segment, s),
    portrait: [first, second, tierSentence(payload, segment)].filter(Boolean).join(' '),
    values: [VALUE_OF[qualifier(segment, s) ?? ''], ownValue(segment), ...entry.values].filter((v): v is string => Boolean(v)).slice(0, 4),
    buyingBehaviour: buyingBehaviour(segment, s, payload.currency),
  };
}
