/** `@Segbot …` in a channel: a question, `run <dataset>`, or a shared file; answered in a thread. */
import type { App } from '@slack/bolt';
import type { BotDeps } from '../../deps.js';
import { handleUserMessage } from '../../conversation.js';
import type { SharedFile } from '../../uploads.js';

export function registerAppMention(app: App, deps: BotDeps): void {
  app.event('app_mention', async ({ event, client }) => {
    if (!event.user) return;
    const files = (event as { files?: SharedFile[] }).files;
    deps.track(handleUserMessage(deps, client, { user: event.user, channel: event.channel, ts: event.ts, threadTs: event.thread_ts, text: event.text ?? '', files }));
  });
}
