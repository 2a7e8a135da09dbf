// Starts the Slack stand-in alone, for running `npm start` against it by hand:
//   node --import tsx scripts/slack-standin.ts [--port 3001] [--bot-url http://127.0.0.1:3000/slack/events]
// then, in another terminal, start the bot with the settings this prints, and open the page.
import { standinEnvironment, startSlackStandin } from '../src/slack-standin/index.js';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const port = Number(option('port', '3001'));
const botUrl = option('bot-url', 'http://127.0.0.1:3000/slack/events');
const standin = await startSlackStandin({ port, botUrl, logger: console });
const env = standinEnvironment(standin, Number(new URL(botUrl).port || 80));
console.log(`Slack stand-in: ${standin.url}/ (signed requests go to ${botUrl})`);
console.log('Start the bot with:');
console.log(`  ${Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ')} npm start`);
process.on('SIGINT', () => void standin.close().then(() => process.exit(0)));
