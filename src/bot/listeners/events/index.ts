import type { App } from '@slack/bolt';
import type { BotDeps } from '../../deps.js';
import { registerAppMention } from './app-mention.js';
import { registerDirectMessage } from './direct-message.js';
import { registerAppHomeOpened } from './app-home-opened.js';

export function registerEvents(app: App, deps: BotDeps): void {
  registerAppMention(app, deps);
  registerDirectMessage(app, deps);
  registerAppHomeOpened(app, deps);
}
