/**
 * `segbot audience export <campaign-id> --out <file.csv | postgres:schema.table>`: the approved
 * campaign's customers as `customer_id,group` (treatment or holdout, by the campaign's hash),
 * refused for any version that is not approved, audited and recorded in the exports table. You act as your OS user (mapped to a Slack id by the approval policy):
 * the committee and the campaign's requester may export.
 */
import type { Command } from 'commander';
import { loadConfig, type Config } from '../../config.js';
import { ConfigError } from '../../errors.js';
import { DEFAULT_HOLDOUT } from '../../measure/index.js';
import { openApprovalServices, type ApprovalServices } from '../../services/approvals.js';
import { exportAudience } from '../../services/audience.js';
import { safeJsonLine } from '../output.js';

export interface AudienceCliDeps {
  /** The OS user; tests inject one. */
  localUser?: () => string;
}

export async function withApprovalServices<T>(deps: AudienceCliDeps, work: (s: ApprovalServices, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const services = await openApprovalServices(config, { localUser: deps.localUser });
  try {
    return await work(services, config);
  } finally {
    await services.close();
  }
}

export function parseHoldout(value: string): number {
  const n = Number(value.endsWith('%') ? Number(value.slice(0, -1)) / 100 : value);
  if (!Number.isFinite(n) || n <= 0 || n >= 1) throw new ConfigError('BAD_HOLDOUT', `--holdout ${value} is not a share between 0 and 1; give e.g. 0.1 or 10%.`);
  return n;
}

export function registerAudienceCommand(program: Command, deps: AudienceCliDeps = {}): void {
  const audience = program.command('audience').description('The customers of an approved campaign, split into treatment and holdout for measuring it');
  audience
    .command('export')
    .description('Write the approved campaign\'s audience as customer_id,group (treatment/holdout); refused unless approved; audited')
    .argument('<campaign-id>', 'campaign id, as `segbot approvals list --all` prints it')
    .requiredOption('--out <file.csv | postgres:schema.table>', 'where to write the audience: a CSV file, or a Postgres table (created; only a table Segbot wrote for this campaign is replaced); written whole or not at all')
    .option('--database-url <url>', 'with --out postgres:…: the database to write to (default: DATABASE_URL)')
    .option('--from <YYYY-MM-DD>', 'planned start of the measurement window (default: today)')
    .option('--to <YYYY-MM-DD>', 'planned end of the window, not included (default: --from plus --weeks)')
    .option('--weeks <n>', 'planned length of the window in weeks', (v: string) => Number(v), 4)
    .option('--holdout <share>', `share of the audience held out (e.g. 0.1 or 10%); the same customers on every export`, String(DEFAULT_HOLDOUT))
    .option('--run <folder>', 'the run folder the campaign was proposed from (default: the stored run whose reviews list it)')
    .option('--json', 'print the summary as JSON')
    .action(async (id: string, flags: { out: string; holdout: string; run?: string; json?: boolean; databaseUrl?: string; from?: string; to?: string; weeks: number }) => {
      const holdout = parseHoldout(flags.holdout);
      await withApprovalServices(deps, async (s, config) => {
        process.stderr.write(`segbot: store ${s.location}\n`);
        const actor = await s.cliRequester();
        const summary = await exportAudience({ approvals: s.service, store: s.store }, id, actor, flags.out, {
          holdout,
          runDir: flags.run,
          databaseUrl: flags.databaseUrl ?? config.databaseUrl,
          window: { from: flags.from, to: flags.to, weeks: flags.weeks },
        });
        if (flags.json) process.stdout.write(safeJsonLine(summary));
        else {
          process.stdout.write(
            `exported ${summary.customers} customers of campaign ${id} (version ${summary.version}, segment ${summary.segmentKey}) to ${summary.out}: ` +
              `${summary.treatment} treatment, ${summary.holdout} holdout (${Math.round(summary.holdoutFraction * 100)}%); recorded in the audit log\n` +
              `measure it after the window: segbot measure ${id} --data <transaction log> --from ${summary.windowFrom} --to ${summary.windowTo}\n`,
          );
        }
      });
    });
}
