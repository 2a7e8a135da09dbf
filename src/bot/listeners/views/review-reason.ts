/** The reason form for Reject / Request changes: the decision is made by the service with the submitter's signed id. */
import type { App } from '@slack/bolt';
import type { BotDeps } from '../../deps.js';
import { REASON_MODAL, type ReasonModalMeta } from '../../views/index.js';
import { decide } from '../../review-flow.js';
import { parseMeta, readValue, validReasonMeta } from './values.js';
import { publishHome } from '../events/app-home-opened.js';

export function registerReviewReasonSubmission(app: App, deps: BotDeps): void {
  app.view(REASON_MODAL, async ({ ack, body, view, client }) => {
    const reason = readValue(view.state?.values, 'reason');
    if (reason.length < 3) return void (await ack({ response_action: 'errors', errors: { reason: 'Give the requester a reason they can act on.' } }));
    const meta = parseMeta<ReasonModalMeta>(view.private_metadata, validReasonMeta);
    if (!meta) return void (await ack({ response_action: 'errors', errors: { reason: 'This form lost track of its campaign; close it and click the button again.' } }));
    await ack();
    const user = body.user.id;
    deps.track(
      (async () => {
        const outcome = await decide(deps, client, {
          user,
          campaignId: meta.campaignId,
          versionHash: meta.versionHash,
          verdict: meta.verdict,
          reason,
          origin: meta.origin,
          message: meta.reviewChannel && meta.reviewTs ? { channel: meta.reviewChannel, ts: meta.reviewTs } : undefined,
        });
        if (!outcome.ok) {
          const text = `Not recorded: ${outcome.message}`;
          if (meta.reviewChannel) await client.chat.postEphemeral({ channel: meta.reviewChannel, user, text });
          else await client.chat.postMessage({ channel: user, text });
        } else if (!meta.reviewChannel) await publishHome(deps, client, user);
      })().catch((error: unknown) => deps.log.error(`reason form of ${user} failed: ${error instanceof Error ? error.message : String(error)}`)),
    );
  });
}
