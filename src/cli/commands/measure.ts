/**
 * `segbot measure <campaign-id> --data <log> --from <day> --to <day>`: did the campaign work?
 * Treatment against holdout in the window, with a seeded bootstrap interval, a permutation test of
 * no effect, the comparison with prior windows of the same length, and a verdict against the 15%
 * status quo (or "too small to tell" and the holdout that would be needed).
 */
import type { Command } from 'commander';
import { ConfigError } from '../../errors.js';
import { formatPValue } from '../../measure/index.js';
import path from 'node:path';
import { measureCampaign, recordMeasurement, type CampaignMeasurement } from '../../services/measure.js';
import { safeJsonLine } from '../output.js';
import { withApprovalServices, type AudienceCliDeps } from './audience.js';

const pct = (x: number | null) => (x === null ? 'n/a' : `${x >= 0 ? '+' : '−'}${Math.abs(Math.round(x * 1000) / 10)}%`);
const money = (x: number) => x.toFixed(2);

export function describeMeasurement(m: CampaignMeasurement): string {
  const lines = [
    `campaign ${m.campaign_id}, ${m.from} to ${m.to} (not including ${m.to})`,
    `  treatment: ${m.treatment_customers} customers, ${money(m.treatment_mean)} sales per customer`,
    `  holdout:   ${m.holdout_customers} customers, ${money(m.holdout_mean)} sales per customer`,
    `  lift ${pct(m.lift)}, ${Math.round(m.level * 100)}% interval ${pct(m.ci_low)} to ${pct(m.ci_high)} (bootstrap, ${m.resamples} resamples, seed ${m.seed}); ${formatPValue(m.p_value)} (permutation test, ${m.permutations} permutations)`,
    `  this split could detect a lift of ${pct(m.minimum_detectable_lift)} (80% power)${m.holdout_needed === null ? '' : `; a ${pct(m.status_quo)} lift needs a holdout of about ${m.holdout_needed}`}`,
    ...m.prior.prior.map((p) => `  prior ${p.from} to ${p.to}: ${money(p.meanPerCustomer)} sales per audience customer`),
    ...(m.prior.changeVsPrior === null ? [] : [`  treatment vs the prior periods' mean: ${pct(m.prior.changeVsPrior)}`]),
    ...(m.warning ? [`  warning: ${m.warning}`] : []),
    `verdict: ${m.verdict_text}`,
  ];
  return lines.join('\n') + '\n';
}

function wholeNumber(flag: string, min: number) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < min) throw new ConfigError('BAD_FLAG', `${flag} ${value} must be a whole number of at least ${min}.`);
    return n;
  };
}

export function registerMeasureCommand(program: Command, deps: AudienceCliDeps = {}): void {
  program
    .command('measure')
    .description('Did the campaign work? Sales per customer of its treatment against its holdout in a window, with an interval, a test, prior periods and a verdict against the 15% status quo; stored for questions and the digest')
    .argument('<campaign-id>', 'an exported campaign')
    .requiredOption('--data <file>', 'the transaction log covering the window and the prior periods')
    .requiredOption('--from <YYYY-MM-DD>', 'first day of the window')
    .requiredOption('--to <YYYY-MM-DD>', 'the day after the window ends')
    .option('--audience <file.csv>', 'the exported audience file (default: rebuilt from the campaign\'s last audited export)')
    .option('--prior <n>', 'prior windows of the same length to compare with', wholeNumber('--prior', 0), 3)
    .option('--seed <n>', 'seed of the bootstrap and the permutation test', wholeNumber('--seed', 0), 42)
    .option('--json', 'print the measurement as JSON')
    .action(async (id: string, flags: { data: string; from: string; to: string; audience?: string; prior: number; seed: number; json?: boolean }) => {
      const m = await withApprovalServices(deps, async (s) => {
        const measured = await measureCampaign(s.service, { campaignId: id, data: flags.data, from: flags.from, to: flags.to, audienceFile: flags.audience, prior: flags.prior, seed: flags.seed });
        // Stored, so that "how did the campaign do?" and the weekly digest can report it.
        await recordMeasurement(s.store, measured, await s.cliRequester(), /^postgres(ql)?:\/\//i.test(flags.data) ? 'postgres' : path.basename(flags.data));
        return measured;
      });
      process.stdout.write(flags.json ? safeJsonLine(m) : describeMeasurement(m));
    });
}
