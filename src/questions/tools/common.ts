/** What every tool shares: the output builder and the answer for a segment the run does not have. */
import type { Currency, SegmentationResult, SegmentProfile } from '../../result/index.js';
import { Figures, listing, safe } from '../format.js';
import { numeralsIn } from '../grounding.js';
import { findSegment } from '../resolve.js';
import type { AnswerTable, QuestionContext, ToolOutput } from '../types.js';

export interface ToolDraft {
  filter: string;
  lines: string[];
  table?: AnswerTable;
  caveats?: string[];
  segments?: string[];
}

export function finish(fig: Figures, draft: ToolDraft): ToolOutput {
  const text = draft.lines.filter(Boolean).join('\n');
  const shown = new Set(numeralsIn(text, []));
  return {
    filter: draft.filter,
    text,
    table: draft.table,
    caveats: draft.caveats ?? [],
    // Figures shown only in caveats or the table stay grounding facts, but `numbers` lists the text's.
    numbers: fig.numbers.filter((n) => shown.has(n)),
    segments: draft.segments ?? [],
    facts: { values: fig.values, shares: fig.shares },
  };
}

export const realSegments = (result: SegmentationResult) => result.segments.filter((s) => !s.isNoise);

export function keyRange(result: SegmentationResult): string {
  const keys = realSegments(result).map((s) => s.key);
  return keys.length <= 3 ? listing(keys) : `${keys[0]}–${keys.at(-1)}`;
}

/** The segment for a reference, or the output that says it is not in this run. */
export function segmentOrMissing(ctx: QuestionContext, ref: string | undefined, fig: Figures): { segment: SegmentProfile } | { missing: ToolOutput } {
  const segment = ref ? findSegment(ctx.result, ref) : undefined;
  if (segment) return { segment };
  const known = listing(realSegments(ctx.result).map((s) => `${s.key} (${safe(s.name)})`));
  return {
    missing: finish(fig, {
      filter: ref ? `segment ${safe(ref)}` : 'no segment named',
      lines: [ref ? `This run has no segment “${safe(ref)}”. Its segments are ${known}.` : `Which segment? This run has ${known}.`],
      caveats: [`Ask about one of ${keyRange(ctx.result)}.`],
    }),
  };
}

export const currencyOf = (result: SegmentationResult): Currency | undefined => result.input.currency;
