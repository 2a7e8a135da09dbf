/** Bolt's AI assistant surface, where the workspace has it: suggested prompts, a status while it works, the same answers. */
import { Assistant } from '@slack/bolt';
import type { BotDeps } from '../deps.js';
import { handleUserMessage } from '../conversation.js';
import type { SharedFile } from '../uploads.js';

export function createAssistant(deps: BotDeps): Assistant {
  return new Assistant({
    threadStarted: async ({ say, setSuggestedPrompts }) => {
      await say('Hi! I find customer segments in your data and suggest campaigns. Ask about the latest run, or share a CSV with me.');
      await setSuggestedPrompts({
        prompts: [
          { title: 'Best customers', message: 'Which segment brings the most revenue?' },
          { title: 'Who is slipping away', message: 'How many customers are at risk?' },
          { title: 'What to send', message: 'What should we send the lapsed big spenders?' },
          { title: 'Why this model', message: 'Why did you choose these segments?' },
        ],
      });
    },
    userMessage: async ({ message, client, setStatus }) => {
      const m = message as unknown as { channel: string; user?: string; bot_id?: string; text?: string; ts: string; thread_ts?: string; files?: SharedFile[] };
      if (!m.user || m.bot_id) return;
      await handleUserMessage(deps, client, { user: m.user, channel: m.channel, ts: m.ts, threadTs: m.thread_ts, text: m.text ?? '', files: m.files }, async (status) => {
        await setStatus(status);
      });
    },
  });
}
