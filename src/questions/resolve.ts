/**
 * Finding what a question refers to: a segment by key ("S2", "segment 2") or by name ("the lapsed
 * one-time buyers"), a named RFM segment ("champions"), a country or a product of the run.
 */
import type { SegmentationResult, SegmentProfile } from '../result/index.js';
import { safe } from './format.js';
import type { QuestionContext } from './types.js';

export const RFM_NAMES = ['Champions', 'Loyal', 'Potential Loyalists', 'New Customers', 'Promising', 'Needs Attention', 'About to Sleep', 'At Risk', "Can't Lose Them", 'Hibernating', 'Lost'] as const;

// How people say the RFM names; the longer patterns are tried first.
const RFM_PATTERNS: Array<[RegExp, string]> = [
  [/\bpotential loyalists?\b/, 'Potential Loyalists'],
  [/\bnew customers?\b|\bnewcomers?\b/, 'New Customers'],
  [/\bneeds? attention\b/, 'Needs Attention'],
  [/\babout to sleep\b/, 'About to Sleep'],
  [/\bcan'?t lose( them)?\b|\bcannot lose( them)?\b/, "Can't Lose Them"],
  [/\bat[- ]risk\b/, 'At Risk'],
  [/\bchampions?\b/, 'Champions'],
  [/\bloyal( customers?)?\b/, 'Loyal'],
  [/\bpromising\b/, 'Promising'],
  [/\bhibernating\b/, 'Hibernating'],
  [/\blost( customers)?\b/, 'Lost'],
];

const STOP = new Set(['the', 'and', 'our', 'who', 'what', 'which', 'with', 'that', 'about', 'tell', 'show', 'segment', 'segments', 'customers', 'customer', 'them', 'they', 'those', 'these', 'group', 'people', 'buyers', 'should', 'send', 'compare', 'more', 'most']);

export function normalise(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, ' ') // the bot's own mention
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}'%&.\-\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const stem = (word: string) => word.replace(/'s$/, '').replace(/(ies)$/, 'y').replace(/s$/, '');

function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4 && !STOP.has(w)).map(stem);
}

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5, sixth: 6, '6th': 6 };

/** Segment keys in the order the text names them: "S2", "s 2", "segment 2", "segments 2 and 4". */
export function segmentKeysIn(text: string): string[] {
  const keys: string[] = [];
  const push = (n: string) => {
    const key = `S${Number(n)}`;
    if (!keys.includes(key)) keys.push(key);
  };
  for (const m of text.matchAll(/\bs ?(\d{1,2})\b|\bsegments? (?:no\.? |number |#)?(\d{1,2})((?:(?:,| and| &| vs\.?| versus| or) (?:s ?)?\d{1,2})*)/g)) {
    if (m[1]) push(m[1]);
    if (m[2]) {
      push(m[2]);
      for (const more of (m[3] ?? '').matchAll(/\d{1,2}/g)) push(more[0]);
    }
  }
  return keys;
}

/** Ordinals that point into an earlier answer: "the second one", "the last", "#2". */
export function ordinalIn(text: string): number | 'last' | null {
  if (/\bthe last( one)?\b|\blast one\b/.test(text)) return 'last';
  const m = text.match(/\b(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th)\b(?! (?:quarter|half))|#(\d)\b|\bnumber (\d)\b/);
  if (!m) return null;
  return m[1] ? ORDINALS[m[1]] : Number(m[2] ?? m[3]);
}

/** Segments named by (part of) their name: every significant word of the name, or most of them, in the text. */
export function segmentsByName(text: string, segments: SegmentProfile[]): string[] {
  const asked = new Set(words(text));
  const scored = segments
    .filter((s) => !s.isNoise)
    .map((s) => {
      const nameWords = words(s.name.toLowerCase());
      const hits = nameWords.filter((w) => asked.has(w)).length;
      const exact = text.includes(s.name.toLowerCase());
      return { key: s.key, score: exact ? 100 : nameWords.length ? hits / nameWords.length : 0, hits };
    })
    .filter((s) => s.score >= 100 || (s.hits >= 1 && s.score >= 0.34));
  if (scored.length === 0) return [];
  // Keep the clear winners: an exact name, or the best partial matches.
  const best = Math.max(...scored.map((s) => s.score));
  return scored.filter((s) => s.score === best || s.score >= 100).map((s) => s.key);
}

export function rfmNameIn(text: string): string | null {
  for (const [pattern, name] of RFM_PATTERNS) if (pattern.test(text)) return name;
  return null;
}

/** Countries the run knows of: in the breakdown, or among the segments' top countries. */
export function knownCountries(ctx: Pick<QuestionContext, 'result' | 'breakdown'>): string[] {
  const names = new Set<string>();
  for (const s of ctx.result.segments) for (const c of s.topCountries) names.add(c.value);
  for (const g of [...(ctx.breakdown?.segments ?? []), ...(ctx.breakdown?.rfmSegments ?? [])]) for (const c of g.countries ?? []) names.add(c.value);
  return [...names];
}

// Common ways of naming a country that the data spells differently.
const COUNTRY_ALIASES: Record<string, string[]> = {
  'United Kingdom': ['uk', 'u.k.', 'britain', 'great britain', 'england'],
  'United States': ['us', 'usa', 'u.s.', 'america'],
  USA: ['us', 'u.s.', 'united states', 'america'],
  EIRE: ['ireland', 'eire'],
  Germany: ['deutschland'],
};

/** A country named in the text: one the run knows, or one said in a "in <Country>" phrase. */
export function countryIn(text: string, ctx: Pick<QuestionContext, 'result' | 'breakdown'>, options: { loose?: boolean } = {}): string | null {
  const known = knownCountries(ctx).sort((a, b) => b.length - a.length);
  for (const country of known) {
    const spellings = [country.toLowerCase(), ...(COUNTRY_ALIASES[country] ?? [])];
    if (spellings.some((s) => new RegExp(`(?<![\\p{L}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text))) return country;
  }
  if (!options.loose) return null;
  const m = text.match(/\b(?:in|from) ((?:the )?[a-z][a-z.-]{2,20}(?: [a-z][a-z.-]{2,20})?)\s*(?:\?|$| only| please)/);
  if (m && !/^(the )?(segment|last|first|second|data|run|total|revenue|rfm|each|all|this|that|our|their|them|it)\b/.test(m[1])) return titleCase(m[1].replace(/^the /, ''));
  return null;
}

const titleCase = (s: string) => s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());

/** The segment behind a reference: a key that exists, or a name. */
export function findSegment(result: SegmentationResult, ref: string): SegmentProfile | undefined {
  const key = segmentKeysIn(ref.toLowerCase())[0];
  if (key) return result.segments.find((s) => s.key === key);
  const byName = segmentsByName(normalise(ref), result.segments);
  return byName.length === 1 ? result.segments.find((s) => s.key === byName[0]) : undefined;
}

/** The segment where a named RFM segment is most common, with its share there. */
export function segmentOfRfm(result: SegmentationResult, rfmName: string): { segment: SegmentProfile; share: number } | undefined {
  let best: { segment: SegmentProfile; share: number } | undefined;
  for (const s of result.segments) {
    const share = s.rfmSegments.find((r) => r.name === rfmName)?.share ?? 0;
    if (share > 0 && (!best || share * s.size > best.share * best.segment.size)) best = { segment: s, share };
  }
  return best;
}

export function segmentLabel(s: Pick<SegmentProfile, 'key' | 'name'>): string {
  return `${s.key} (${safe(s.name)})`;
}
