/**
 * Web API calls that must not be lost: the WebClient already waits out 429s (Retry-After) and
 * retries; a call that still fails is logged with its Slack error code (never a token or file
 * content) and, where possible, reported to the person waiting for it.
 */
import type { KnownBlock } from '@slack/types';
import type { BotDeps, WebClient } from './deps.js';
import { truncate } from './text.js';

/** Slack's limit is 50 blocks per message. */
export const MAX_BLOCKS = 50;

export function slackError(error: unknown): string {
  const e = error as { data?: { error?: string }; code?: string; message?: string };
  return e?.data?.error ?? e?.code ?? (error instanceof Error ? error.message : String(error));
}

/**
 * A message's fallback text (notifications, screen readers) and an upload's comment are mrkdwn too, and are
 * parsed for mentions: callers escape the data they put in, and this keeps only the links the bot itself
 * makes (a verified user's mention, a channel link), so that no `<!channel>` can slip through one of them.
 */
export function fallbackText(text: string, max = 3000): string {
  return truncate(String(text ?? '').replace(/<(?!(?:@[UW][A-Z0-9]{2,}|#[CGD][A-Z0-9]{2,})>)/g, '&lt;'), max);
}

export interface PostTarget {
  channel: string;
  threadTs?: string;
}

/** Posts blocks as one or more messages (50 blocks each); returns the first message's ts. */
export async function post(client: WebClient, target: PostTarget, text: string, blocks: KnownBlock[]): Promise<string> {
  let first = '';
  for (let i = 0; i < Math.max(1, blocks.length); i += MAX_BLOCKS) {
    const chunk = blocks.slice(i, i + MAX_BLOCKS);
    const res = await client.chat.postMessage({ channel: target.channel, ...(target.threadTs ? { thread_ts: target.threadTs } : {}), text: fallbackText(text), blocks: chunk, unfurl_links: false, unfurl_media: false });
    if (!first) first = String(res.ts);
  }
  return first;
}

/** A post whose failure is reported (to the log, and to the user by an ephemeral note if given) instead of thrown. */
export async function postOrReport(deps: BotDeps, client: WebClient, target: PostTarget, text: string, blocks: KnownBlock[], notify?: { user: string; channel: string }): Promise<string | null> {
  try {
    return await post(client, target, text, blocks);
  } catch (error) {
    const code = slackError(error);
    deps.log.error(`chat.postMessage to ${target.channel} failed: ${code}`);
    if (notify) await ephemeral(deps, client, notify.channel, notify.user, `I could not post "${text.slice(0, 80)}" (${code}). Try again in a minute; if it persists, ask your Slack admin whether I may post there.`);
    return null;
  }
}

export async function ephemeral(deps: BotDeps, client: WebClient, channel: string, user: string, text: string, blocks?: KnownBlock[]): Promise<void> {
  try {
    await client.chat.postEphemeral({ channel, user, text: text.slice(0, 3000), ...(blocks ? { blocks } : {}) });
  } catch (error) {
    deps.log.warn(`chat.postEphemeral to ${user} in ${channel} failed: ${slackError(error)}`);
  }
}

export async function update(deps: BotDeps, client: WebClient, channel: string, ts: string, text: string, blocks: KnownBlock[]): Promise<boolean> {
  try {
    await client.chat.update({ channel, ts, text: fallbackText(text), blocks: blocks.slice(0, MAX_BLOCKS) });
    return true;
  } catch (error) {
    deps.log.warn(`chat.update of ${ts} in ${channel} failed: ${slackError(error)}`);
    return false;
  }
}

/** Uploads files into a thread through the external-upload flow (files.getUploadURLExternal → POST → files.completeUploadExternal). */
export async function uploadFiles(client: WebClient, target: PostTarget, files: { name: string; title: string; bytes: Buffer }[], comment: string): Promise<void> {
  if (files.length === 0) return;
  await client.filesUploadV2({
    channel_id: target.channel,
    ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
    initial_comment: fallbackText(comment),
    file_uploads: files.map((f) => ({ file: f.bytes, filename: f.name, title: f.title })),
  } as Parameters<WebClient['filesUploadV2']>[0]);
}

/** DMs are always allowed; channels only when on the allow-list (empty list: wherever the bot was invited). */
export function mayPostIn(deps: BotDeps, channel: string): boolean {
  if (channel.startsWith('D')) return true;
  if (deps.slack.reviewChannel && channel === deps.slack.reviewChannel) return true;
  return deps.slack.channels.length === 0 || deps.slack.channels.includes(channel);
}

export function notAllowedText(deps: BotDeps): string {
  return `I am not allowed to post in this channel. Ask me in a DM, or in ${deps.slack.channels.map((c) => `<#${c}>`).join(', ')}.`;
}
