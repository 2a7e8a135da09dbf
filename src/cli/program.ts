import { Command } from 'commander';
import { VERSION } from '../version.js';

/**
 * One file per command in ./commands, each imported only when needed: `segbot analyze` does not
 * load the review and approvals modules (their store, LLM client and lexicons cost more start-up
 * than the whole analyze command's own imports).
 */
const COMMANDS = {
  analyze: async () => (await import('./commands/analyze.js')).registerAnalyzeCommand,
  review: async () => (await import('./commands/review.js')).registerReviewCommand,
  approvals: async () => (await import('./commands/approvals.js')).registerApprovalsCommand,
  generate: async () => (await import('./commands/generate.js')).registerGenerateCommand,
  clv: async () => (await import('./commands/clv.js')).registerClvCommand,
  audience: async () => (await import('./commands/audience.js')).registerAudienceCommand,
  measure: async () => (await import('./commands/measure.js')).registerMeasureCommand,
  digest: async () => (await import('./commands/digest.js')).registerDigestCommand,
  history: async () => (await import('./commands/history.js')).registerHistoryCommand,
};

/**
 * Builds the CLI for these arguments: only the named command when the first word names one,
 * every command otherwise (`segbot --help`, no command, or a misspelt one that commander then
 * suggests a correction for).
 */
export async function buildProgram(argv: string[] = process.argv): Promise<Command> {
  const program = new Command('segbot')
    .description('Find customer segments in your own data, explain them, and propose campaigns that a committee reviews.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)');
  const word = argv.slice(2).find((a) => !a.startsWith('-'));
  const names = word !== undefined && Object.hasOwn(COMMANDS, word) ? [word as keyof typeof COMMANDS] : (Object.keys(COMMANDS) as (keyof typeof COMMANDS)[]);
  for (const register of await Promise.all(names.map((name) => COMMANDS[name]()))) register(program);
  return program;
}
