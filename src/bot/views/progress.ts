/** The one progress message of a run, updated as stages finish (never one message per stage). */
import type { ActionsBlock } from '@slack/types';
import { button, context, section, type Blocks } from './blocks.js';
import { codeText, mention, mrkdwnText } from '../text.js';

export const CANCEL_RUN_ACTION = 'run_cancel';

export interface ProgressState {
  runId: string;
  label: string;
  requesters: string[];
  state: 'queued' | 'running' | 'finished' | 'failed' | 'cancelled';
  position: number;
  done: { step: string; detail?: string }[];
  current: string | null;
  note?: string;
}

const ICON: Record<ProgressState['state'], string> = { queued: ':hourglass:', running: ':gear:', finished: ':white_check_mark:', failed: ':x:', cancelled: ':no_entry_sign:' };

export function progressText(p: ProgressState): string {
  const who = p.requesters.map(mention).join(', ');
  switch (p.state) {
    case 'queued':
      return `${ICON.queued} Analysis of *${mrkdwnText(p.label, 80)}* for ${who} is waiting: position ${p.position} in the queue.`;
    case 'running':
      return `${ICON.running} Analyzing *${mrkdwnText(p.label, 80)}* for ${who}${p.current ? `: ${mrkdwnText(p.current, 120)}…` : '…'}`;
    case 'finished':
      return `${ICON.finished} Analysis of *${mrkdwnText(p.label, 80)}* finished; results are in this thread.`;
    case 'failed':
      return `${ICON.failed} Analysis of *${mrkdwnText(p.label, 80)}* failed; the reason is in this thread.`;
    default:
      return `${ICON.cancelled} Analysis of *${mrkdwnText(p.label, 80)}* was cancelled${p.note ? ` ${mrkdwnText(p.note, 120)}` : ''}.`;
  }
}

export function progressBlocks(p: ProgressState): Blocks {
  const blocks: Blocks = [section(progressText(p))];
  const steps = p.done.slice(-6).map((s) => `✓ ${mrkdwnText(s.step, 80)}${s.detail ? ` (${mrkdwnText(s.detail, 80)})` : ''}`);
  if (p.done.length > 6) steps.unshift(`… ${p.done.length - 6} earlier steps`);
  if (steps.length) blocks.push(context(steps.join('\n')));
  blocks.push(context(`run \`${codeText(p.runId, 40)}\``));
  if (p.state === 'queued' || p.state === 'running') {
    const actions: ActionsBlock = { type: 'actions', elements: [button('Cancel run', CANCEL_RUN_ACTION, p.runId, 'danger')] };
    blocks.push(actions);
  }
  return blocks;
}
