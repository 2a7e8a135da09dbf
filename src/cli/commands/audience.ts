/**
 * `segbot audience export <campaign-id> --out <file.csv>`: the approved campaign's customers as
 * `customer_id,group` (treatment or holdout, by the campaign's hash), refused for any version that
 * is not approved, audited. You act as your OS user (mapped to a Slack id by the approval policy):
 * the committee and the campaign's requester may export.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { ConfigError } from '../../errors.js';
import { DEFAULT_HOLDOUT } from '../../measure/index.js';
import { openApprovalServices, type ApprovalServices } from '../../services/approvals.js';
import { exportAudience } from '../../services/audience.js';
import { safeJsonLine } from '../output.js';

export interface AudienceCliDeps {
  /** The OS user; tests inject one. */
  localUser?: () => string;
}

export async function withApprovalServices<T>(deps: AudienceCliDeps, work: (s: ApprovalServices) => Promise<T>): Promise<T> {
  const services = await openApprovalServices(loadConfig(), { localUser: deps.localUser });
  try {
    return await work(services);
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
    .requiredOption('--out <file.csv>', 'where to write the audience (written whole or not at all)')
    .option('--holdout <share>', `share of the audience held out (e.g. 0.1 or 10%); the same customers on every export`, String(DEFAULT_HOLDOUT))
    .option('--run <folder>', 'the run folder the campaign was proposed from (default: the stored run whose reviews list it)')
    .option('--json', 'print the summary as JSON')
    .action(async (id: string, flags: { out: string; holdout: string; run?: string; json?: boolean }) => {
      const holdout = parseHoldout(flags.holdout);
      await withApprovalServices(deps, async (s) => {
        process.stderr.write(`segbot: store ${s.location}\n`);
        const actor = await s.cliRequester();
        const summary = await exportAudience({ approvals: s.service, store: s.store }, id, actor, flags.out, { holdout, runDir: flags.run });
        if (flags.json) process.stdout.write(safeJsonLine(summary));
        else {
          process.stdout.write(
            `exported ${summary.customers} customers of campaign ${id} (version ${summary.version}, segment ${summary.segmentKey}) to ${summary.out}: ` +
              `${summary.treatment} treatment, ${summary.holdout} holdout (${Math.round(summary.holdoutFraction * 100)}%); recorded in the audit log\n`,
          );
        }
      });
    });
}
