import { Command, InvalidArgumentError } from 'commander';
import { generateTransactions, ARCHETYPES, DIRT_RATES } from '../../data/generator.js';
import { stderrProgress } from '../output.js';

const int = (name: string, min: number, max = Number.MAX_SAFE_INTEGER) => (value: string) => {
  // Accept 100k / 1m, as people write sizes.
  const scaled = /^(\d+(?:\.\d+)?)([km])$/i.exec(value.trim());
  const n = scaled ? Number(scaled[1]) * (scaled[2].toLowerCase() === 'k' ? 1e3 : 1e6) : Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}, got "${value}".`);
  return n;
};

interface GenerateFlags {
  customers: number;
  seed: number;
  out: string;
  plantedSegments: number;
  dayFirst?: boolean;
  oddNames?: boolean;
  dirt?: boolean;
  truth: string | boolean;
  json?: boolean;
  quiet?: boolean;
}

const dirtHelp = Object.entries(DIRT_RATES).map(([k, r]) => `${k} ${(r * 100).toFixed(1)}%`).join(', ');

export function registerGenerateCommand(program: Command): void {
  program
    .command('generate')
    .description('Write a realistic, seeded transaction log with planted segments (for tests, demos and benchmarks).')
    .requiredOption('--customers <n>', 'number of customers (100k and 1m accepted)', int('--customers', 1, 9_000_000))
    .option('--seed <n>', 'seed; the same seed writes the same bytes', int('--seed', 0), 42)
    .requiredOption('--out <file>', 'output file: .csv, .csv.gz or .parquet')
    .option('--planted-segments <k>', `segments to plant, 1..${ARCHETYPES.length}: ${ARCHETYPES.map((a) => a.name).join(', ')}`, int('--planted-segments', 1, ARCHETYPES.length), 5)
    .option('--day-first', 'dates as DD/MM/YYYY HH:mm instead of YYYY-MM-DD HH:MM:SS')
    .option('--odd-names', 'unusual column names (order_ref, client_no, ordered_at...) and zero-padded customer ids')
    .option('--dirt', `add dirty rows in known counts, each a damaged copy of a clean line (${dirtHelp} of lines)`)
    .option('--truth <file>', 'where to write customer_id,segment,invoices (default: <out>.truth.csv)')
    .option('--no-truth', 'do not write the truth file')
    .option('--json', 'print the summary as JSON on stdout')
    .option('-q, --quiet', 'no progress on stderr')
    .addHelpText('after', '\nExample:\n  segbot generate --customers 100k --seed 7 --out orders.parquet --dirt\n')
    .action(async (flags: GenerateFlags) => {
      const summary = await generateTransactions({
        customers: flags.customers,
        seed: flags.seed,
        out: flags.out,
        plantedSegments: flags.plantedSegments,
        dayFirst: flags.dayFirst,
        oddNames: flags.oddNames,
        dirt: flags.dirt,
        truthPath: flags.truth === false ? null : typeof flags.truth === 'string' ? flags.truth : undefined,
        progress: stderrProgress(flags.quiet || flags.json),
      });
      if (flags.json) {
        process.stdout.write(JSON.stringify({ ok: true, ...summary }) + '\n');
        return;
      }
      const planted = summary.segments.map((s) => `${s.name} ${s.customers.toLocaleString('en-US')}`).join(', ');
      const dirty = summary.rows - summary.cleanRows;
      process.stdout.write(
        `${flags.out}: ${summary.rows.toLocaleString('en-US')} rows, ${summary.customers.toLocaleString('en-US')} customers, ${summary.invoices.toLocaleString('en-US')} invoices\n` +
          `  planted segments: ${planted}\n` +
          (dirty > 0 ? `  dirty rows: ${Object.entries(summary.dirt).map(([k, n]) => `${k} ${n.toLocaleString('en-US')}`).join(', ')}\n` : '') +
          (summary.truthPath ? `  truth: ${summary.truthPath}\n` : ''),
      );
    });
}
