/** A DM to the bot outside the assistant surface: a question, or a shared file to analyze. */
import type { App } from '@slack/bolt';
import type { BotDeps } from '../../deps.js';
import { handleUserMessage } from '../../conversation.js';
import type { SharedFile } from '../../uploads.js';

interface ImMessage {
  channel: string;
  channel_type?: string;
  user?: string;
  bot_id?: string;
  subtype?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  files?: SharedFile[];
}

export function registerDirectMessage(app: App, deps: BotDeps): void {
  app.message(async ({ message, client }) => {
    const m = message as unknown as ImMessage;
    // Only people's own messages in DMs; edits, joins and the bot's own posts are not questions.
    if (m.channel_type !== 'im' || m.bot_id || !m.user || (m.subtype !== undefined && m.subtype !== 'file_share')) return;
    deps.track(handleUserMessage(deps, client, { user: m.user, channel: m.channel, ts: m.ts, threadTs: m.thread_ts, text: m.text ?? '', files: m.files }));
  });
}
