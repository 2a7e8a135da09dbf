/** "Edit and re-review" on a campaign: opens the review form prefilled; the edit becomes the next version. */
import type { App, BlockAction } from '@slack/bolt';
import type { BotDeps } from '../../deps.js';
import { EDIT_CAMPAIGN_ACTION, reviewModal, showable } from '../../views/index.js';
import { toReviewItem } from '../../review-flow.js';
import { tell, type ClickBody } from './tell.js';
import { slackError } from '../../slack-io.js';

export function registerEditCampaign(app: App, deps: BotDeps): void {
  app.action<BlockAction>(EDIT_CAMPAIGN_ACTION, async ({ ack, body, action, client }) => {
    await ack();
    const b = body as unknown as ClickBody;
    const campaignId = (action as { value?: string }).value ?? '';
    let item;
    try {
      item = toReviewItem(await deps.services.approvals.get(campaignId));
    } catch {
      return tell(deps, client, b, 'I cannot find that campaign any more; nothing to edit.');
    }
    // A held-back text is shown only to its requester and the committee, never to whoever clicks.
    const user = body.user.id;
    if (!showable(item) && item.requestedBy !== user && !(await deps.services.isCommitteeMember(user))) {
      return tell(deps, client, b, 'This campaign is held back by the review; only its requester or a committee member can edit it.');
    }
    const channel = b.channel?.id ?? b.container?.channel_id ?? user;
    const threadTs = b.message?.thread_ts ?? b.message?.ts;
    try {
      await client.views.open({
        trigger_id: body.trigger_id,
        view: reviewModal({ channel, threadTs, campaignId }, { campaignId, channel: item.channel, audience: item.audience, message: item.message, offer: item.offer }),
      });
    } catch (error) {
      await tell(deps, client, b, `Slack refused to open the form (${slackError(error)}); click again.`);
    }
  });
}
