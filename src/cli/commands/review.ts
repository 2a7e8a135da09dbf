/**
 * `segbot review <campaigns.jsonl>`: the creepiness review without Slack or a store. One JSON line
 * out per campaign line in; a malformed line gets `{"line": n, "error": "..."}` and the rest are
 * still reviewed. Exit 0 when every line was read, 1 when any was malformed, 3 when --fail-on fired.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { ConfigError, ReviewError } from '../../errors.js';
import { createLlmReviewer, parseCampaignLines, reviewCampaign, type ReviewDecision } from '../../review/index.js';

interface ReviewFlags {
  minSegmentSize?: string;
  llm?: boolean;
  detail?: boolean;
  failOn?: string;
}

export const EXIT_MALFORMED = 1;
export const EXIT_FAIL_ON = 3;

export function registerReviewCommand(program: Command): void {
  program
    .command('review')
    .description('Review campaigns for creepiness (sensitive traits, surveillance tone, singling out, vulnerability, discrimination); prints one JSON line per campaign.')
    .argument('<campaigns.jsonl>', 'JSON Lines file, one {"id","persona?","segment_stats?":{"size"},"campaign":{"channel","audience","message","offer"}} per line; "-" reads stdin')
    .option('--min-segment-size <n>', 'k-anonymity threshold: smaller segments are blocked (default SEGBOT_MIN_SEGMENT_SIZE or 20)')
    .option('--llm', 'also ask the configured LLM (OPENAI_API_KEY / OPENAI_BASE_URL) for findings the rules missed; it can only add findings')
    .option('--detail', 'include each finding\'s category and rule id')
    .option('--fail-on <decision>', 'exit with code 3 if any campaign is decided "block" (or "review": review or block)')
    .addHelpText('after', '\nExit codes: 0 all lines reviewed; 1 some lines were malformed (see their {"line","error"} output); 2 bad configuration; 3 --fail-on reached.\n')
    .action(async (file: string, flags: ReviewFlags) => {
      const config = loadConfig();
      const minSegmentSize = flags.minSegmentSize === undefined ? config.minSegmentSize : parsePositiveInt(flags.minSegmentSize);
      if (flags.failOn !== undefined && flags.failOn !== 'block' && flags.failOn !== 'review') throw new ConfigError('BAD_FAIL_ON', `--fail-on must be "block" or "review", got "${flags.failOn}".`);
      let llm = null;
      if (flags.llm) {
        if (!config.llm) throw new ConfigError('NO_LLM', '--llm needs an LLM: set OPENAI_API_KEY, or OPENAI_BASE_URL for a local OpenAI-compatible server.');
        llm = createLlmReviewer(config.llm);
      }
      let malformed = false;
      let failed = false;
      for (const entry of parseCampaignLines(readInput(file))) {
        if ('error' in entry) {
          malformed = true;
          process.stdout.write(JSON.stringify({ line: entry.line, error: entry.error }) + '\n');
          continue;
        }
        let decision = reviewCampaign(entry.campaign, { minSegmentSize });
        if (llm) {
          const added = await llm.review(entry.campaign, decision);
          if (added.ok) decision = added.value;
          else process.stderr.write(`segbot: line ${entry.line}: ${added.error.message}\n`);
        }
        failed ||= flags.failOn === 'block' ? decision.decision === 'block' : flags.failOn === 'review' && decision.decision !== 'ok';
        process.stdout.write(JSON.stringify(toOutput(decision, flags.detail === true)) + '\n');
      }
      process.exitCode = malformed ? EXIT_MALFORMED : failed ? EXIT_FAIL_ON : 0;
    });
}

function toOutput(d: ReviewDecision, detail: boolean) {
  return {
    id: d.id,
    decision: d.decision,
    findings: d.findings.map((f) => (detail ? { code: f.code, severity: f.severity, evidence: f.evidence, category: f.category, rule: f.rule } : { code: f.code, severity: f.severity, evidence: f.evidence })),
  };
}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message;
    throw new ReviewError('INPUT_UNREADABLE', `cannot read ${file} (${why}). Pass a JSON Lines file of campaigns, or - for stdin.`);
  }
}

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError('BAD_MIN_SEGMENT_SIZE', `--min-segment-size must be a whole number of at least 1, got "${value}".`);
  return n;
}
