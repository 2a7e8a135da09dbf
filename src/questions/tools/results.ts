/**
 * "How did the win-back campaign do?": a campaign of the run found by its name (goal, id) or its
 * segment, and its latest stored measurement (`segbot measure`): the lift against the holdout, the
 * interval, the test and the verdict against the status quo. A campaign not yet measured gets what
 * to do next: export it (after approval) and measure it once its window has closed.
 */
import { Figures, safe } from '../format.js';
import { findSegment, normalise, segmentLabel } from '../resolve.js';
import type { QuestionCampaign, QuestionContext, QuestionMeasurement, ToolOutput } from '../types.js';
import { finish } from './common.js';

const EXPORTABLE = new Set(['approved', 'auto_approved', 'shared']);
/** Words that say "a campaign" without naming one. */
const FILLER = new Set(['the', 'our', 'a', 'an', 'campaign', 'campaigns', 'one', 'offer', 'email', 'last', 'latest', 'recent', 'that', 'this', 'for', 'of', 'to', 'do', 'did', 'go', 'work']);

const words = (text: string) => normalise(text.replace(/[-_/]+/g, ' ')).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2 && !FILLER.has(w));

/** Campaigns named by `phrase`: every word of the phrase in the campaign's name, goal or segment name. */
function named(ctx: QuestionContext, list: QuestionCampaign[], phrase: string): QuestionCampaign[] {
  const wanted = words(phrase);
  if (wanted.length === 0) return list;
  return list.filter((c) => {
    const segment = ctx.result.segments.find((s) => s.key === c.segmentKey);
    const haystack = new Set(words([c.goal ?? '', c.id, c.channel ?? '', segment?.name ?? ''].join(' ')));
    return wanted.every((w) => haystack.has(w) || [...haystack].some((h) => h.startsWith(w) && w.length >= 4));
  });
}

const signed = (fig: Figures, x: number) => `${x >= 0 ? '+' : '−'}${fig.percent(Math.abs(x))}`;

function resultLines(fig: Figures, c: QuestionCampaign, m: QuestionMeasurement | undefined): string[] {
  const head = `*${safe(c.goal ?? c.id)}* (${safe(c.id)}, ${safe(c.segmentKey)})`;
  const latest = m?.latest;
  if (latest) {
    const lift = latest.lift === null ? 'no lift could be computed (the holdout bought nothing in the window)' : `${signed(fig, latest.lift)} sales per customer against the holdout`;
    const interval = latest.ciLow !== null && latest.ciHigh !== null ? `, ${fig.percent(latest.level)} interval ${signed(fig, latest.ciLow)} to ${signed(fig, latest.ciHigh)}` : '';
    return [
      `${head}: ${lift}${interval}, p ${latest.pValue < 0.001 ? `< ${fig.measure(0.001, 3)}` : `= ${fig.measure(latest.pValue, 3)}`}.`,
      `Verdict: ${fig.passage(latest.verdictText)}`,
      `Measured from ${fig.passage(latest.windowFrom)} up to ${fig.passage(latest.windowTo)}, ${fig.count(latest.treatmentCustomers)} treated against ${fig.count(latest.holdoutCustomers)} held-out customers; the status quo is a ${fig.percent(latest.statusQuo)} lift.`,
    ];
  }
  if (m?.exported) {
    const e = m.exported;
    return [
      `${head} has not been measured yet. Its audience was exported (${fig.count(e.customers)} customers, ${fig.count(e.holdout)} held out) for a window from ${fig.passage(e.windowFrom)} up to ${fig.passage(e.windowTo)}.`,
      `Once the window has closed, measure it: \`segbot measure ${safe(c.id)} --data <transaction log> --from ${fig.passage(e.windowFrom)} --to ${fig.passage(e.windowTo)}\`.`,
    ];
  }
  if (c.decision !== 'block' && EXPORTABLE.has(c.state)) {
    return [
      `${head} has not been exported or measured yet, so nobody can say whether it worked.`,
      `Export its audience with a holdout (\`segbot audience export ${safe(c.id)} --out audience.csv\`, or the Export audience button), send the campaign to the treatment group only, and after the window run \`segbot measure ${safe(c.id)} --data <transaction log> --from <first day> --to <day after the last>\`.`,
    ];
  }
  return [`${head} has not been measured: it is ${safe(c.state.replace(/_/g, ' '))}, and only an approved campaign can be exported and measured.`];
}

export function campaignResults(ctx: QuestionContext, args: { campaign?: string; segment?: string }): ToolOutput {
  const fig = new Figures();
  const all = (ctx.campaigns ?? []).map((c) => {
    const proposal = ctx.narrative?.segments.flatMap((s) => s.campaigns).find((p) => c.id === p.id || c.id.endsWith(`:${p.id}`));
    return { ...c, goal: c.goal ?? proposal?.goal, channel: c.channel ?? proposal?.channel };
  });
  const segment = args.segment ? findSegment(ctx.result, args.segment) : undefined;
  const inSegment = segment ? all.filter((c) => c.segmentKey === segment.key) : all;
  const found = args.campaign ? named(ctx, inSegment, args.campaign) : inSegment;
  const filter = [args.campaign ? `campaign “${safe(args.campaign)}”` : 'campaigns', segment ? `for ${segment.key}` : ''].filter(Boolean).join(' ');
  if (all.length === 0) {
    return finish(fig, { filter, lines: ['This run proposed no campaigns, so there is nothing measured to report. Run it with personas and campaigns first.'] });
  }
  if (found.length === 0) {
    const names = all.slice(0, 8).map((c) => `• ${safe(c.goal ?? c.id)} (${safe(c.id)})`);
    return finish(fig, { filter, lines: [`No campaign of this run matches ${args.campaign ? `“${safe(args.campaign)}”` : 'that'}${segment ? ` in ${segmentLabel(segment)}` : ''}. Its campaigns are:`, ...names] });
  }
  const measuredOf = (c: QuestionCampaign) => (ctx.measurements ?? []).find((m) => m.campaignId === c.id);
  // Measured campaigns first, the most recent measurement first; at most three.
  const shown = [...found].sort((a, b) => (measuredOf(b)?.latest?.at ?? '').localeCompare(measuredOf(a)?.latest?.at ?? '')).slice(0, 3);
  const lines = shown.flatMap((c) => resultLines(fig, c, measuredOf(c)));
  const caveats = found.length > shown.length ? [`${found.length - shown.length} more campaign(s) match; name one more precisely.`] : [];
  if (shown.some((c) => measuredOf(c)?.latest)) caveats.push('Lift is mean sales per customer of the treatment over the holdout in the window, with a seeded bootstrap interval.');
  return finish(fig, { filter, lines, caveats, segments: [...new Set(shown.map((c) => c.segmentKey))] });
}
