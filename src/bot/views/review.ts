/** The committee's view of a flagged campaign, in the review channel and in App Home. */
import { createHash } from 'node:crypto';
import type { ActionsBlock } from '@slack/types';
import type { Finding } from '../../review/index.js';
import { button, context, header, section, type Blocks } from './blocks.js';
import { mention, mrkdwnText } from '../text.js';

export const APPROVE_ACTION = 'review_approve';
export const REJECT_ACTION = 'review_reject';
export const REQUEST_CHANGES_ACTION = 'review_request_changes';
export const EXPORT_AUDIENCE_ACTION = 'audience_export';

export interface ReviewItem {
  campaignId: string;
  version: number;
  versionHash: string;
  requestedBy: string;
  segmentSize: number | null;
  channel: string;
  audience: string;
  message: string;
  offer: string;
  persona?: string;
  decision: 'block' | 'review' | 'ok';
  state: string;
  findings: Finding[];
}

/** Where the request came from: the requester is told there, and an approved campaign is posted there. */
export interface Origin {
  channel: string;
  threadTs?: string;
}

/** What a button carries: the exact version the member saw, and where to answer. Kept short (Slack allows 2000 characters). */
export interface ReviewButtonValue {
  c: string;
  h: string;
  o?: string;
  t?: string;
}

export function encodeReviewValue(item: Pick<ReviewItem, 'campaignId' | 'versionHash'>, origin?: Origin): string {
  const value: ReviewButtonValue = { c: item.campaignId, h: item.versionHash, ...(origin ? { o: origin.channel, ...(origin.threadTs ? { t: origin.threadTs } : {}) } : {}) };
  return JSON.stringify(value);
}

export function decodeReviewValue(raw: unknown): ReviewButtonValue | null {
  if (typeof raw !== 'string' || raw.length > 2000) return null;
  try {
    const v = JSON.parse(raw) as Partial<ReviewButtonValue>;
    if (typeof v.c !== 'string' || typeof v.h !== 'string' || !/^[0-9a-f]{8,64}$/.test(v.h)) return null;
    if (v.o !== undefined && (typeof v.o !== 'string' || !/^[CGD][A-Z0-9]{2,}$/.test(v.o))) return null;
    if (v.t !== undefined && (typeof v.t !== 'string' || !/^\d+\.\d+$/.test(v.t))) return null;
    return { c: v.c, h: v.h, o: v.o, t: v.t };
  } catch {
    return null;
  }
}

function findingLines(findings: Finding[]): string {
  if (findings.length === 0) return '_no findings_';
  return findings.map((f) => `• *${mrkdwnText(f.code, 60)}* (${f.severity}, ${mrkdwnText(f.category, 40)}): ${mrkdwnText(f.evidence, 300)}`).join('\n');
}

function campaignText(item: ReviewItem): string {
  return [
    `*Channel:* ${mrkdwnText(item.channel, 80)}`,
    `*Audience:* ${mrkdwnText(item.audience, 600)}`,
    `*Message:* “${mrkdwnText(item.message, 1000)}”`,
    `*Offer:* ${mrkdwnText(item.offer, 300)}`,
  ].join('\n');
}

export function reviewRequestBlocks(item: ReviewItem, origin?: Origin): Blocks {
  const value = encodeReviewValue(item, origin);
  const actions: ActionsBlock = {
    type: 'actions',
    // The version hash covers the text, not the campaign: two campaigns with the same text share it, and
    // App Home shows both, so the id names the campaign too (Slack refuses a view with a duplicate block_id).
    block_id: `review:${createHash('sha256').update(item.campaignId).digest('hex').slice(0, 12)}:${item.versionHash.slice(0, 16)}`,
    elements: [button('Approve', APPROVE_ACTION, value, 'primary'), button('Reject', REJECT_ACTION, value, 'danger'), button('Request changes', REQUEST_CHANGES_ACTION, value)],
  };
  return [
    header('Campaign waiting for approval'),
    section(`*${mrkdwnText(item.campaignId, 80)}* · version ${item.version} · asked by ${mention(item.requestedBy)}${item.segmentSize !== null ? ` · segment of ${item.segmentSize} customers` : ''}`),
    section(campaignText(item)),
    section(`*Why the reviewer flagged it*\n${findingLines(item.findings)}`),
    actions,
    context(`version ${mrkdwnText(item.versionHash.slice(0, 12), 12)} · only committee members can decide; the requester cannot approve their own campaign`),
  ];
}

