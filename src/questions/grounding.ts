/**
 * Grounding for answers: a phrased answer may show only numbers the tool computed (as shown, or
 * rounded, or a share as a percent: the narrator's grounding check does the matching), may name
 * only segments of the run, and holds nothing contact-like.
 */
import { checkGrounding, describeGroundingIssues } from '../narrative/index.js';
import type { JsonProblem } from '../llm/index.js';
import type { QuestionContext, ToolOutput } from './types.js';

const SEGMENT_KEY = /\bS\d+\b/g;
/** A numeral as answers show it: "1,706", "39.3%", "£2,138,326", "0.34", "2.1×". */
const NUMERAL = /(?<![\p{N}_.,])([£$€]\s?)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s?(?:%|×))?/gu;

/** Text from the data that an answer may quote: names, countries, products, RFM names, campaigns. */
export function dataStrings(ctx: QuestionContext): string[] {
  const strings = new Set<string>([ctx.dataset]);
  for (const s of ctx.result.segments) {
    strings.add(s.name);
    for (const t of [...s.topCountries, ...s.topProducts, ...Object.values(s.topCategories).flat()]) strings.add(t.value);
  }
  for (const r of ctx.result.rfm?.segments ?? []) strings.add(r.name);
  for (const c of ctx.result.candidates) strings.add(c.id);
  // Campaign copy is quoted as it was reviewed; its figures are the narrator's, grounded there.
  for (const c of ctx.campaigns ?? []) [c.id, c.message, c.audience].forEach((t) => strings.add(t));
  for (const n of ctx.narrative?.segments ?? []) for (const c of n.campaigns) [c.id, c.message, c.audience, c.goal, c.channel].forEach((t) => strings.add(t));
  for (const g of [...(ctx.breakdown?.segments ?? []), ...(ctx.breakdown?.rfmSegments ?? [])]) for (const r of [...(g.countries ?? []), ...(g.products ?? [])]) strings.add(r.value);
  return [...strings].filter((s) => s.length >= 2).sort((a, b) => b.length - a.length);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text without segment keys and without the data's own strings that hold numerals ("SET OF 3"). */
function withoutKnownText(text: string, strings: string[]): string {
  // Data strings first: a campaign id such as `3fa9c1e2b7d4:S2-c1` holds a segment key.
  let stripped = text;
  for (const s of strings) {
    if (!/\d/.test(s)) continue;
    stripped = stripped.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(s)}(?![\\p{L}\\p{N}])`, 'giu'), ' ');
  }
  return stripped.replace(SEGMENT_KEY, ' ');
}

/** Every number shown in a text, as shown (segment keys and numerals inside data strings are not numbers). */
export function numeralsIn(text: string, strings: string[]): string[] {
  const plain = withoutKnownText(text.replace(/&amp;|&lt;|&gt;/g, ' '), strings);
  return [...new Set([...plain.matchAll(NUMERAL)].map((m) => m[0].replace(/\s/g, '')))];
}

/** Problems of a phrased answer against the tool's output, for the repair turn; null when grounded. */
export function phrasingProblem(text: string, output: ToolOutput, ctx: QuestionContext): JsonProblem | null {
  const keys = new Set(ctx.result.segments.map((s) => s.key));
  const unknownKeys = [...text.matchAll(SEGMENT_KEY)].map((m) => m[0]).filter((k) => !keys.has(k));
  const strings = dataStrings(ctx).filter((s) => output.text.includes(s) || (output.table?.rows.some((r) => r.includes(s)) ?? false));
  const facts = { values: output.facts.values, shares: output.facts.shares, strings };
  const report = checkGrounding({ text: withoutKnownText(text, strings) }, facts);
  if (report.ok && unknownKeys.length === 0) return null;
  const lines = [...unknownKeys.map((k) => `text: "${k}" — names a segment this run does not have`), describeGroundingIssues(report.issues)].filter(Boolean);
  return { stage: 'grounding', problems: lines.join('\n'), summary: 'numbers or segments that the tool did not compute' };
}
