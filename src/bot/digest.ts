/**
 * The digest in Slack: a run of the dataset followed in its own thread (the full run), then the
 * digest posted in the channel with a link to that thread and the migration chart in the digest's
 * thread. The scheduled post goes through the DigestScheduler (one per period, leased in the store);
 * `/segment digest now` posts at once, `/segment digest preview` shows it only to the asker.
 */
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import type { KnownBlock } from '@slack/types';
import { webApi } from '@slack/bolt';
import type { Config } from '../config.js';
import { ConfigError } from '../errors.js';
import { DigestScheduler, MIGRATION_CHART_FILE, digestTitle, produceDigest, shareableCampaigns, type Digest, type DigestPoster } from '../digest/index.js';
import type { CampaignVersion } from '../review/index.js';
import type { BotDeps, WebClient } from './deps.js';
import { toReviewItem } from './review-flow.js';
import { mrkdwnText } from './text.js';
import { reviewRequestBlocks } from './views/index.js';
import { post, slackError, uploadFiles } from './slack-io.js';
import { startRun } from './start-run.js';
import { jobForDataset } from '../runs/index.js';
import { measurementDigestSection } from '../runs/index.js';
import { recall } from './state.js';

export const DIGEST_REQUESTER = 'segbot-digest';

export function slackDigestPoster(client: WebClient, opts: { reviewChannel?: string; log: BotDeps['log'] }): DigestPoster {
  return {
    async post(digest, channel) {
      const ts = await post(client, { channel }, digestTitle(digest.data), digest.blocks as unknown as KnownBlock[]);
      if (digest.chart) {
        await uploadFiles(client, { channel, threadTs: ts }, [{ name: MIGRATION_CHART_FILE, title: 'Segment migration', bytes: digest.chart }], 'Where customers moved since the previous snapshot').catch((e: unknown) =>
          opts.log.warn(`digest chart upload failed: ${slackError(e)}`),
        );
      }
      return ts;
    },
    async report(message) {
      opts.log.error(message);
      if (opts.reviewChannel) await post(client, { channel: opts.reviewChannel }, message, [{ type: 'section', text: { type: 'mrkdwn', text: `:warning: ${message.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c] as string).replace(/&lt;#([CG][A-Z0-9]+)&gt;/g, '<#$1>')}` } }]);
    },
  };
}

/** Runs the dataset (its progress and results in a thread of `channel`), then builds the digest from the run's snapshot. */
export async function digestFromNewRun(deps: BotDeps, client: WebClient, datasetName: string, channel: string, user: string, late: { scheduledFor: string } | null): Promise<Digest> {
  const dataset = deps.services.datasets.get(datasetName);
  if (!dataset) throw new Error(`there is no dataset called "${datasetName}" (SEGBOT_DIGEST_DATASET or the command's argument)`);
  const { runId } = startRun(deps, client, { job: jobForDataset(dataset), user, channel });
  const run = deps.services.runs.get(runId);
  const outcome = await run?.done;
  if (!outcome || outcome.state !== 'finished') throw new Error(`the run of ${dataset.name} did not finish (${outcome?.state ?? 'unknown'})`);
  const snapshot = (await deps.services.snapshots.list(dataset.name, 50)).find((s) => s.runId === runId);
  if (!snapshot) throw new Error(`the run ${runId} of ${dataset.name} left no snapshot (see the log)`);
  const manifest = await deps.services.runs.manifest(runId);
  const campaigns = await shareableCampaigns(manifest?.summary.campaigns ?? [], (id, hash) => deps.services.approvals.canShare(id, hash));
  const thread = (await recall(deps.log, `the threads of run ${runId}`, deps.state.threadsOf(runId), []))[0];
  const runLink = thread ? await client.chat.getPermalink({ channel: thread.channel, message_ts: thread.ts }).then((r) => (r.permalink as string | undefined) ?? null, () => null) : null;
  const measured = await measurementDigestSection(deps.services.store, snapshot.asOf);
  return produceDigest(deps.services.snapshots, snapshot.id, { campaigns, late, runLink, sections: measured ? [measured] : [], narrator: deps.services.digestNarrator });
}

