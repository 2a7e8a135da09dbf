/**
 * The run's proposed campaigns for a segment with their review state. A campaign's copy is shown
 * only once review allows sharing it (auto-approved or approved by the committee): flagged and
 * blocked campaigns are named, never quoted, so a question cannot leak what review holds back.
 */
import { Figures, safe } from '../format.js';
import { segmentLabel } from '../resolve.js';
import type { QuestionCampaign, QuestionContext, ToolOutput } from '../types.js';
import { finish, segmentOrMissing } from './common.js';

const SHAREABLE = new Set(['approved', 'auto_approved', 'shared']);

function stateLabel(c: QuestionCampaign): string {
  if (c.decision === 'block' || c.state === 'blocked') return 'blocked by review, never shared';
  if (c.state === 'rejected') return 'rejected by the committee';
  if (c.state === 'changes_requested') return 'changes requested by the committee';
  if (c.state === 'auto_approved') return 'passed review';
  if (c.state === 'approved' || c.state === 'shared') return 'approved by the committee';
  return 'awaiting committee approval';
}

export function campaigns(ctx: QuestionContext, args: { segment?: string }): ToolOutput {
  const fig = new Figures();
  const found = segmentOrMissing(ctx, args.segment, fig);
  if ('missing' in found) return found.missing;
  const s = found.segment;
  const narrated = ctx.narrative?.segments.find((n) => n.segmentKey === s.key);
  const reviewed = (ctx.campaigns ?? []).filter((c) => c.segmentKey === s.key);
  const caveats: string[] = [];
  let list: QuestionCampaign[] = reviewed.map((c) => {
    const proposal = narrated?.campaigns.find((p) => c.id === p.id || c.id.endsWith(`:${p.id}`));
    return { ...c, channel: c.channel ?? proposal?.channel, goal: c.goal ?? proposal?.goal };
  });
  if (list.length === 0 && narrated) {
    // Proposals without review states: nothing is quoted until review has seen them.
    list = narrated.campaigns.map((p) => ({ id: p.id, segmentKey: s.key, audience: p.audience, message: p.message, state: 'unreviewed', decision: 'review' as const, channel: p.channel, goal: p.goal }));
    caveats.push('No review states were passed with this run, so no campaign copy is quoted.');
  }
  if (list.length === 0) {
    const withheld = ctx.narrative?.withheld.find((w) => w.segmentKey === s.key);
    return finish(fig, {
      filter: `campaigns for ${s.key}`,
      lines: [withheld ? `${segmentLabel(s)} has no campaigns: ${safe(withheld.reason)}` : `There are no campaigns for ${segmentLabel(s)} in this run.`],
      segments: [s.key],
      caveats: ctx.narrative ? [] : ['This run was not narrated: run it with personas and campaigns to get proposals.'],
    });
  }
  const lines = [`*${fig.count(list.length)} campaign${list.length === 1 ? '' : 's'} for ${segmentLabel(s)}:*`];
  for (const c of list) {
    const head = `• ${safe(c.goal ?? c.id)}${c.channel ? ` (${safe(c.channel)})` : ''}: _${stateLabel(c)}_.`;
    const shareable = c.state !== 'unreviewed' && c.decision !== 'block' && SHAREABLE.has(c.state);
    lines.push(shareable ? `${head} Message: “${safe(c.message)}”` : head);
  }
  if (list.some((c) => c.state !== 'unreviewed' && !SHAREABLE.has(c.state))) caveats.push('Copy of campaigns that review has not cleared is not quoted here.');
  return finish(fig, {
    filter: `campaigns for ${s.key}`,
    lines,
    segments: [s.key],
    caveats,
    table: {
      columns: ['Campaign', 'Channel', 'Review'],
      align: ['left', 'left', 'left'],
      rows: list.map((c) => [safe(c.id), safe(c.channel ?? '—'), stateLabel(c)]),
    },
  });
}
