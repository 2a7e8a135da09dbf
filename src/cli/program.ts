import { Command } from 'commander';
import { registerAnalyzeCommand } from './commands/analyze.js';
import { registerReviewCommand } from './commands/review.js';
import { registerApprovalsCommand } from './commands/approvals.js';
import { registerGenerateCommand } from './commands/generate.js';
import { registerClvCommand } from './commands/clv.js';
import { registerAudienceCommand } from './commands/audience.js';
import { registerMeasureCommand } from './commands/measure.js';
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
  registerClvCommand(program);
  registerAudienceCommand(program);
  registerMeasureCommand(program);
  return program;
}
