/**
 * The playground's wiring: a stand-in on a fixed loopback port, the real bot started with the
 * settings that point it there, and signed requests routed to the bot. `scripts/playground.ts`
 * only has to say how to start the bot.
 */
import { standinEnvironment } from './environment.js';
import { startSlackStandin, type Standin } from './standin.js';
import type { StandinLogger } from './types.js';

export interface PlaygroundBot {
  /** Where the bot takes Slack's requests, e.g. http://127.0.0.1:3000/slack/events. */
  url: string;
  stop(): Promise<void>;
}

export interface PlaygroundOptions {
  /** The page's port (default 3001; 0 picks a free one). */
  port?: number;
  /** The port handed to the bot as PORT (default 3000). */
  botPort?: number;
  logger?: StandinLogger;
  /** Starts the bot with these environment settings added to the user's (tokens, API URL, PORT, channels). */
  startBot(env: Record<string, string>): Promise<PlaygroundBot>;
}

export interface Playground {
  standin: Standin;
  bot: PlaygroundBot;
  /** The page to open. */
  url: string;
  stop(): Promise<void>;
}

export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const logger = options.logger ?? console;
  const standin = await startSlackStandin({ port: options.port ?? 3001, logger });
  let bot: PlaygroundBot;
  try {
    bot = await options.startBot(standinEnvironment(standin, options.botPort ?? 3000));
  } catch (error) {
    await standin.close();
    throw error;
  }
  standin.setBotUrl(bot.url);
  logger.info(`Segbot playground: open ${standin.url}/ (a Slack stand-in on loopback; the bot listens at ${bot.url})`);
  return {
    standin,
    bot,
    url: `${standin.url}/`,
    stop: async () => {
      await bot.stop();
      await standin.close();
    },
  };
}
