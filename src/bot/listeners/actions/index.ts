import type { App } from '@slack/bolt';
import type { BotDeps } from '../../deps.js';
import { registerReviewDecisions } from './review-decision.js';
import { registerEditCampaign } from './edit-campaign.js';
import { registerAnswerFeedback } from './answer-feedback.js';
import { registerCancelRun } from './cancel-run.js';
import { registerExportAudience } from './export-audience.js';

export function registerActions(app: App, deps: BotDeps): void {
  registerReviewDecisions(app, deps);
  registerEditCampaign(app, deps);
  registerAnswerFeedback(app, deps);
  registerCancelRun(app, deps);
  registerExportAudience(app, deps);
}
