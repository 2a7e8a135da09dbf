import type { App } from '@slack/bolt';
import type { BotDeps } from '../../deps.js';
import { registerReviewCampaignSubmission } from './review-campaign.js';
import { registerReviewReasonSubmission } from './review-reason.js';

export function registerViews(app: App, deps: BotDeps): void {
  registerReviewCampaignSubmission(app, deps);
  registerReviewReasonSubmission(app, deps);
}
