/**
 * The grounding check: every numeral in a narrator's text must be a number of the payload as
 * shown (within the rounding the text uses), or one derived from it in a way checked here:
 * share → percent, lift → "x times" or "% more/less", thousands separators, k/m suffixes,
 * currency symbols. Segment keys must exist, and a customer count next to a segment's name must
 * be that segment's size. Contact-like text is never grounded.
 */

export interface GroundingIssue {
  /** Which text it was found in, e.g. "persona.portrait" or "campaigns[0].message". */
  field: string;
  token: string;
  reason: string;
}
export interface GroundingReport { ok: boolean; issues: GroundingIssue[] }

// A numeral, unless it continues another one ("1,187" is one number). Letters before it do not
// hide it: "EUR5000" is checked too; segment keys and payload strings are removed first.
const NUMBER = /(?<![\p{N}_.,])([£$€]\s?)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s?(?:%|per ?cent\b|pct\b|k\b|m\b|bn\b|x\b|×|(?:thousand|million)\b))?/giu;
const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
const SEGMENT_KEY = /\bS(\d+)\b/g;

interface SegmentFact { key: string; name?: string; size: number }
interface Facts {
  numbers: number[];
  /** The numbers a percent may show: shares and rates (×100, or the complement) and lifts (also their excess). */
  shares: number[];
  lifts: number[];
  strings: string[];
  keys: Set<string>;
  segments: SegmentFact[];
  customerCounts: number[];
}

// Which payload fields hold shares or lifts: only those may appear as percents, so that a z-score
// or a mean cannot ground an invented percentage by coincidence.
const SHARE_KEY = /share|baseline|effect/i;
const LIFT_KEY = /lift/i;

function collectFacts(payload: unknown): Facts {
  const numbers = new Set<number>();
  const strings = new Set<string>();
  const keys = new Set<string>();
  const segments: SegmentFact[] = [];
  const customerCounts: number[] = [];
  const shares: number[] = [];
  const lifts: number[] = [];
  const visit = (value: unknown, key: string) => {
    if (key === 'customers' && typeof value === 'number') customerCounts.push(value);
    if (typeof value === 'number' && LIFT_KEY.test(key)) lifts.push(value);
    else if (typeof value === 'number' && SHARE_KEY.test(key)) shares.push(value);
    if (typeof value === 'number' && Number.isFinite(value)) numbers.add(value);
    else if (typeof value === 'string') {
      if (key === 'key') keys.add(value);
      if (value.length >= 3) strings.add(value);
      // Numerals inside the data's own strings ("SET OF 3", dates) may be quoted back.
      for (const m of value.matchAll(/\d+(?:\.\d+)?/g)) numbers.add(Number(m[0]));
    } else if (Array.isArray(value)) value.forEach((v) => visit(v, key));
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.key === 'string' && typeof o.size === 'number') segments.push({ key: o.key, size: o.size, name: typeof o.name === 'string' ? o.name : undefined });
      // The mean of a 0/1 or ratio column is a rate: "37.5% accepted the last campaign".
      if ((o.unit === 'share' || o.unit === 'ratio') && typeof o.mean === 'number') shares.push(o.mean, ...(typeof o.median === 'number' ? [o.median] : []));
      for (const [k, v] of Object.entries(o)) visit(v, k);
    }
  };
  visit(payload, '');
  // Longest first, so that a product name is removed before a shorter one inside it.
  return { numbers: [...numbers], shares, lifts, strings: [...strings].sort((a, b) => b.length - a.length), keys, segments, customerCounts };
}

/** Every value a numeral may legitimately show: a percent is a share or its complement, or a lift, its excess or shortfall. */
function candidates(facts: Facts, percent: boolean): number[] {
  if (!percent) return facts.numbers;
  return [
    ...facts.shares.flatMap((v) => [v * 100, (1 - v) * 100]),
    ...facts.lifts.flatMap((v) => [v * 100, Math.abs(v - 1) * 100]),
  ];
}

function decimalsOf(fraction: string | undefined): number {
  return fraction ? fraction.length - 1 : 0;
}

/** Whether `shown` is `candidate` rounded to the precision the text shows. */
function matchesRounded(shown: number, decimals: number, candidate: number): boolean {
  const step = 10 ** -decimals;
  if (Math.abs(candidate - shown) <= step / 2 + 1e-9 * Math.max(1, Math.abs(shown))) return true;
  // "about 1,200" for 1,187: rounding to tens or hundreds, keeping at least two significant digits.
  if (decimals === 0 && shown >= 100 && shown % 10 === 0) {
    const digits = String(shown).replace(/0+$/, '').length;
    if (digits >= 2) {
      const unit = 10 ** (String(shown).length - digits);
      return Math.round(candidate / unit) * unit === shown;
    }
  }
  return false;
}

