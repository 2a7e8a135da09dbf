/** The review form submitted: fields checked (errors shown in the form), then reviewed like the bot's own campaigns. */
import type { App } from '@slack/bolt';
import type { BotDeps } from '../../deps.js';
import { REVIEW_MODAL, type ReviewModalMeta } from '../../views/index.js';
import { submitDraft } from '../../review-flow.js';
import { CampaignForReview } from '../../../review/index.js';
import { parseMeta, readValue, readSelected, validReviewMeta } from './values.js';

export function registerReviewCampaignSubmission(app: App, deps: BotDeps): void {
  app.view(REVIEW_MODAL, async ({ ack, body, view, client }) => {
    const values = view.state?.values;
    const draft = { channel: readValue(values, 'channel'), audience: readValue(values, 'audience'), message: readValue(values, 'message'), offer: readValue(values, 'offer') };
    const errors: Record<string, string> = {};
    if (draft.channel.length < 2) errors.channel = 'Say where customers see it (email, SMS, push…).';
    if (draft.audience.length < 5) errors.audience = 'Describe who receives it, in words.';
    if (draft.message.length < 5) errors.message = 'Write the text the customers read.';
    if (draft.offer.length < 1) errors.offer = 'Say what they get, or "none".';
    if (Object.keys(errors).length > 0) return void (await ack({ response_action: 'errors', errors }));
    const meta = parseMeta<ReviewModalMeta>(view.private_metadata, validReviewMeta);
    await ack();
    const user = body.user.id;
    const origin = meta ? { channel: meta.channel, threadTs: meta.threadTs } : { channel: user };
    deps.track(
      (async () => {
        const segmentKey = readSelected(values, 'segment');
        let segmentSize: number | null = null;
        let persona: string | undefined;
        let campaignId: string | undefined;
        if (meta?.campaignId) {
          // An edit keeps what the original was about (its segment and persona); only the text is the user's.
          const previous = CampaignForReview.safeParse((await deps.services.approvals.get(meta.campaignId)).content);
          campaignId = meta.campaignId;
          segmentSize = previous.success ? (previous.data.segment_stats?.size ?? null) : null;
          persona = previous.success ? previous.data.persona : undefined;
        }
        if (segmentKey && meta?.runId) {
          const m = await deps.services.runs.manifest(meta.runId);
          const segment = m?.summary.segments.find((s) => s.key === segmentKey);
          if (segment) segmentSize = segment.size;
        }
        await submitDraft(deps, client, { user, draft: { ...draft, campaignId, segmentKey: segmentKey ?? undefined }, segmentSize, persona, origin });
      })().catch((error: unknown) => deps.log.error(`review form of ${user} failed: ${error instanceof Error ? error.message : String(error)}`)),
    );
  });
}
