/**
 * The committee in Slack: flagged campaigns go to the review channel with Approve / Reject /
 * Request changes; every click is decided by the approval service on the server with the signed
 * user id of the click and the version hash the member saw; the requester is told in the original
 * thread, and an approved campaign is posted there only after the service says it may be shared.
 */
import { randomBytes } from 'node:crypto';
import { isSegbotError } from '../errors.js';
import { CampaignForReview } from '../review/index.js';
import type { CampaignVersion } from '../review/index.js';
import type { BotDeps, WebClient } from './deps.js';
import { recall, remember } from './state.js';
import { decisionNoticeBlocks, reviewDecidedBlocks, reviewRequestBlocks, reviewResultBlocks, type Origin, type ReviewItem, type Verdict, type CampaignDraft } from './views/index.js';
import { mrkdwnText } from './text.js';
import { post, postOrReport, slackError, update } from './slack-io.js';

export function toReviewItem(v: CampaignVersion): ReviewItem {
  const parsed = CampaignForReview.safeParse(v.content);
  const c = parsed.success ? parsed.data : null;
  return {
    campaignId: v.campaignId,
    version: v.version,
    versionHash: v.hash,
    requestedBy: v.requestedBy,
    segmentSize: c?.segment_stats?.size ?? null,
    channel: c?.campaign.channel ?? '',
    audience: c?.campaign.audience ?? '',
    message: c?.campaign.message ?? '',
    offer: c?.campaign.offer ?? '',
    persona: c?.persona,
    decision: v.decision,
    state: v.state,
    findings: v.findings,
  };
}

/** Posts a flagged campaign's current version to the review channel (or, without one, tells the origin where it waits). */
export async function sendForReview(deps: BotDeps, client: WebClient, campaignId: string, origin?: Origin): Promise<void> {
  const v = await deps.services.approvals.get(campaignId);
  if (v.state !== 'flagged') return;
  const channel = deps.slack.reviewChannel;
  if (!channel) {
    deps.log.warn(`campaign ${campaignId} is flagged but SEGBOT_REVIEW_CHANNEL is not set: it waits in App Home and /segment approvals`);
    return;
  }
  try {
    const ts = await post(client, { channel }, `Campaign ${mrkdwnText(campaignId, 80)} waits for approval`, reviewRequestBlocks(toReviewItem(v), origin));
    // In the store, not only in this process's memory: a decision taken in another bot process, or on a message `segbot digest --post` sent, still updates it.
    await deps.services.store.saveReviewPost({ campaignId, versionHash: v.hash, channel, ts }).catch((e: unknown) => deps.log.warn(`could not record where campaign ${campaignId} was posted for review: ${e instanceof Error ? e.message : String(e)}`));
  } catch (error) {
    deps.log.error(`could not post campaign ${campaignId} to the review channel ${channel}: ${slackError(error)}`);
    if (origin) await postOrReport(deps, client, origin, 'review channel unreachable', [{ type: 'section', text: { type: 'mrkdwn', text: `:warning: Campaign *${mrkdwnText(campaignId, 80)}* is flagged, but I could not post it to the review channel (${slackError(error)}). It waits in \`${deps.command} approvals\`; ask an admin to invite me to <#${channel}>.` } }]);
  }
}

export type DecisionOutcome = { ok: true; version: CampaignVersion } | { ok: false; message: string };

export interface DecisionRequest {
  /** The signed user id of the request: never a parameter. */
  user: string;
  campaignId: string;
  versionHash: string;
  verdict: Verdict;
  reason: string | null;
  origin?: Origin;
  /** The message the click came from (review channel or App Home); updated after the decision. */
  message?: { channel: string; ts: string };
}

export async function decide(deps: BotDeps, client: WebClient, req: DecisionRequest): Promise<DecisionOutcome> {
  const approvals = deps.services.approvals;
  let version: CampaignVersion;
  try {
    const request = { campaignId: req.campaignId, versionHash: req.versionHash, actor: req.user, reason: req.reason ?? undefined };
    version =
      req.verdict === 'approved' ? await approvals.approve(request) : req.verdict === 'rejected' ? await approvals.reject(request) : await approvals.requestChanges(request);
  } catch (error) {
    if (isSegbotError(error)) return { ok: false, message: error.message };
    deps.log.error(`decision on ${req.campaignId} failed: ${error instanceof Error ? error.message : String(error)}`);
    return { ok: false, message: 'The decision could not be recorded because of an internal error; nothing changed. Try again.' };
  }
  const item = toReviewItem(version);
  // The review message shows the decision and loses its buttons.
  const posted = await deps.services.store.reviewPost(req.campaignId, version.hash).catch(() => null);
  const reviewMessage = posted ?? (req.message && !req.message.channel.startsWith('D') ? req.message : undefined);
  if (reviewMessage) await update(deps, client, reviewMessage.channel, reviewMessage.ts, `Campaign ${mrkdwnText(req.campaignId, 80)}: ${req.verdict}`, reviewDecidedBlocks(item, req.verdict, req.user, req.reason));
  // The requester is told where they asked; the approved text is posted there only if the service says it may be shared.
  const origin = (await recall(deps.log, `where campaign ${req.campaignId} was asked for`, deps.state.originOf(req.campaignId), null)) ?? req.origin;
  if (origin) {
    if (req.verdict === 'approved' && !(await approvals.canShare(req.campaignId, version.hash))) {
      deps.log.warn(`campaign ${req.campaignId} was approved but canShare refused it; not posting its text`);
    } else {
      await postOrReport(deps, client, { channel: origin.channel, threadTs: origin.threadTs }, `Campaign ${mrkdwnText(req.campaignId, 80)}: ${req.verdict}`, decisionNoticeBlocks(item, req.verdict, req.user, req.reason));
    }
  }
  return { ok: true, version };
}

export interface SubmittedDraft {
  user: string;
  draft: Required<Pick<CampaignDraft, 'channel' | 'audience' | 'message' | 'offer'>> & { campaignId?: string; segmentKey?: string };
  segmentSize: number | null;
  persona?: string;
  origin: Origin;
}

/** A campaign written or edited in the review modal: reviewed like the bot's own; flagged ones go to the committee. */
export async function submitDraft(deps: BotDeps, client: WebClient, s: SubmittedDraft): Promise<CampaignVersion> {
  const campaignId = s.draft.campaignId ?? `byo-${randomBytes(4).toString('hex')}`;
  const campaign: CampaignForReview = {
    id: campaignId,
    ...(s.persona ? { persona: s.persona } : {}),
    ...(s.segmentSize !== null ? { segment_stats: { size: s.segmentSize, ...(s.draft.segmentKey ? { segment: s.draft.segmentKey } : {}) } } : {}),
    campaign: { channel: s.draft.channel, audience: s.draft.audience, message: s.draft.message, offer: s.draft.offer },
  };
  const { version } = await deps.services.approvals.submit(campaign, s.user);
  await remember(deps.log, `where campaign ${campaignId} was asked for`, deps.state.setOrigin(campaignId, s.origin, { onlyIfNew: true }));
  await postOrReport(deps, client, s.origin, `Review of ${mrkdwnText(campaignId, 80)}: ${version.decision}`, reviewResultBlocks(toReviewItem(version), deps.slack.reviewChannel), { user: s.user, channel: s.origin.channel });
  if (version.state === 'flagged') await sendForReview(deps, client, campaignId, s.origin);
  return version;
}