/** The latest stored snapshot's digest, without a new run (preview). */
export async function digestFromLatest(deps: BotDeps, datasetName: string): Promise<Digest | null> {
  const latest = (await deps.services.snapshots.list(datasetName, 1))[0];
  if (!latest) return null;
  const measured = await measurementDigestSection(deps.services.store, latest.asOf);
  return produceDigest(deps.services.snapshots, latest.id, { charts: false, sections: measured ? [measured] : [], narrator: deps.services.digestNarrator });
}

/** The scheduled digest, when SEGBOT_DIGEST_CRON is set: started with the app, stopped with it. */
export function digestScheduler(deps: BotDeps, client: WebClient, options: { now?: () => Date; retryDelayMs?: number } = {}): DigestScheduler | null {
  const d = deps.services.config.digest;
  if (!d.cron || !d.channel) return null;
  const channel = d.channel;
  return new DigestScheduler({
    store: deps.services.store,
    cron: d.cron,
    timezone: d.timezone,
    channel,
    dataset: d.dataset,
    owner: `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`,
    make: (late) => digestFromNewRun(deps, client, d.dataset, channel, DIGEST_REQUESTER, late),
    poster: slackDigestPoster(client, { reviewChannel: deps.slack.reviewChannel, log: deps.log }),
    log: (line) => deps.log.info(line),
    ...options,
  });
}

function tokenClient(config: Config): WebClient {
  if (!config.slack) throw new ConfigError('BAD_ENV', '--post needs SLACK_BOT_TOKEN (and SLACK_SIGNING_SECRET or SLACK_APP_TOKEN). Set them, or leave out --post.');
  return new webApi.WebClient(config.slack.botToken, config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {});
}

const stderrLog = { info: () => undefined, warn: (m: string) => process.stderr.write(`segbot: warning: ${m}\n`), error: (m: string) => process.stderr.write(`segbot: ${m}\n`) };

/** `segbot digest --post`: one post with the bot token, no Bolt app. */
export async function postDigestWithToken(config: Config, digest: Digest): Promise<string> {
  if (!config.slack || !config.digest.channel) throw new ConfigError('BAD_ENV', '--post needs SLACK_BOT_TOKEN (and SLACK_SIGNING_SECRET or SLACK_APP_TOKEN) and SEGBOT_DIGEST_CHANNEL. Set them, or leave out --post.');
  return slackDigestPoster(tokenClient(config), { reviewChannel: config.slack.reviewChannel, log: stderrLog }).post(digest, config.digest.channel);
}

export interface ReviewPosting {
  /** The review channel, or null when SEGBOT_REVIEW_CHANNEL is not set (they then wait in `segbot approvals list` and App Home). */
  channel: string | null;
  posted: string[];
  failed: { campaignId: string; error: string }[];
}

/**
 * `segbot digest --post`: the flagged campaigns kept out of the digest go to the review channel with
 * the same Approve / Reject / Request changes message the bot posts after a run (the buttons are
 * handled by the running bot, decided by the approval service).
 */
export async function postForReviewWithToken(config: Config, flagged: readonly CampaignVersion[], record?: (post: { campaignId: string; versionHash: string; channel: string; ts: string }) => Promise<void>): Promise<ReviewPosting> {
  const channel = config.slack?.reviewChannel ?? null;
  const outcome: ReviewPosting = { channel, posted: [], failed: [] };
  if (!channel || flagged.length === 0) return outcome;
  const client = tokenClient(config);
  for (const v of flagged) {
    try {
      const ts = await post(client, { channel }, `Campaign ${mrkdwnText(v.campaignId, 80)} waits for approval`, reviewRequestBlocks(toReviewItem(v)));
      outcome.posted.push(v.campaignId);
      // So that the bot, deciding on it later, updates this message (its buttons go, the verdict shows).
      await record?.({ campaignId: v.campaignId, versionHash: v.hash, channel, ts }).catch(() => undefined); // without it, a click on the message still updates it
    } catch (e) {
      outcome.failed.push({ campaignId: v.campaignId, error: slackError(e) });
    }
  }
  return outcome;
}
