/** Small Block Kit constructors shared by the views (pure, no Slack client). */
import type { Button, ContextBlock, HeaderBlock, KnownBlock, SectionBlock, TableBlock } from '@slack/types';
import { plainText, truncate } from '../text.js';

export type Blocks = KnownBlock[];

export const header = (text: string): HeaderBlock => ({ type: 'header', text: { type: 'plain_text', text: plainText(text, 150) } });

/** A section of mrkdwn that the caller has already escaped. */
export const section = (mrkdwn: string): SectionBlock => ({ type: 'section', text: { type: 'mrkdwn', text: truncate(mrkdwn, 3000) } });

export const context = (...mrkdwn: string[]): ContextBlock => ({ type: 'context', elements: mrkdwn.slice(0, 10).map((text) => ({ type: 'mrkdwn' as const, text: truncate(text, 3000) })) });

export const divider = (): KnownBlock => ({ type: 'divider' });

export function button(text: string, actionId: string, value: string, style?: 'primary' | 'danger'): Button {
  return { type: 'button', text: { type: 'plain_text', text: plainText(text, 75) }, action_id: actionId, value: value.slice(0, 2000), ...(style ? { style } : {}) };
}

/** A table block of plain cells; the first row is the header. At most 100 rows × 20 cells (Slack's limits). */
export function table(columns: string[], rows: string[][], align: ('left' | 'right' | 'center')[] = []): TableBlock {
  const cell = (text: string) => ({ type: 'raw_text' as const, text: plainText(text, 200) || ' ' });
  return {
    type: 'table',
    column_settings: columns.slice(0, 20).map((_, i) => ({ align: align[i] ?? 'left' })),
    rows: [columns, ...rows].slice(0, 100).map((r) => r.slice(0, 20).map(cell)),
  };
}
