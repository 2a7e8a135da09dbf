/**
 * `segbot approvals …`: the committee's desk without Slack, on the same approval service the bot
 * uses (SQLite under SEGBOT_DATA_DIR, or Postgres with DATABASE_URL). `--as` names the acting
 * user; the service checks committee membership and four-eyes on every action. The CLI has no
 * Slack, so only SEGBOT_COMMITTEE counts here, not a user group.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { ConfigError, ReviewError } from '../../errors.js';
import { createLlmReviewer, openApprovalService, parseCampaignLines, type ApprovalService } from '../../review/index.js';
import { APPROVAL_STATES, type ApprovalState, type CampaignVersion } from '../../store/index.js';

interface ActorFlags {
  as: string;
  reason?: string;
  hash?: string;
  json?: boolean;
}

async function withService<T>(work: (service: ApprovalService) => Promise<T>, options: { llm?: boolean } = {}): Promise<T> {
  const config = loadConfig();
  if (options.llm && !config.llm) throw new ConfigError('NO_LLM', '--llm needs an LLM: set OPENAI_API_KEY, or OPENAI_BASE_URL for a local OpenAI-compatible server.');
  const llmReviewer = options.llm && config.llm ? createLlmReviewer(config.llm) : undefined;
  const { service, store } = await openApprovalService(config, { llmReviewer, onLlmError: (m) => process.stderr.write(`segbot: ${m}\n`) });
  try {
    return await work(service);
  } finally {
    await store.close();
  }
}

function summary(v: CampaignVersion) {
  return {
    id: v.campaignId,
    version: v.version,
    hash: v.hash,
    state: v.state,
    decision: v.decision,
    requestedBy: v.requestedBy,
    updatedAt: v.updatedAt,
    findings: v.findings.map((f) => ({ code: f.code, severity: f.severity, evidence: f.evidence })),
  };
}

function printVersion(v: CampaignVersion, json: boolean | undefined): void {
  if (json) {
    process.stdout.write(JSON.stringify(summary(v)) + '\n');
    return;
  }
  const codes = v.findings.map((f) => `${f.code}(${f.severity})`).join(' ') || '-';
  process.stdout.write(`${v.campaignId}  v${v.version}  ${v.hash.slice(0, 12)}  ${v.state}  decision=${v.decision}  by ${v.requestedBy}  ${codes}\n`);
}

function describeVersion(v: CampaignVersion, decisions: { userId: string; verdict: string; reason: string | null; at: string }[]): string {
  const c = (v.content.campaign ?? {}) as Record<string, unknown>;
  const lines = [
    `${v.campaignId} version ${v.version} (${v.hash}), ${v.state}, review decision ${v.decision}, requested by ${v.requestedBy}`,
    ...(typeof v.content.persona === 'string' ? [`persona:  ${v.content.persona}`] : []),
    ...['channel', 'audience', 'message', 'offer'].map((k) => `${k.padEnd(9)} ${String(c[k] ?? '')}`),
    ...v.findings.map((f) => `finding:  ${f.severity} ${f.code} [${f.rule}] ${f.evidence}`),
    ...decisions.map((d) => `decision: ${d.verdict} by ${d.userId} at ${d.at}${d.reason ? `: ${d.reason}` : ''}`),
  ];
  return lines.join('\n') + '\n';
}

function parseStates(value: string): ApprovalState[] {
  const states = value.split(',').map((s) => s.trim());
  const bad = states.filter((s) => !(APPROVAL_STATES as readonly string[]).includes(s));
  if (bad.length > 0) throw new ConfigError('BAD_STATE', `--state ${bad.join(',')} is not a state; use any of ${APPROVAL_STATES.join(', ')}.`);
  return states as ApprovalState[];
}

const actionOptions = (cmd: Command) =>
  cmd
    .requiredOption('--as <user>', 'the acting user id (e.g. a Slack id U123); must be on SEGBOT_COMMITTEE')
    // Not --version: the root program owns that flag.
    .option('--hash <hash>', 'the version hash (8+ characters) you read, as `list` shows it; refused if the text changed since')
    .option('--json', 'print the result as JSON');

export function registerApprovalsCommand(program: Command): void {
  const approvals = program
    .command('approvals')
    .description('The approval committee without Slack: list pending campaigns, approve, reject, request changes, submit, audit.');

  approvals
    .command('list')
    .description('List the latest version of each campaign (default: those awaiting a decision)')
    .option('--state <states>', `comma-separated states to show (${APPROVAL_STATES.join(', ')})`, 'flagged')
    .option('--all', 'show every campaign whatever its state')
    .option('--json', 'one JSON line per campaign')
    .action(async (flags: { state: string; all?: boolean; json?: boolean }) => {
      const states = flags.all ? undefined : parseStates(flags.state);
      await withService(async (s) => {
        const versions = await s.list(states);
        for (const v of versions) printVersion(v, flags.json);
        if (versions.length === 0 && !flags.json) process.stderr.write('no campaigns in that state\n');
      });
    });

  actionOptions(approvals.command('approve').description('Approve the current version of a flagged campaign').argument('<id>', 'campaign id').option('--reason <text>', 'why (kept in the audit log)')).action(
    async (id: string, flags: ActorFlags) => withService(async (s) => printVersion(await s.approve(id, flags.as, { reason: flags.reason, versionHash: flags.hash }), flags.json)),
  );

  actionOptions(approvals.command('reject').description('Reject the current version of a flagged campaign').argument('<id>', 'campaign id').requiredOption('--reason <text>', 'why (required, kept in the audit log)')).action(
    async (id: string, flags: ActorFlags) => withService(async (s) => printVersion(await s.reject(id, flags.as, { reason: flags.reason, versionHash: flags.hash }), flags.json)),
  );

  actionOptions(approvals.command('request-changes').description('Send a flagged campaign back to its requester').argument('<id>', 'campaign id').requiredOption('--reason <text>', 'what to change (required)')).action(
    async (id: string, flags: ActorFlags) => withService(async (s) => printVersion(await s.requestChanges(id, flags.as, { reason: flags.reason, versionHash: flags.hash }), flags.json)),
  );

  actionOptions(approvals.command('mark-shared').description('Record that an approved campaign went out (refused unless approved; never for block)').argument('<id>', 'campaign id')).action(
    async (id: string, flags: ActorFlags) => withService(async (s) => printVersion(await s.markShared(id, flags.as, { versionHash: flags.hash }), flags.json)),
  );

  approvals
    .command('submit')
    .description('Review campaigns from a JSON Lines file and queue them: clean ones are auto-approved, the rest wait for the committee')
    .argument('<campaigns.jsonl>', 'the same format as `segbot review`')
    .requiredOption('--as <user>', 'the requester\'s user id')
    .option('--llm', 'add the configured LLM reviewer\'s findings to the rules\' (it can only add)')
    .action(async (file: string, flags: { as: string; llm?: boolean }) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        throw new ReviewError('INPUT_UNREADABLE', `cannot read ${file}. Pass a JSON Lines file of campaigns.`);
      }
      let malformed = false;
      await withService(async (s) => {
        for (const entry of parseCampaignLines(text)) {
          if ('error' in entry) {
            malformed = true;
            process.stdout.write(JSON.stringify({ line: entry.line, error: entry.error }) + '\n');
            continue;
          }
          const { version, created } = await s.submit(entry.campaign, flags.as);
          process.stdout.write(JSON.stringify({ id: version.campaignId, version: version.version, hash: version.hash, state: version.state, decision: version.decision, created }) + '\n');
        }
      }, { llm: flags.llm });
      if (malformed) process.exitCode = 1;
    });

  approvals
    .command('show')
    .description('Print the current text of a campaign, its findings and decisions: read this before you approve')
    .argument('<id>', 'campaign id')
    .option('--json', 'print the stored version as JSON')
    .action(async (id: string, flags: { json?: boolean }) =>
      withService(async (s) => {
        const v = await s.get(id);
        if (flags.json) {
          process.stdout.write(JSON.stringify({ ...summary(v), content: v.content }) + '\n');
          return;
        }
        process.stdout.write(describeVersion(v, await s.decisions(id, v.version)));
      }),
    );

  approvals
    .command('history')
    .description('Print the append-only audit log (who, when, what, which version, why) as JSON lines')
    .argument('[id]', 'only this campaign')
    .action(async (id: string | undefined) =>
      withService(async (s) => {
        for (const e of await s.history(id)) process.stdout.write(JSON.stringify(e) + '\n');
      }),
    );
}
