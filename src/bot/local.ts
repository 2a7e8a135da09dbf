/**
 * The bot started from a set of settings, on loopback: what `npm run playground` and its browser
 * test run against the Slack stand-in (the same listeners, services and views as in a workspace).
 */
import { webApi } from '@slack/bolt';
import { loadConfig, type SlackConfig } from '../config.js';
import { createServices, type Services } from '../services/index.js';
import { createSlackApp, type SlackApp } from './app.js';
import { usergroupMembership } from './committee.js';
import { questionServiceFrom } from './questions.js';

export interface LocalBot {
  url: string;
  services: Services;
  bot: SlackApp;
  stop(): Promise<void>;
}

export async function startLocalBot(env: Record<string, string | undefined>, options: { log?: (line: string) => void } = {}): Promise<LocalBot> {
  const config = loadConfig(env);
  const slack = config.slack as SlackConfig;
  const membership = usergroupMembership(new webApi.WebClient(slack.botToken, slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {}), undefined, undefined, options.log);
  const services = await createServices(config, { isUsergroupMember: membership, ...(options.log ? { log: options.log } : {}) });
  const quiet = options.log ? { info: options.log, warn: options.log, error: options.log } : undefined;
  const bot = createSlackApp(services, slack, { questions: questionServiceFrom(services.questions), host: '127.0.0.1', ...(quiet ? { log: quiet } : {}) });
  const port = await bot.start();
  return {
    url: `http://127.0.0.1:${port}/slack/events`,
    services,
    bot,
    async stop() {
      await bot.stop();
      await services.close();
    },
  };
}
