/** An answer to a question: the text, a table when the tool gave one, what it used, and feedback buttons. */
import type { ContextActionsBlock } from '@slack/types';
import { context, section, table, type Blocks } from './blocks.js';
import { codeText, mrkdwnText, truncate, visible } from '../text.js';

export const FEEDBACK_ACTION = 'answer_feedback';

export interface AnswerView {
  answerId: string;
  /** mrkdwn from the question tools: may hold *bold* and line breaks, but is still checked here. */
  text: string;
  table?: { columns: string[]; rows: string[][]; align?: ('left' | 'right' | 'center')[] };
  runId: string;
  dataset: string;
  tool: string;
  filter: string;
  caveats: string[];
  phrasedBy: 'tool' | 'llm';
}

/** Keeps the tools' formatting but never a link, a mention or a broadcast (`<` and `>` are escaped; `&` entities stay). */
export function safeMrkdwn(text: string, max = 2900): string {
  const out = visible(text).replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/@(channel|here|everyone)\b/gi, '@\u2060$1');
  return truncate(out, max);
}

export function answerBlocks(a: AnswerView): Blocks {
  const blocks: Blocks = [section(safeMrkdwn(a.text))];
  if (a.table && a.table.rows.length > 0) blocks.push(table(a.table.columns, a.table.rows, a.table.align));
  const used = `run \`${codeText(a.runId, 40)}\` of *${mrkdwnText(a.dataset, 40)}* · tool \`${codeText(a.tool, 40)}\`${a.filter ? ` · ${mrkdwnText(a.filter, 200)}` : ''}${a.phrasedBy === 'llm' ? ' · phrased by the LLM from the tool’s numbers' : ''}`;
  blocks.push(context(used));
  if (a.caveats.length) blocks.push(context(a.caveats.slice(0, 5).map((c) => `_${mrkdwnText(c, 300)}_`).join('\n')));
  const feedback: ContextActionsBlock = {
    type: 'context_actions',
    elements: [
      {
        type: 'feedback_buttons',
        action_id: FEEDBACK_ACTION,
        positive_button: { text: { type: 'plain_text', text: 'Helpful' }, value: `up:${a.answerId}` },
        negative_button: { text: { type: 'plain_text', text: 'Not helpful' }, value: `down:${a.answerId}` },
      },
    ],
  };
  blocks.push(feedback);
  return blocks;
}

export function noRunBlocks(dataset: string | null, command = '/segment'): Blocks {
  return [section(dataset ? `There is no finished run of *${mrkdwnText(dataset, 40)}* yet. Start one with \`${command} run ${codeText(dataset, 40)}\`.` : `There is no finished run yet. Start one with \`${command} run demo\`.`)];
}
