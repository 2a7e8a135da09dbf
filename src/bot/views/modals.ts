/** Modals: write or edit a campaign for review, and the reason for a rejection or a change request. */
import type { ModalView, InputBlock, PlainTextOption } from '@slack/types';
import { plainText } from '../text.js';
import { section } from './blocks.js';
import { mrkdwnText } from '../text.js';

export const REVIEW_MODAL = 'review_campaign';
export const REASON_MODAL = 'review_reason';

export interface CampaignDraft {
  campaignId?: string;
  segmentKey?: string;
  channel?: string;
  audience?: string;
  message?: string;
  offer?: string;
}

export interface ReviewModalMeta {
  /** Where the answer goes. */
  channel: string;
  threadTs?: string;
  /** Set when editing an existing campaign: the edit becomes its next version. */
  campaignId?: string;
  runId?: string;
}

/** At most `max` UTF-16 units, never ending in half an emoji (Slack refuses a lone surrogate). */
const clip = (text: string, max: number) => (text.length <= max ? text : text.slice(0, /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max));

function textInput(blockId: string, label: string, hint: string, initial: string | undefined, multiline: boolean, max: number, optional = false): InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    optional,
    label: { type: 'plain_text', text: label },
    hint: { type: 'plain_text', text: hint },
    element: { type: 'plain_text_input', action_id: 'value', multiline, max_length: max, ...(initial ? { initial_value: clip(initial, max) } : {}) },
  };
}

export function reviewModal(meta: ReviewModalMeta, draft: CampaignDraft = {}, segments: { key: string; name: string; size: number }[] = []): ModalView {
  const options: PlainTextOption[] = segments.slice(0, 100).map((s) => ({ text: { type: 'plain_text', text: plainText(`${s.key} · ${s.name} (${s.size})`, 75) }, value: s.key }));
  const initial = options.find((o) => o.value === draft.segmentKey);
  const blocks: ModalView['blocks'] = [
    section(draft.campaignId ? `Editing *${mrkdwnText(draft.campaignId, 80)}*: your edit is a new version and is reviewed again.` : 'Write a campaign; the reviewer checks it for anything creepy, and flagged text goes to the approval committee.'),
  ];
  if (options.length > 0) {
    blocks.push({
      type: 'input',
      block_id: 'segment',
      optional: true,
      label: { type: 'plain_text', text: 'Segment (its size is checked)' },
      element: { type: 'static_select', action_id: 'value', options, ...(initial ? { initial_option: initial } : {}) },
    });
  }
  blocks.push(
    textInput('channel', 'Channel', 'Where customers see it: email, SMS, push, direct mail…', draft.channel, false, 80),
    textInput('audience', 'Audience', 'Who receives it, in words (e.g. customers who bought twice in the last 90 days)', draft.audience, true, 600),
    textInput('message', 'Message', 'The text the customers read', draft.message, true, 1000),
    textInput('offer', 'Offer', 'What they get (e.g. 10% off the next order); "none" if nothing', draft.offer, false, 300),
  );
  return {
    type: 'modal',
    callback_id: REVIEW_MODAL,
    private_metadata: JSON.stringify(meta),
    title: { type: 'plain_text', text: draft.campaignId ? 'Edit campaign' : 'Review a campaign' },
    submit: { type: 'plain_text', text: 'Review it' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks,
  };
}

export interface ReasonModalMeta {
  verdict: 'rejected' | 'changes_requested';
  campaignId: string;
  versionHash: string;
  /** The review message to update afterwards. */
  reviewChannel?: string;
  reviewTs?: string;
  origin?: { channel: string; threadTs?: string };
}

export function reasonModal(meta: ReasonModalMeta): ModalView {
  const rejecting = meta.verdict === 'rejected';
  return {
    type: 'modal',
    callback_id: REASON_MODAL,
    private_metadata: JSON.stringify(meta),
    title: { type: 'plain_text', text: rejecting ? 'Reject campaign' : 'Request changes' },
    submit: { type: 'plain_text', text: rejecting ? 'Reject' : 'Send' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      section(`${rejecting ? 'Rejecting' : 'Requesting changes to'} *${mrkdwnText(meta.campaignId, 80)}* (version ${mrkdwnText(meta.versionHash.slice(0, 12), 12)}). The requester reads your reason.`),
      textInput('reason', 'Reason', rejecting ? 'Why it cannot be sent' : 'What to change', undefined, true, 1000),
    ],
  };
}
