/**
 * Approve / Reject / Request changes on a flagged campaign. The clicker is the signed user of the
 * request; the version is the one on the button; membership and four-eyes are checked by the
 * approval service on the server for every click. Reject and Request changes ask for a reason first.
 */
import type { App, BlockAction } from '@slack/bolt';
import type { BotDeps } from '../../deps.js';
import { APPROVE_ACTION, REJECT_ACTION, REQUEST_CHANGES_ACTION, decodeReviewValue, reasonModal } from '../../views/index.js';
import { decide } from '../../review-flow.js';
import { clickedMessage, tell, type ClickBody } from './tell.js';
import { publishHome } from '../events/app-home-opened.js';
import { slackError } from '../../slack-io.js';

export function registerReviewDecisions(app: App, deps: BotDeps): void {
  app.action<BlockAction>(APPROVE_ACTION, async ({ ack, body, action, client }) => {
    await ack();
    const b = body as unknown as ClickBody;
    const value = decodeReviewValue((action as { value?: string }).value);
    if (!value) return tell(deps, client, b, 'That button carried no campaign I can read; nothing changed.');
    const outcome = await decide(deps, client, {
      user: body.user.id,
      campaignId: value.c,
      versionHash: value.h,
      verdict: 'approved',
      reason: null,
      origin: value.o ? { channel: value.o, threadTs: value.t } : undefined,
      message: clickedMessage(b),
    });
    if (!outcome.ok) return tell(deps, client, b, `Not approved: ${outcome.message}`);
    if (!clickedMessage(b)) await publishHome(deps, client, body.user.id);
  });

  for (const [actionId, verdict] of [[REJECT_ACTION, 'rejected'], [REQUEST_CHANGES_ACTION, 'changes_requested']] as const) {
    app.action<BlockAction>(actionId, async ({ ack, body, action, client }) => {
      await ack();
      const b = body as unknown as ClickBody;
      const value = decodeReviewValue((action as { value?: string }).value);
      if (!value) return tell(deps, client, b, 'That button carried no campaign I can read; nothing changed.');
      // Refused before the form opens, so a non-member does not write a reason for nothing; checked again on submit.
      if (!(await deps.services.isCommitteeMember(body.user.id))) {
        return tell(deps, client, b, `Only approval committee members can ${verdict === 'rejected' ? 'reject' : 'request changes to'} a campaign. Nothing changed.`);
      }
      const message = clickedMessage(b);
      try {
        await client.views.open({
          trigger_id: body.trigger_id,
          view: reasonModal({ verdict, campaignId: value.c, versionHash: value.h, reviewChannel: message?.channel, reviewTs: message?.ts, origin: value.o ? { channel: value.o, threadTs: value.t } : undefined }),
        });
      } catch (error) {
        await tell(deps, client, b, `Slack refused to open the form (${slackError(error)}); click again.`);
      }
    });
  }
}
