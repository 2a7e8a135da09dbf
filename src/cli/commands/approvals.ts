/**
 * `segbot approvals …`: the committee's desk without Slack, on the same approval service the bot
 * uses. The acting user is the OS user, mapped to a Slack id by the approval policy stored in the
 * database (never a flag or an environment variable); every decision names the version hash it
 * read. Every command that writes prints the store in use on stderr.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { ConfigError, ReviewError } from '../../errors.js';
import { APPROVAL_STATES, createLlmReviewer, parseCampaignLines, type ApprovalState } from '../../review/index.js';
import { openApprovalServices, type ApprovalServices } from '../../services/approvals.js';
import { safeJsonLine } from '../output.js';
import { describeVersion, versionLine } from './approvals-format.js';
import { registerPolicyCommands } from './approvals-policy.js';

export interface ApprovalsCliDeps {
  /** The OS user; tests inject one. Default os.userInfo().username. */
  localUser?: () => string;
}

interface DecisionFlags {
  hash: string;
  reason?: string;
  json?: boolean;
}

export type WithServices = <T>(work: (s: ApprovalServices) => Promise<T>, options?: { llm?: boolean; writes?: boolean }) => Promise<T>;

function servicesOpener(deps: ApprovalsCliDeps): WithServices {
  return async (work, options = {}) => {
    const config = loadConfig();
    if (options.llm && !config.llm) throw new ConfigError('NO_LLM', '--llm needs an LLM: set OPENAI_API_KEY, or OPENAI_BASE_URL for a local OpenAI-compatible server.');
    const llmReviewer = options.llm && config.llm ? createLlmReviewer(config.llm) : undefined;
    const services = await openApprovalServices(config, { llmReviewer, onLlmError: (m) => process.stderr.write(`segbot: ${m}\n`), localUser: deps.localUser });
    if (options.writes) process.stderr.write(`segbot: store ${services.location}\n`);
    try {
      return await work(services);
    } finally {
      await services.close();
    }
  };
}

function parseStates(value: string): ApprovalState[] {
  const states = value.split(',').map((s) => s.trim());
  const bad = states.filter((s) => !(APPROVAL_STATES as readonly string[]).includes(s));
  if (bad.length > 0) throw new ConfigError('BAD_STATE', `--state ${bad.join(',')} is not a state; use any of ${APPROVAL_STATES.join(', ')}.`);
  return states as ApprovalState[];
}

const decisionOptions = (cmd: Command) =>
  cmd
    .argument('<id>', 'campaign id')
    // Not --version: the root program owns that flag.
    .requiredOption('--hash <hash>', 'the version hash (8+ characters) you read, as `show` and `list` print it; refused if it is not the latest version')
    .option('--json', 'print the result as JSON');

