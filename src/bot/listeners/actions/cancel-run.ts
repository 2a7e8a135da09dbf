/** The Cancel button under a run's progress message. */
import type { App, BlockAction } from '@slack/bolt';
import type { BotDeps } from '../../deps.js';
import { CANCEL_RUN_ACTION } from '../../views/index.js';
import { tell, type ClickBody } from './tell.js';

export function registerCancelRun(app: App, deps: BotDeps): void {
  app.action<BlockAction>(CANCEL_RUN_ACTION, async ({ ack, body, action, client }) => {
    await ack();
    const b = body as unknown as ClickBody;
    const run = deps.services.runs.get((action as { value?: string }).value ?? '');
    if (!run) return tell(deps, client, b, 'That run has already finished.');
    if (!run.requesters.includes(body.user.id) && !(await deps.services.isCommitteeMember(body.user.id))) {
      return tell(deps, client, b, 'Only the people who asked for this run (or a committee member) can cancel it.');
    }
    if (!run.cancel(body.user.id)) await tell(deps, client, b, 'That run has already finished.');
  });
}
