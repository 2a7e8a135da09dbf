import { Command } from 'commander';
import { registerAnalyzeCommand } from './commands/analyze.js';
import { registerReviewCommand } from './commands/review.js';
import { registerApprovalsCommand } from './commands/approvals.js';
import { registerGenerateCommand } from './commands/generate.js';
import { registerDigestCommand } from './commands/digest.js';
import { registerHistoryCommand } from './commands/history.js';
import { VERSION } from '../version.js';

/** Builds the CLI; one file per command in ./commands. */
export function buildProgram(): Command {
  const program = new Command('segbot')
    .description('Find customer segments in your own data, explain them, and propose campaigns that a committee reviews.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)');
  registerAnalyzeCommand(program);
  registerReviewCommand(program);
  registerApprovalsCommand(program);
  registerGenerateCommand(program);
  registerDigestCommand(program);
  registerHistoryCommand(program);
  return program;
}
