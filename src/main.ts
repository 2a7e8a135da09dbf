/**
 * The composition root: reads the configuration, builds the services once and starts the Slack app
 * on them (Socket Mode with SLACK_APP_TOKEN, otherwise HTTP on PORT). The CLI is the other face
 * on the same services (src/cli).
 */
import { webApi } from '@slack/bolt';
import { loadConfig } from './config.js';
import { ConfigError } from './errors.js';
import { createServices } from './services/index.js';
import { createSlackApp, questionServiceFrom, usergroupMembership } from './bot/index.js';
import { reportCliError } from './cli/output.js';

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.slack) {
    throw new ConfigError('BAD_ENV', 'SLACK_BOT_TOKEN is not set, so there is no Slack app to start. Set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode); see the README. Without Slack, use the CLI: npx segbot --help.');
  }
  const slack = config.slack;
  const membershipClient = new webApi.WebClient(slack.botToken, slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {});
  const services = await createServices(config, { isUsergroupMember: usergroupMembership(membershipClient) });
  const bot = createSlackApp(services, slack, { questions: questionServiceFrom(services.questions) });
  const port = await bot.start();
  services.log(
    `Slack app started in ${slack.appToken ? 'Socket Mode' : `HTTP mode on port ${port} (/slack/events)`}; narrator ${services.narrator.kind}; ` +
      `store ${services.approvalServices.location}; artifacts in ${services.artifacts.location}; datasets: ${services.datasets.list().map((d) => d.name).join(', ')}`,
  );
  const stop = async () => {
    services.log('stopping: finishing the runs in progress');
    await bot.stop();
    await services.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  process.exitCode = reportCliError(error, false);
});