function scaleOf(suffix: string | undefined): number {
  const s = (suffix ?? '').trim().toLowerCase();
  if (s === 'k' || s === 'thousand') return 1e3;
  if (s === 'm' || s === 'million') return 1e6;
  if (s === 'bn') return 1e9;
  return 1;
}

function isGroundedNumber(match: RegExpMatchArray, facts: Facts): boolean {
  const shown = Number(match[2].replace(/,/g, '') + (match[3] ?? ''));
  const decimals = decimalsOf(match[3]);
  const scale = scaleOf(match[4]);
  const percent = /^(%|per ?cent|pct)$/i.test((match[4] ?? '').trim());
  return candidates(facts, percent).some((v) => matchesRounded(shown, decimals, Math.abs(v) / scale));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Removes payload strings that hold numerals ("SET OF 3 CAKE TINS", "2011-12-09") where they stand as whole words. */
function stripKnownStrings(text: string, facts: Facts): string {
  let stripped = text;
  for (const s of facts.strings) {
    if (!/\d/.test(s)) continue;
    stripped = stripped.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(s)}(?![\\p{L}\\p{N}])`, 'giu'), ' ');
  }
  return stripped;
}

const CUSTOMER_COUNT = /(?<![\p{N}_.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?(k\b|thousand\b)?\s+(?:of\s+(?:our|the|all|its)\s+)?customers\b/giu;

/**
 * Sizes must match names: in a sentence that names exactly one segment (by key or name), a
 * customer count must be that segment's size, the customer base, or a counted top value.
 */
function segmentSizeIssues(field: string, text: string, facts: Facts): GroundingIssue[] {
  const issues: GroundingIssue[] = [];
  for (const sentence of text.split(/(?<=[.;!?])\s+/)) {
    const lower = sentence.toLowerCase();
    const named = facts.segments.filter(
      (s) => new RegExp(`\\b${s.key}\\b`).test(sentence) || (s.name !== undefined && s.name.length >= 3 && lower.includes(s.name.toLowerCase())),
    );
    const distinct = [...new Map(named.map((s) => [s.key, s])).values()];
    if (distinct.length !== 1) continue;
    const segment = distinct[0];
    for (const m of sentence.matchAll(CUSTOMER_COUNT)) {
      const decimals = decimalsOf(m[2]);
      const shown = Number(m[1].replace(/,/g, '') + (m[2] ?? ''));
      const scale = m[3] ? 1e3 : 1;
      const allowed = [segment.size, ...facts.customerCounts];
      if (!allowed.some((v) => matchesRounded(shown, decimals, v / scale))) {
        issues.push({ field, token: m[0], reason: `${segment.key} has ${segment.size} customers; this count belongs to no figure about it` });
      }
    }
  }
  return issues;
}

/**
 * Checks texts (field name → text) against a payload. A text passes when each numeral in it is
 * grounded, each segment key it names exists, and it holds nothing contact-like.
 */
export function checkGrounding(texts: Record<string, string>, payload: unknown): GroundingReport {
  const facts = collectFacts(payload);
  const issues: GroundingIssue[] = [];
  for (const [field, text] of Object.entries(texts)) {
    const email = text.match(EMAIL);
    if (email) issues.push({ field, token: email[0], reason: 'looks like an email address; narrators never see or write contact details' });
    for (const m of text.matchAll(SEGMENT_KEY)) {
      if (!facts.keys.has(m[0])) issues.push({ field, token: m[0], reason: `names segment ${m[0]}, which is not in the data given` });
    }
    issues.push(...segmentSizeIssues(field, text, facts));
    const stripped = stripKnownStrings(text.replace(SEGMENT_KEY, ' '), facts);
    for (const m of stripped.matchAll(NUMBER)) {
      if (!isGroundedNumber(m, facts)) {
        issues.push({ field, token: m[0].trim(), reason: 'this number is not one of the computed figures (nor a share, percent or rounding of one)' });
      }
    }
  }
  return { ok: issues.length === 0, issues };
}

/** One line per issue, for logs, the repair prompt and fallback reasons. */
export function describeGroundingIssues(issues: GroundingIssue[], limit = 8): string {
  const lines = issues.slice(0, limit).map((i) => `${i.field}: "${i.token}" — ${i.reason}`);
  if (issues.length > limit) lines.push(`… and ${issues.length - limit} more`);
  return lines.join('\n');
}
