import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../../config.js';
import type { ClvReport } from '../../runs/index.js';
import { stderrProgress } from '../output.js';

const isoDate = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError(`must be a date as YYYY-MM-DD, got "${value}".`);
  return value;
};
const days = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 3650) throw new InvalidArgumentError(`must be a whole number of days from 1 to 3650, got "${value}".`);
  return n;
};
const rate = (value: string) => {
  const n = Number(value);
  if (!(n >= 0 && n < 1)) throw new InvalidArgumentError(`must be an annual rate from 0 to 1 (0.1 = 10%), got "${value}".`);
  return n;
};

interface ClvFlags {
  calibrationEnd?: string;
  horizonDays: number;
  purchaseDays: number;
  discountRate: number;
  out?: string;
  json?: boolean;
  quiet?: boolean;
  sep?: string;
  customerColumn?: string;
  dateColumn?: string;
  dateFormat?: string;
  amountColumn?: string;
  quantityColumn?: string;
  priceColumn?: string;
  invoiceColumn?: string;
}

export function registerClvCommand(program: Command): void {
  program
    .command('clv')
    .description('Fit BG/NBD (who will buy again) and Gamma-Gamma (how much) on a transaction log: parameters, goodness of fit and, with --calibration-end, a holdout check.')
    .argument('<source>', 'transaction log: CSV/TSV (optionally .gz) or Parquet, or postgres://… with --table')
    .option('--calibration-end <date>', 'fit on purchases up to this day and compare the prediction with what happened after it (YYYY-MM-DD)', isoDate)
    .option('--horizon-days <n>', 'CLV horizon in days', days, 365)
    .option('--purchase-days <n>', 'expected purchases are reported over this many days', days, 90)
    .option('--discount-rate <rate>', 'annual discount rate for CLV', rate, 0.1)
    .option('-o, --out <dir>', 'write clv.json (and clv-holdout.png with --calibration-end) here')
    .option('--sep <char>', 'field separator (default: detected)')
    .option('--customer-column <name>', 'column holding the customer id')
    .option('--date-column <name>', 'column holding the order date')
    .option('--date-format <format>', 'date format, e.g. DD/MM/YYYY')
    .option('--amount-column <name>', 'column holding the line amount')
    .option('--quantity-column <name>', 'column holding the quantity')
    .option('--price-column <name>', 'column holding the unit price')
    .option('--invoice-column <name>', 'column holding the invoice number')
    .option('--json', 'print the report as JSON (bgnbd: {r, alpha, a, b}, gamma_gamma: {p, q, v}, …)')
    .option('-q, --quiet', 'no progress on stderr')
    .addHelpText('after', `
Examples:
  segbot clv orders.csv
  segbot clv cdnow_transactions.csv --calibration-end 1997-09-30 --out out/cdnow-clv`)
    .action(async (source: string, flags: ClvFlags) => {
      const config = loadConfig();
      const { runClv } = await import('../../runs/index.js');
      const { calibrationEnd, horizonDays, purchaseDays, discountRate, out, json, quiet, sep, ...load } = flags;
      const report = await runClv({
        source,
        calibrationEnd,
        settings: { horizonDays, purchaseDays, annualDiscountRate: discountRate },
        load: { ...load, sep: sep === '\\t' ? '\t' : sep },
        memoryLimit: config.duckdbMemory,
        outDir: out,
        progress: stderrProgress(quiet || json),
      });
      process.stdout.write(json ? JSON.stringify(report) + '\n' : describeClv(report));
      if (report.status !== 'fitted') process.exitCode = 1;
    });
}

const f = (v: number, digits = 4) => v.toPrecision(digits);

export function describeClv(r: ClvReport): string {
  const out: string[] = [`Lifetime value models on ${r.source}: ${r.customers.toLocaleString('en-US')} customers, purchases up to ${r.observationEnd}`];
  if (r.status !== 'fitted' || !r.bgnbd) return `${out[0]}\nNot fitted: ${r.reason}\n`;
  const b = r.bgnbd;
  const se = b.standardErrors;
  out.push('', `BG/NBD (purchase frequency, drop-out): r = ${f(b.r)} ± ${f(se.r, 2)}, alpha = ${f(b.alpha)} ± ${f(se.alpha, 2)}, a = ${f(b.a)} ± ${f(se.a, 2)}, b = ${f(b.b)} ± ${f(se.b, 2)} (weeks; ± one standard error; log-likelihood ${b.logLikelihood.toFixed(2)})`);
  const g = r.gamma_gamma;
  if (g) {
    out.push(`Gamma-Gamma (spend per purchase day): p = ${f(g.p)}, q = ${f(g.q)}, v = ${f(g.v)} (${g.customers.toLocaleString('en-US')} repeat customers)`);
    if (g.frequencySpendCorrelation !== null) out.push(`  independence check: correlation of frequency and spend ${g.frequencySpendCorrelation.toFixed(3)} (near 0 is what the model assumes)`);
  }
  if (r.reason) out.push(`Note: ${r.reason}`);
  out.push('', 'Goodness of fit (calibration): customers by repeat purchase days', '  repeat days   actual   expected');
  for (const row of r.calibrationFit) out.push(`  ${(row.orMore ? `${row.repeatPurchases}+` : String(row.repeatPurchases)).padStart(11)}  ${String(row.actual).padStart(7)}  ${row.expected.toFixed(1).padStart(9)}`);
  if (r.holdout) {
    const h = r.holdout;
    out.push('', `Holdout ${h.start} to ${h.end} (${h.holdoutWeeks.toFixed(1)} weeks): ${h.totalActual.toLocaleString('en-US')} repeat purchase days happened, ${Math.round(h.totalPredicted).toLocaleString('en-US')} predicted (${((h.totalPredicted / h.totalActual - 1) * 100).toFixed(1)}%)`);
    out.push('  calibration days   customers   mean actual   mean predicted');
    for (const row of h.rows) out.push(`  ${(row.orMore ? `${row.calibrationPurchases}+` : String(row.calibrationPurchases)).padStart(16)}  ${String(row.customers).padStart(10)}  ${row.meanActual.toFixed(3).padStart(12)}  ${row.meanPredicted.toFixed(3).padStart(15)}`);
  }
  if (r.files.length) out.push('', ...r.files);
  return out.join('\n') + '\n';
}
