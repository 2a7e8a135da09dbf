import type { App } from '@slack/bolt';
import type { BotDeps } from '../../deps.js';
import { registerSegmentCommand } from './segment.js';

export function registerCommands(app: App, deps: BotDeps): void {
  registerSegmentCommand(app, deps);
}
