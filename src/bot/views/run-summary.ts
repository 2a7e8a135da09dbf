/** A finished run in its thread: the summary (numbers as text and as a table), personas, campaigns. */
import type { ActionsBlock } from '@slack/types';
import type { CampaignSummary, RunManifest } from '../../runs/index.js';
import { button, context, divider, header, section, table, type Blocks } from './blocks.js';
import { count, money, share } from './format.js';
import { codeText, mrkdwnText } from '../text.js';
import { exportAudienceActions } from './review.js';

export const EDIT_CAMPAIGN_ACTION = 'campaign_edit';

export function summaryBlocks(m: RunManifest): Blocks {
  const s = m.summary;
  const real = s.segments.filter((x) => !x.isNoise);
  const top = [...real].sort((a, b) => (b.revenueShare ?? 0) - (a.revenueShare ?? 0))[0];
  const lines = [
    `*${count(s.customers)} customers* in ${real.length} segments${s.revenue !== null ? `, revenue ${money(s.revenue, s.currency && { code: s.currency.code, symbol: mrkdwnText(s.currency.symbol, 16) })}` : ''}.`,
    top && top.revenueShare !== null ? `The biggest earner is *${mrkdwnText(top.key)} ${mrkdwnText(top.name, 80)}*: ${share(top.share)} of customers, ${share(top.revenueShare)} of revenue.` : '',
    `*How the model was chosen:* ${s.model.forced ? 'fixed by the dataset settings' : `${count(s.model.candidates)} models compared`}; ${mrkdwnText(s.model.algorithm, 40)}, ${s.model.k} segments. ${mrkdwnText(s.model.reason, 900)}`,
  ].filter(Boolean);
  return [
    header(`Segments in ${m.label}`),
    section(lines.join('\n')),
    table(
      ['Segment', 'Name', 'Customers', 'Share', 'Revenue share'],
      s.segments.map((x) => [x.key, x.name, count(x.size), share(x.share), share(x.revenueShare)]),
      ['left', 'left', 'right', 'right', 'right'],
    ),
    context(`run \`${codeText(m.runId, 40)}\` · result ${mrkdwnText(s.contentHash.slice(0, 12), 12)} · the charts follow in this thread`),
  ];
}

export function personasBlocks(m: RunManifest): Blocks {
  const personas = m.summary.personas;
  if (personas.length === 0) return [section('No personas: every segment was too small to describe without singling people out.')];
  const blocks: Blocks = [header('Personas')];
  for (const p of personas) blocks.push(section(`*${mrkdwnText(p.segmentKey, 12)} · ${mrkdwnText(p.title, 80)}*\n${mrkdwnText(p.summary, 1200)}`));
  return blocks;
}

const STATE_TEXT: Record<string, string> = {
  auto_approved: 'review: ok (auto-approved)',
  approved: 'approved by the committee',
  shared: 'shared',
  flagged: 'waiting for the approval committee',
  rejected: 'rejected by the committee',
  changes_requested: 'changes requested by the committee',
};

/** True when the campaign's text may be shown in a channel: nothing flagged before a member approves it. */
export function showable(c: Pick<CampaignSummary, 'decision' | 'state'>): boolean {
  return c.decision !== 'block' && (c.state === 'auto_approved' || c.state === 'approved' || c.state === 'shared');
}

/** Before launch: the holdout and the lift the test can detect; a plain warning when it cannot show 15%. */
export function launchBlocks(c: Pick<CampaignSummary, 'launch'>): Blocks {
  if (!c.launch) return [];
  const text = mrkdwnText(c.launch.text, 1200);
  return [c.launch.warning ? section(`:warning: ${text}`) : context(`:bar_chart: ${text}`)];
}

export function campaignBlocks(c: CampaignSummary): Blocks {
  const codes = c.findings.map((f) => f.code).join(', ');
  const editable: ActionsBlock = { type: 'actions', elements: [button('Edit and re-review', EDIT_CAMPAIGN_ACTION, c.campaignId)] };
  if (c.decision === 'block') {
    return [section(`:no_entry: *${mrkdwnText(c.campaignId.split(':').pop() ?? '', 40)}* (${mrkdwnText(c.segmentKey, 12)}) was blocked by the review (${mrkdwnText(codes, 300)}); it cannot be shared as written, so its text is not shown.`), editable];
  }
  if (!showable(c)) {
    return [
      section(`:hourglass: *${mrkdwnText(c.campaignId.split(':').pop() ?? '', 40)}* (${mrkdwnText(c.segmentKey, 12)}): ${STATE_TEXT[c.state] ?? mrkdwnText(c.state)} (${mrkdwnText(codes, 300)}). Its text appears here once a committee member approves it.`),
      ...launchBlocks(c),
    ];
  }
  return [
    section(
      [
        `*${mrkdwnText(c.campaignId.split(':').pop() ?? '', 40)}* for ${mrkdwnText(c.segmentKey, 12)} · ${mrkdwnText(c.channel, 80)}`,
        `*Audience:* ${mrkdwnText(c.audience, 600)}`,
        `*Message:* “${mrkdwnText(c.message, 1000)}”`,
        `*Offer:* ${mrkdwnText(c.offer, 300)}`,
      ].join('\n'),
    ),
    context(`${STATE_TEXT[c.state] ?? mrkdwnText(c.state)} · version ${c.version} · ${mrkdwnText(c.versionHash.slice(0, 12), 12)}`),
    ...launchBlocks(c),
    { ...editable, elements: [...editable.elements, ...exportAudienceActions(c).elements] },
  ];
}

export function campaignsBlocks(m: RunManifest): Blocks {
  const list = m.summary.campaigns;
  if (list.length === 0) return [section('No campaigns were proposed for this run.')];
  const flagged = list.filter((c) => !showable(c)).length;
  const blocks: Blocks = [header('Campaigns'), context(`${list.length} proposed, ${list.length - flagged} cleared by the review${flagged ? `, ${flagged} held back (flagged or blocked)` : ''}`)];
  for (const c of list) blocks.push(...campaignBlocks(c), divider());
  return blocks;
}

export function failureBlocks(label: string, code: string, message: string): Blocks {
  return [section(`:x: *The analysis of ${mrkdwnText(label, 80)} failed* (${mrkdwnText(code, 40)}).\n${mrkdwnText(message, 2500)}`)];
}