export type Verdict = 'approved' | 'rejected' | 'changes_requested';
const VERDICT_TEXT: Record<Verdict, string> = { approved: ':white_check_mark: Approved', rejected: ':x: Rejected', changes_requested: ':pencil2: Changes requested' };

export function reviewDecidedBlocks(item: ReviewItem, verdict: Verdict, actor: string, reason: string | null): Blocks {
  return [
    header('Campaign reviewed'),
    section(`*${mrkdwnText(item.campaignId, 80)}* · version ${item.version} · asked by ${mention(item.requestedBy)}`),
    section(campaignText(item)),
    section(`*Findings*\n${findingLines(item.findings)}`),
    section(`${VERDICT_TEXT[verdict]} by ${mention(actor)}${reason ? `: ${mrkdwnText(reason, 1000)}` : ''}`),
    ...(verdict === 'approved' ? [exportAudienceActions(item)] : []),
    context(`version ${mrkdwnText(item.versionHash.slice(0, 12), 12)}`),
  ];
}

/**
 * The approved version's audience as a file (customer_id,treatment|holdout), sent privately to the
 * clicker; the server checks the state and that they are on the committee or the requester.
 */
export function exportAudienceActions(item: Pick<ReviewItem, 'campaignId' | 'versionHash'>): ActionsBlock {
  return { type: 'actions', block_id: `export:${item.versionHash.slice(0, 16)}`, elements: [button('Export audience', EXPORT_AUDIENCE_ACTION, encodeReviewValue(item))] };
}

/** Told in the requester's thread after a decision. */
export function decisionNoticeBlocks(item: ReviewItem, verdict: Verdict, actor: string, reason: string | null): Blocks {
  const id = mrkdwnText(item.campaignId, 80);
  if (verdict === 'approved') return [section(`${VERDICT_TEXT.approved} by ${mention(actor)}: *${id}* (version ${item.version}) may now be used.`), section(campaignText(item)), exportAudienceActions(item)];
  return [section(`${VERDICT_TEXT[verdict]} by ${mention(actor)} for *${id}* (version ${item.version}): ${mrkdwnText(reason ?? '', 1000)}\nAn edit is a new version and is reviewed again.`), editActions(item.campaignId)];
}

/** The reviewer's answer to a campaign submitted with /segment review. */
export function reviewResultBlocks(item: ReviewItem, reviewChannel: string | undefined): Blocks {
  const codes = findingLines(item.findings);
  if (item.decision === 'ok') return [section(`:white_check_mark: *${mrkdwnText(item.campaignId, 80)}* (version ${item.version}) passed the review: nothing creepy found, so it is auto-approved.`), section(campaignText(item))];
  if (item.decision === 'block') return [section(`:no_entry: *${mrkdwnText(item.campaignId, 80)}* (version ${item.version}) is blocked: it cannot be shared as written.\n${codes}`), editActions(item.campaignId)];
  return [section(`:hourglass: *${mrkdwnText(item.campaignId, 80)}* (version ${item.version}) was flagged and waits for the approval committee${reviewChannel ? ` in <#${reviewChannel}>` : ''}.\n${codes}`), editActions(item.campaignId)];
}

/** The requester's way to fix a held-back campaign: the form opens only for them or a committee member. */
function editActions(campaignId: string): ActionsBlock {
  return { type: 'actions', elements: [button('Edit and re-review', 'campaign_edit', campaignId)] };
}
