/** What every listener receives: the services (built once), the Slack settings and the bot's memory. */
import type { webApi } from '@slack/bolt';
import type { SlackConfig } from '../config.js';
import type { Services } from '../services/index.js';
import type { BotState } from './state.js';
import type { QuestionService } from './questions.js';

export type WebClient = webApi.WebClient;

export interface BotLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface BotDeps {
  services: Services;
  slack: SlackConfig;
  state: BotState;
  questions: QuestionService;
  /** The slash command as installed (manifest.yml): `/segment`. */
  command: string;
  log: BotLogger;
  /** Long work started after ack(): tracked so that shutdown and tests can wait for it. */
  track(work: Promise<unknown>): void;
  /** Folder for files downloaded from Slack while they are analyzed. */
  uploadsDir: string;
}
