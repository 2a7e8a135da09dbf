/** One handler per file, registered by kind. */
import type { App } from '@slack/bolt';
import type { BotDeps } from '../deps.js';
import { registerCommands } from './commands/index.js';
import { registerEvents } from './events/index.js';
import { registerActions } from './actions/index.js';
import { registerViews } from './views/index.js';
import { createAssistant } from './assistant.js';

export function registerListeners(app: App, deps: BotDeps): void {
  app.assistant(createAssistant(deps));
  registerCommands(app, deps);
  registerEvents(app, deps);
  registerActions(app, deps);
  registerViews(app, deps);
}
