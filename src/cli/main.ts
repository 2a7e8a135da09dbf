/** Entry point of the `segbot` command line: parse, run, turn errors into a message and an exit code. */
import { buildProgram } from './program.js';
import { exitQuietlyOnClosedPipe, reportCliError } from './output.js';

exitQuietlyOnClosedPipe();
buildProgram(process.argv)
  .then((program) => program.parseAsync(process.argv))
  .catch((error: unknown) => {
    process.exitCode = reportCliError(error, process.argv.includes('--json'));
  });