export function registerApprovalsCommand(program: Command, deps: ApprovalsCliDeps = {}): void {
  const withServices = servicesOpener(deps);
  const approvals = program
    .command('approvals')
    .description('The approval committee without Slack: list, show, approve, reject, request changes, submit, mark shared, policy, audit, verify. You act as your OS user mapped to a Slack id by the approval policy.');

  approvals
    .command('list')
    .description('List the latest version of each campaign (default: those awaiting a decision)')
    .option('--state <states>', `comma-separated states to show (${APPROVAL_STATES.join(', ')})`, 'flagged')
    .option('--all', 'show every campaign whatever its state')
    .option('--json', 'one JSON line per campaign')
    .action(async (flags: { state: string; all?: boolean; json?: boolean }) => {
      const states = flags.all ? undefined : parseStates(flags.state);
      await withServices(async ({ service }) => {
        const versions = await service.list(states);
        for (const v of versions) process.stdout.write(versionLine(v, flags.json));
        if (versions.length === 0 && !flags.json) process.stderr.write('no campaigns in that state\n');
      });
    });

  const decision = (name: string, description: string, act: (s: ApprovalServices, id: string, actor: string, flags: DecisionFlags) => Promise<unknown>, reasonRequired: boolean) => {
    const cmd = decisionOptions(approvals.command(name).description(description));
    if (reasonRequired) cmd.requiredOption('--reason <text>', 'why (required, kept in the audit log)');
    else cmd.option('--reason <text>', 'why (kept in the audit log)');
    cmd.action(async (id: string, flags: DecisionFlags) =>
      withServices(async (s) => {
        const actor = await s.cliActor();
        await act(s, id, actor, flags);
      }, { writes: true }),
    );
  };
  const print = (flags: DecisionFlags) => (v: Parameters<typeof versionLine>[0]) => process.stdout.write(versionLine(v, flags.json));

  decision('approve', 'Approve the version of a flagged campaign you read (committee members only; not your own under four-eyes)', async ({ service }, id, actor, f) => print(f)(await service.approve({ campaignId: id, versionHash: f.hash, actor, reason: f.reason })), false);
  decision('reject', 'Reject the version of a flagged campaign you read', async ({ service }, id, actor, f) => print(f)(await service.reject({ campaignId: id, versionHash: f.hash, actor, reason: f.reason })), true);
  decision('request-changes', 'Send the version you read back to its requester', async ({ service }, id, actor, f) => print(f)(await service.requestChanges({ campaignId: id, versionHash: f.hash, actor, reason: f.reason })), true);
  decision('mark-shared', 'Record that an approved campaign went out (committee members only; refused unless approved; never for block)', async ({ service }, id, actor, f) => print(f)(await service.markShared({ campaignId: id, versionHash: f.hash, actor, reason: f.reason })), false);

  approvals
    .command('submit')
    .description('Review campaigns from a JSON Lines file and queue them as your OS user: clean ones are auto-approved, the rest wait for the committee')
    .argument('<campaigns.jsonl>', 'the same format as `segbot review`')
    .option('--llm', 'add the configured LLM reviewer\'s findings to the rules\' (it can only add)')
    .action(async (file: string, flags: { llm?: boolean }) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        throw new ReviewError('INPUT_UNREADABLE', `cannot read ${file}. Pass a JSON Lines file of campaigns.`);
      }
      let malformed = false;
      await withServices(async (s) => {
        const requester = await s.cliRequester();
        for (const entry of parseCampaignLines(text)) {
          if ('error' in entry) {
            malformed = true;
            process.stdout.write(safeJsonLine({ line: entry.line, error: entry.error }));
            continue;
          }
          const { version, created } = await s.service.submit(entry.campaign, requester);
          process.stdout.write(safeJsonLine({ id: version.campaignId, version: version.version, hash: version.hash, state: version.state, decision: version.decision, requestedBy: version.requestedBy, created }));
        }
      }, { llm: flags.llm, writes: true });
      if (malformed) process.exitCode = 1;
    });

  approvals
    .command('show')
    .description('Print the current text of a campaign (control characters made visible), its findings, decisions and hash: read this before you approve')
    .argument('<id>', 'campaign id')
    .option('--json', 'print the stored version as JSON')
    .action(async (id: string, flags: { json?: boolean }) =>
      withServices(async ({ service }) => {
        const v = await service.get(id);
        if (flags.json) {
          process.stdout.write(safeJsonLine({ ...versionSummary(v), content: v.content }));
          return;
        }
        process.stdout.write(describeVersion(v, await service.decisions(id, v.version)));
      }),
    );

  approvals
    .command('history')
    .description('Print the append-only audit log (who, when by the database clock, what, which version, the policy in force, why) as JSON lines')
    .argument('[id]', 'only this campaign')
    .action(async (id: string | undefined) =>
      withServices(async ({ service }) => {
        for (const e of await service.history(id)) process.stdout.write(safeJsonLine(e));
      }),
    );

  approvals
    .command('verify')
    .description('Check the audit log\'s hash chain: reports any edited, removed or inserted entry (exit 1 if so)')
    .option('--json', 'print the report as JSON')
    .action(async (flags: { json?: boolean }) =>
      withServices(async ({ service, location }) => {
        const report = await service.verify();
        if (flags.json) process.stdout.write(safeJsonLine(report));
        else if (report.ok) {
          const legacy = report.unchained > 0 ? ` (the first ${report.unchained} were written before the hash chain existed: present, but the chain cannot vouch for them)` : '';
          process.stdout.write(`audit log intact: ${report.entries} entries in ${location}${legacy}\n`);
        }
        else process.stdout.write(`audit log NOT intact (${location}):\n${report.problems.map((p) => `  ${p.message}`).join('\n')}\n`);
        if (!report.ok) process.exitCode = 1;
      }),
    );

  registerPolicyCommands(approvals, withServices);
}

function versionSummary(v: Parameters<typeof versionLine>[0]) {
  return JSON.parse(versionLine(v, true)) as Record<string, unknown>;
}
