/** The settings that point the real bot at a running stand-in (what `npm run playground` hands the bot). */
import type { Standin } from './standin.js';

export function standinEnvironment(standin: Standin, botPort: number): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: standin.botToken,
    SLACK_SIGNING_SECRET: standin.signingSecret,
    SLACK_API_URL: standin.apiUrl,
    PORT: String(botPort),
    SEGBOT_REVIEW_CHANNEL: 'C0REVIEW',
    SEGBOT_CHANNELS: 'C0MARKETING,C0REVIEW',
    SEGBOT_COMMITTEE_USERGROUP: 'S0COMMITTEE',
  };
}
