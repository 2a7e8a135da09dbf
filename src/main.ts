/**
 * The composition root: reads the configuration, builds the services and starts the faces on them.
 * Today the face is the CLI (src/cli); the Slack bot (src/bot) plugs in here next, on the same services.
 */
import { loadConfig } from './config.js';
import { loadPrompts } from './narrative/index.js';
import { openApprovalServices } from './services/approvals.js';
import { reportCliError } from './cli/output.js';

async function main(): Promise<void> {
  const config = loadConfig();
  // A missing or malformed prompt file stops start-up here, not in the middle of a request.
  const prompts = loadPrompts(config.promptsDir);
  const { service, close } = await openApprovalServices(config);
  const pending = await service.pending();
  process.stderr.write(
    `segbot: prompts ${prompts.version}, narrator ${config.llm ? `LLM (${config.llm.model})` : 'offline'}, ` +
      `store ${config.databaseUrl ? 'Postgres' : `SQLite in ${config.dataDir}`}, ${pending.length} campaign(s) awaiting approval.\n`,
  );
  if (!config.slack) {
    process.stderr.write('segbot: no SLACK_BOT_TOKEN set, so no Slack app is started; use the CLI (npx segbot --help).\n');
  }
  await close();
}

main().catch((error: unknown) => {
  process.exitCode = reportCliError(error, false);
});
