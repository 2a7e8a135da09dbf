/**
 * Follows a run in Slack: one progress message, updated as stages finish, then the results in its
 * thread (summary with a table, charts uploaded as files, personas, campaigns with their review
 * status), and flagged campaigns sent to the review channel. Errors arrive in the same thread.
 */
import type { Run, FinishedRun, RunEvent, RunManifest } from '../runs/index.js';
import type { BotDeps, WebClient } from './deps.js';
import { campaignsBlocks, failureBlocks, personasBlocks, progressBlocks, progressText, summaryBlocks, type ProgressState } from './views/index.js';
import { mrkdwnText } from './text.js';
import { post, postOrReport, slackError, update, uploadFiles } from './slack-io.js';
import { sendForReview } from './review-flow.js';
import { remember } from './state.js';

export interface RunTarget {
  channel: string;
  user: string;
  /** Post the progress message inside this thread (a mention or a DM thread) instead of as a new message. */
  threadTs?: string;
}

/** Runs whose flagged campaigns were already sent to the committee (a joined run is posted to several threads, reviewed once). */
const sentForReview = new WeakSet<object>();

/** Minimum time between two updates of the progress message (Slack allows about one update per second per message). */
const UPDATE_EVERY_MS = 1200;

export async function followRun(deps: BotDeps, client: WebClient, run: Run<FinishedRun>, target: RunTarget, label: string): Promise<void> {
  const state: ProgressState = { runId: run.id, label, requesters: [...run.requesters], state: run.state, position: run.position, done: [], current: null };
  let ts: string;
  try {
    ts = await post(client, { channel: target.channel, threadTs: target.threadTs }, progressText(state), progressBlocks(state));
  } catch (error) {
    deps.log.error(`could not post the progress message of run ${run.id} in ${target.channel}: ${slackError(error)}`);
    throw error;
  }
  const thread = { channel: target.channel, ts: target.threadTs ?? ts };
  await remember(deps.log, `which run the thread shows`, deps.state.linkThread(run.id, thread));

  let dirty = false;
  let last = 0;
  let flushing: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    timer = null;
    if (!dirty) return;
    dirty = false;
    last = Date.now();
    const snapshot: ProgressState = { ...state, requesters: [...run.requesters], done: [...state.done] };
    flushing = flushing.then(() => update(deps, client, target.channel, ts, progressText(snapshot), progressBlocks(snapshot)).then(() => undefined));
  };
  const schedule = (now: boolean) => {
    dirty = true;
    if (now) {
      if (timer) clearTimeout(timer);
      flush();
    } else if (!timer) {
      timer = setTimeout(flush, Math.max(0, UPDATE_EVERY_MS - (Date.now() - last)));
      timer.unref?.();
    }
  };
  const unsubscribe = run.subscribe((event: RunEvent<FinishedRun>) => {
    switch (event.type) {
      case 'queued':
        state.position = event.position;
        schedule(false);
        break;
      case 'started':
        state.state = 'running';
        schedule(true);
        break;
      case 'stage':
        if (event.phase === 'start') state.current = event.step;
        else {
          state.done.push({ step: event.step, detail: event.detail });
          state.current = null;
        }
        schedule(false);
        break;
      case 'joined':
        schedule(false);
        break;
      default:
        break;
    }
  });

  const outcome = await run.done;
  unsubscribe();
  if (timer) clearTimeout(timer);
  state.state = outcome.state;
  if (outcome.state === 'cancelled') state.note = `by <@${outcome.by}>`;
  dirty = true;
  flush();
  await flushing;

  const where = { channel: thread.channel, threadTs: thread.ts };
  const notify = { user: target.user, channel: target.channel };
  if (outcome.state === 'failed') {
    await postOrReport(deps, client, where, `The analysis of ${mrkdwnText(label, 80)} failed`, failureBlocks(label, outcome.error.code, outcome.error.message), notify);
    return;
  }
  if (outcome.state === 'cancelled') return;
  await postResults(deps, client, outcome.summary.manifest, where, notify);
  if (!sentForReview.has(run)) {
    sentForReview.add(run);
    await sendRunForReview(deps, client, outcome.summary.manifest, where);
  }
}

async function postResults(deps: BotDeps, client: WebClient, m: RunManifest, where: { channel: string; threadTs: string }, notify: { user: string; channel: string }): Promise<void> {
  await postOrReport(deps, client, where, `Segments in ${mrkdwnText(m.label, 80)}: ${m.summary.customers.toLocaleString('en-US')} customers`, summaryBlocks(m), notify);
  const charts = [];
  for (const c of m.summary.charts) {
    try {
      charts.push({ name: c.name.split('/').pop() as string, title: c.title, bytes: await deps.services.artifacts.read(m.runId, c.name) });
    } catch (error) {
      deps.log.warn(`chart ${c.name} of run ${m.runId} is missing: ${slackError(error)}`);
    }
  }
  try {
    await uploadFiles(client, where, charts, `${charts.length} charts for ${mrkdwnText(m.label, 80)} (the numbers are in the table above)`);
  } catch (error) {
    const code = slackError(error);
    deps.log.error(`chart upload for run ${m.runId} failed: ${code}`);
    await postOrReport(deps, client, where, 'charts failed', [{ type: 'section', text: { type: 'mrkdwn', text: `:warning: I could not upload the charts (${code}); the numbers above are complete. \`${deps.command} run\` again to retry.` } }], notify);
  }
  await postOrReport(deps, client, where, 'Personas', personasBlocks(m), notify);
  await postOrReport(deps, client, where, 'Campaigns', campaignsBlocks(m), notify);
}

async function sendRunForReview(deps: BotDeps, client: WebClient, m: RunManifest, origin: { channel: string; threadTs: string }): Promise<void> {
  for (const c of m.summary.campaigns) {
    await remember(deps.log, `where campaign ${c.campaignId} was asked for`, deps.state.setOrigin(c.campaignId, { channel: origin.channel, threadTs: origin.threadTs }));
    if (c.decision === 'review' && c.state === 'flagged') await sendForReview(deps, client, c.campaignId, origin);
  }
}
