/**
 * `npm run playground`: the real Slack app (the same listeners, services and views as in a
 * workspace) in HTTP mode on loopback, with the project's Slack stand-in serving a page that
 * behaves like a small Slack client. No workspace, no real token, no internet.
 *
 * Its data (approvals, runs, artifacts) lives in <SEGBOT_DATA_DIR>/playground, apart from real use,
 * so the stand-in's committee (the user group S0COMMITTEE: carl and cora) seeds the approval policy.
 * On a fresh playground, an example campaign that the reviewer flags waits in #segbot-review
 * (`--no-example` to skip it).
 */
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { startLocalBot, type LocalBot } from '../src/bot/index.js';
import { startPlayground, submitExampleCampaign, type Playground } from '../src/slack-standin/index.js';
import { reportCliError } from '../src/cli/output.js';

const OWN_SETTINGS = ['SEGBOT_REVIEW_CHANNEL', 'SEGBOT_CHANNELS', 'SEGBOT_COMMITTEE', 'SEGBOT_COMMITTEE_USERGROUP', 'SEGBOT_DATABASE_URL', 'SEGBOT_DATABASE_OWNER_URL', 'SEGBOT_DATA_DIR', 'SEGBOT_ARTIFACTS_DIR'];

async function main(): Promise<void> {
  const base = loadConfig({ ...process.env, SLACK_BOT_TOKEN: undefined, SLACK_APP_TOKEN: undefined });
  const dataDir = process.env.PLAYGROUND_DATA_DIR ?? path.join(base.dataDir, 'playground');
  const playground = await startPlayground({
    port: Number(process.env.PLAYGROUND_PORT ?? 3001),
    botPort: 0,
    async startBot(env) {
      // The user's own Slack settings are left out: the playground bot talks only to the stand-in.
      const userEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SLACK_') && !OWN_SETTINGS.includes(k)));
      return startLocalBot({ ...userEnv, ...env, SEGBOT_DATA_DIR: dataDir });
    },
  });
  if (!process.argv.includes('--no-example')) await submitExample(playground);
  process.stdout.write(`\nSegbot playground: open ${playground.url}\nTry /segment run demo in #marketing, then ask "@segbot which segment brings the most revenue?". Ctrl-C stops it.\n`);
  const stop = async () => {
    await playground.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

async function submitExample(playground: Playground): Promise<void> {
  const bot = playground.bot as Partial<LocalBot>;
  const pending = bot.services ? await bot.services.approvals.pending() : [];
  if (pending.length === 0) await submitExampleCampaign(playground.standin);
}

main().catch((error: unknown) => {
  process.exitCode = reportCliError(error, false);
});
