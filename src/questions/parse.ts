/**
 * The deterministic intent parser: a marketer's question → one tool and its arguments, without an
 * LLM. Phrasings are matched by cue words; segments by key, name, RFM name or position in the
 * previous answer ("the second one"); follow-ups in a thread reuse the previous answer's tool.
 */
import type { SegmentationResult } from '../result/index.js';
import { countryIn, normalise, ordinalIn, rfmNameIn, segmentKeysIn, segmentOfRfm, segmentsByName } from './resolve.js';
import type { Answer, QuestionBreakdown, ToolCall } from './types.js';

export interface ParsedQuestion {
  call: ToolCall;
  /** True when the question was read against the previous answer. */
  followUp: boolean;
}

export interface ParseContext {
  result: SegmentationResult;
  breakdown?: QuestionBreakdown;
}

const CUES = {
  results: /\bhow (did|has|have|is|was|were|does) (the |our |that |this )?(.{0,60}?\b)?(campaigns?|offers?|promotions?|e-?mails?|mailings?)\b.*\b(do|did|done|go|went|gone|perform\w*|work\w*|doing|going)\b|\b(did|does|has) (the |our |that |this )?(.{0,60}?\b)?(campaigns?|offers?|promotions?)\b.*\bwork\w*\b|\b(lift|uplift|measured|measurement|results?) (of|for|from) (the |our )?.{0,60}\b(campaigns?|offers?)\b|\bcampaign (results?|lift|performance)\b/,
  help: /^(help|\?+|hi|hello|hey|usage)\b|what (can|could|do) (i|we|you) (ask|do|answer|tell)|what (questions|kind of questions|sort of questions)|how do (i|we) use|\bexamples?\b|what do you know/,
  model: /\bwhy\b.*\b(choose|chose|chosen|pick|picked|select|selected|go with|went with|end up|settle|\d+ segments|three|four|five|six)\b|\bhow (was|were|did you|did it|is)\b.*\b(chosen|picked|selected|decided|choose|pick|decide|select)\b|\b(which|what) (model|algorithm|clustering)\b|\b(silhouette|k-?means|model choice|model selection|the model|algorithm)\b/,
  campaigns: /\b(send|sending|campaigns?|messages?|messaging|offers?|promotions?|promos?|e-?mail (them|to)|newsletter|what should we (do|say|tell|offer)|how (should|do|can|could) we (reach|target|approach|win|re-?engage|keep|treat)|target(ing)?|reach out|win (them )?back|re-?engage|retain|retention ideas|marketing (ideas|actions?))\b/,
  compare: /\b(compare|comparison|compared|vs\.?|versus|difference|differences|differ|different from|side by side)\b/,
  atRisk: /\b(at[- ]risk|churn\w*|lapsing|slipping|about to (leave|lapse|churn|go)|going to (leave|churn)|losing|leaving|in danger|risk of|drifting)\b/,
  rfm: /\brfm\b|\brecency[, ]+frequency\b|\bnamed segments\b|\b(champions|loyal|hibernating)\b.*\b(table|list|all|each)\b/,
  country: /\b(countr(y|ies)|by country|per country|nationalit\w*|markets?|geograph\w*|regions?)\b/,
  where: /\bwhere (are|do|is|does)\b|\blocated\b|\bbased\b/,
  product: /\b(products?|items?|buy|buys|bought|purchase[sd]?|best ?sellers?|skus?|what do (they|s\d+) (like|buy))\b/,
  revenue: /\b(revenue|money|sales|turnover|spend(s|ing)?|valuable|profitable|most value|brings?|earns?|income|pays?)\b/,
  ranking: /\b(which|what|rank\w*|most|least|top|best|worst|highest|lowest|biggest|largest)\b/,
  least: /\b(least|lowest|smallest|worst|bottom|fewest)\b/,
  overview: /\b(how big|sizes?|how many (customers|segments|groups|people|clusters)|overview|summary|summari[sz]e|(what|which) segments|list (the |all )?segments|segments (are there|do we have|exist)|distribution|largest|biggest|smallest|segments\??$|split)\b/,
  profile: /\b(tell me|about|describe|profile|who (are|is)|what (is|are)|details?|explain|characteri[sz]e|look like|like)\b/,
  followUp: /^(and|what about|how about|same for|same with|and what about|now|ok,? and|also|then|what of)\b/,
};

function keysFor(text: string, result: SegmentationResult): string[] {
  const keys = segmentKeysIn(text);
  return keys.length ? keys : segmentsByName(text, result.segments);
}

const SEGMENT_TOOLS = new Set(['segment_profile', 'campaigns', 'breakdown']);

