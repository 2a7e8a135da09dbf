/**
 * A message to the bot (a mention, a DM, the assistant surface): a shared file is analyzed; text is
 * a question answered from the run the thread shows, the dataset it names, or the latest run.
 */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { BotDeps, WebClient } from './deps.js';
import { answerBlocks, errorBlocks, helpBlocks, noRunBlocks, safeMrkdwn } from './views/index.js';
import { mayPostIn, notAllowedText, ephemeral, postOrReport } from './slack-io.js';
import { downloadSharedFile, isSharedFile, UploadError, type SharedFile } from './uploads.js';
import { startRun } from './start-run.js';
import { jobForDataset } from '../runs/index.js';
import { recall, remember } from './state.js';

export interface UserMessage {
  user: string;
  channel: string;
  ts: string;
  threadTs?: string;
  text: string;
  files?: SharedFile[];
}

/** Longest question taken; a longer message gets a short explanation, not a truncated answer. */
export const MAX_QUESTION = 1000;

/** The last answer per thread, for follow-ups ("and S3?"). In memory: a restart forgets follow-ups, not answers. */
const memos = new Map<string, unknown>();

export async function handleUserMessage(deps: BotDeps, client: WebClient, msg: UserMessage, status?: (text: string) => Promise<void>): Promise<void> {
  const threadTs = msg.threadTs ?? msg.ts;
  const where = { channel: msg.channel, threadTs };
  const notify = { user: msg.user, channel: msg.channel };
  if (!mayPostIn(deps, msg.channel)) {
    await ephemeral(deps, client, msg.channel, msg.user, notAllowedText(deps));
    return;
  }
  if (Array.isArray(msg.files) && msg.files.length > 0) {
    const file = msg.files.find(isSharedFile);
    if (file) await analyzeUpload(deps, client, msg, file, threadTs);
    else await postOrReport(deps, client, where, 'Cannot read that file', errorBlocks('Cannot read that file', 'Slack sent me a file I cannot read (no id or download link). Share it again as a file, not a link.'), notify);
    return;
  }
  const text = (typeof msg.text === 'string' ? msg.text : '').replace(/<@[UW][A-Z0-9]+(\|[^>]*)?>/g, ' ').replace(/\s+/g, ' ').trim();
  if (text === '' || /^(help|\?)$/i.test(text)) {
    await postOrReport(deps, client, where, 'What Segbot can do', helpBlocks(deps.services.datasets.list().map((d) => d.name), deps.command), notify);
    return;
  }
  if (text.length > MAX_QUESTION) {
    await postOrReport(deps, client, where, 'Question too long', errorBlocks('That message is too long for me', `It has ${text.length} characters; I answer questions of up to ${MAX_QUESTION}. Ask one thing at a time, e.g. "which segment brings the most revenue?"`), notify);
    return;
  }
  const runCommand = /^(?:run|analy[sz]e)\s+([a-z0-9_-]+)$/i.exec(text);
  if (runCommand) {
    const dataset = deps.services.datasets.get(runCommand[1] as string);
    if (dataset) {
      startRun(deps, client, { job: jobForDataset(dataset), user: msg.user, channel: msg.channel, threadTs });
      return;
    }
  }
  await status?.('is looking at the numbers…');
  const runId = await runFor(deps, msg.channel, threadTs, text);
  if (!runId) {
    await postOrReport(deps, client, where, 'No run yet', noRunBlocks(null, deps.command), notify);
    return;
  }
  const manifest = await deps.services.runs.manifest(runId);
  const dataset = manifest?.label ?? 'unknown';
  const key = `${msg.channel}:${threadTs}`;
  const given = await deps.questions.answer({ text, runId, dataset, previous: memos.get(key) });
  memos.set(key, given.memo);
  if (memos.size > 5000) memos.delete(memos.keys().next().value as string);
  const answerId = `a-${randomBytes(5).toString('hex')}`;
  await remember(deps.log, `answer ${answerId}`, deps.state.recordAnswer({ answerId, at: new Date().toISOString(), user: msg.user, channel: msg.channel, threadTs, question: text, runId, tool: given.tool, args: given.args, text: given.view.text }));
  await remember(deps.log, 'which run the thread shows', deps.state.linkThread(runId, { channel: msg.channel, ts: threadTs }));
  await postOrReport(deps, client, where, safeMrkdwn(given.view.text, 200), answerBlocks({ ...given.view, answerId }), notify);
}

/** The thread's run, else the latest run of a dataset named in the question, else the latest run. */
async function runFor(deps: BotDeps, channel: string, threadTs: string, text: string): Promise<string | null> {
  const inThread = await recall(deps.log, 'which run the thread shows', deps.state.runForThread(channel, threadTs), null);
  if (inThread) return inThread;
  const words = new Set(text.toLowerCase().split(/[^a-z0-9_-]+/));
  for (const d of deps.services.datasets.list()) {
    if (words.has(d.name)) {
      const m = await deps.services.runs.latest(d.name);
      if (m) return m.runId;
    }
  }
  return (await deps.services.runs.latest())?.runId ?? null;
}

async function analyzeUpload(deps: BotDeps, client: WebClient, msg: UserMessage, file: SharedFile, threadTs: string): Promise<void> {
  const where = { channel: msg.channel, threadTs };
  let local: string;
  try {
    local = await downloadSharedFile(file, { token: deps.slack.botToken, dir: deps.uploadsDir, maxBytes: deps.services.config.maxUploadBytes, maxInflatedBytes: deps.services.config.maxUploadInflatedBytes });
  } catch (error) {
    const message = error instanceof UploadError ? error.message : 'I could not fetch that file from Slack. Share it again in a minute.';
    if (!(error instanceof UploadError)) deps.log.error(`download of file ${file.id} failed: ${error instanceof Error ? error.message : String(error)}`);
    await postOrReport(deps, client, where, 'Cannot analyze that file', errorBlocks(`Cannot analyze ${file.name || 'that file'}`, message), { user: msg.user, channel: msg.channel });
    return;
  }
  const label = (file.name || file.id).slice(0, 80);
  startRun(deps, client, {
    job: { dataset: 'upload', label, sourceKey: `upload:${file.id}`, narrate: true, request: { source: local, load: {}, engine: {} } },
    user: msg.user,
    channel: msg.channel,
    threadTs,
    cleanup: () => rm(local, { force: true }),
  });
}
