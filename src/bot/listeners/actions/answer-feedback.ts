/** Feedback buttons under an answer: stored with the answer. */
import type { App, BlockAction } from '@slack/bolt';
import type { BotDeps } from '../../deps.js';
import { FEEDBACK_ACTION } from '../../views/index.js';
import { remember } from '../../state.js';
import { tell, type ClickBody } from './tell.js';

export function registerAnswerFeedback(app: App, deps: BotDeps): void {
  app.action<BlockAction>(FEEDBACK_ACTION, async ({ ack, body, action, client }) => {
    await ack();
    const match = /^(up|down):(a-[0-9a-f]{10})$/.exec((action as { value?: string }).value ?? '');
    if (!match) return;
    await remember(deps.log, 'feedback on an answer', deps.state.recordFeedback({ answerId: match[2] as string, user: body.user.id, feedback: match[1] as 'up' | 'down', at: new Date().toISOString() }));
    await tell(deps, client, body as unknown as ClickBody, match[1] === 'up' ? 'Thanks, noted.' : 'Thanks: noted, so that the answers can be improved.');
  });
}