function followUp(text: string, ctx: ParseContext, previous: Answer): ToolCall | null {
  const refs = keysFor(text, ctx.result);
  const ordinal = ordinalIn(text);
  const short = text.split(' ').length <= 6;
  if (!CUES.followUp.test(text) && !(short && (refs.length > 0 || ordinal !== null))) return null;
  // A question with its own cue ("and how many are at risk?") is a new question, not a follow-up.
  if (CUES.help.test(text) || CUES.model.test(text) || CUES.atRisk.test(text) || CUES.rfm.test(text) || CUES.compare.test(text)) return null;
  // "The second one" points into the previous answer's segments, or else the run's own order.
  const pool = previous.segments.length >= (ordinal === 'last' ? 1 : (ordinal ?? 1)) ? previous.segments : ctx.result.segments.filter((s) => !s.isNoise).map((s) => s.key);
  const fromOrdinal = ordinal === null ? undefined : ordinal === 'last' ? pool.at(-1) : pool[ordinal - 1];
  const segment = fromOrdinal ?? refs[0];
  const country = countryIn(text, ctx, { loose: true });
  const args = previous.args as Record<string, unknown>;
  if (segment) {
    if (refs.length >= 2) return { tool: 'compare', args: { a: refs[0], b: refs[1] } };
    if (previous.tool === 'compare') return { tool: 'compare', args: { a: String(args.a), b: segment } };
    if (previous.tool === 'breakdown') {
      const { rfmSegment: _dropped, ...rest } = args as ToolCall['args'] & { rfmSegment?: string; by: 'country' | 'product' };
      return { tool: 'breakdown', args: { ...rest, segment, ...(country ? { country } : {}) } };
    }
    if (SEGMENT_TOOLS.has(previous.tool)) return { tool: previous.tool as 'segment_profile' | 'campaigns', args: { segment } };
    return { tool: 'segment_profile', args: { segment } };
  }
  if (country && previous.tool === 'breakdown') return { tool: 'breakdown', args: { ...(args as { by: 'country' | 'product' }), by: 'country', country } };
  const rfm = rfmNameIn(text);
  if (rfm && previous.tool === 'breakdown') {
    const { segment: _dropped, ...rest } = args as { by: 'country' | 'product'; segment?: string };
    return { tool: 'breakdown', args: { ...rest, rfmSegment: rfm } };
  }
  return null;
}

/** The words naming a campaign: "how did the win-back campaign do" → "win-back". */
function campaignPhrase(text: string): string | undefined {
  const m = /\b(?:the|our|that|this)\s+(.{2,60}?)\s+(?:campaigns?|offers?|promotions?|e-?mails?|mailings?)\b/.exec(text) ?? /\b(?:campaigns?|offers?) (?:called|named) (.{2,60}?)(?:\?|$| do| go| work)/.exec(text);
  const phrase = m?.[1].replace(/\bS\d+\b/gi, '').trim();
  return phrase ? phrase : undefined;
}

/** Products of the run named in the text (whole name). */
function productIn(text: string, result: SegmentationResult): string | undefined {
  const products = [...new Set(result.segments.flatMap((s) => s.topProducts.map((p) => p.value)))].sort((a, b) => b.length - a.length);
  return products.find((p) => p.length >= 4 && text.includes(normalise(p)));
}

export function parseQuestion(question: string, ctx: ParseContext, previous?: Answer): ParsedQuestion {
  const text = normalise(question);
  if (previous) {
    const call = followUp(text, ctx, previous);
    if (call) return { call, followUp: true };
  }
  return { call: freshQuestion(text, ctx, previous), followUp: false };
}

function freshQuestion(text: string, ctx: ParseContext, previous?: Answer): ToolCall {
  const { result } = ctx;
  const refs = keysFor(text, result);
  const rfm = rfmNameIn(text);
  // "in <Place>" counts as a country only next to a segment: "the weather in Paris" is not a breakdown.
  const country = countryIn(text, ctx, { loose: Boolean(rfm || refs.length) });
  const product = productIn(text, result);
  const rfmHome = rfm ? segmentOfRfm(result, rfm)?.segment.key : undefined;

  if (text === '' || CUES.help.test(text)) return { tool: 'help', args: {} };
  if (CUES.model.test(text)) return { tool: 'model_choice', args: {} };
  if (CUES.results.test(text)) {
    const segment = refs[0] ?? rfmHome;
    const campaign = campaignPhrase(text);
    return { tool: 'campaign_results', args: { ...(campaign ? { campaign } : {}), ...(segment ? { segment } : {}) } };
  }
  if (CUES.campaigns.test(text)) {
    const segment = refs[0] ?? rfmHome ?? (previous?.segments.length === 1 ? previous.segments[0] : undefined);
    return { tool: 'campaigns', args: segment ? { segment } : {} };
  }
  if (CUES.compare.test(text) || (refs.length >= 2 && /\b(and|&|or|with)\b/.test(text) && !country)) {
    const pair = refs.length >= 2 ? refs : refs.length === 1 && previous?.segments[0] && previous.segments[0] !== refs[0] ? [previous.segments[0], refs[0]] : refs;
    if (pair.length >= 2) return { tool: 'compare', args: { a: pair[0], b: pair[1] } };
    if (pair.length === 1) return { tool: 'segment_profile', args: { segment: pair[0] } };
  }
  if (CUES.atRisk.test(text) && refs.length === 0 && !country) return { tool: 'at_risk', args: {} };
  const byCountry = Boolean(country) || CUES.country.test(text) || (CUES.where.test(text) && !CUES.revenue.test(text));
  if (byCountry || product || (CUES.product.test(text) && !CUES.revenue.test(text))) {
    const by = byCountry ? 'country' : 'product';
    const args: Extract<ToolCall, { tool: 'breakdown' }>['args'] = { by };
    if (refs[0]) args.segment = refs[0];
    else if (rfm) args.rfmSegment = rfm;
    if (country) args.country = country;
    if (product && by === 'product') args.product = product;
    return { tool: 'breakdown', args };
  }
  if (CUES.rfm.test(text) || (rfm && refs.length === 0)) return { tool: 'rfm_table', args: {} };
  if (refs.length === 1 && !(CUES.ranking.test(text) && !CUES.profile.test(text) && CUES.revenue.test(text))) return { tool: 'segment_profile', args: { segment: refs[0] } };
  if (CUES.revenue.test(text)) return { tool: 'revenue_ranking', args: { order: CUES.least.test(text) ? 'least' : 'most' } };
  if (CUES.overview.test(text)) return { tool: 'overview', args: {} };
  if (refs.length >= 1) return { tool: 'segment_profile', args: { segment: refs[0] } };
  return { tool: 'help', args: { unanswered: true } };
}
