/** The benchmark's printout: per stage and in total, each side's time, their ratio, peak memory, agreement. */
import os from 'node:os';
import { spawnSync } from 'node:child_process';
import type { Agreement, compareRfm } from './agreement.js';
import type { SideResult } from './children.js';
import type { CommandResult } from './command.js';
import { PYTHON } from './children.js';
import { STAGE_ROWS } from './stages.js';

export interface DatasetRun {
  name: string;
  rows: number;
  /** The real command (bin/segbot.js analyze with its defaults). */
  command?: CommandResult;
  segbot?: SideResult;
  reference?: SideResult;
  postgres?: SideResult;
  agreement?: Agreement;
  /** Segbot on Postgres vs Segbot on the file, per customer. */
  postgresAgreement?: Awaited<ReturnType<typeof compareRfm>>;
}

const secs = (s: number | undefined) => (s === undefined ? '—' : s < 10 ? s.toFixed(2) : s.toFixed(1));
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || !b ? '—' : `${(a / b).toFixed(2)}×`);
const gb = (kb: number | undefined) => (kb === undefined ? '—' : `${(kb / 1024 ** 2).toFixed(2)} GB`);
const int = (n: number) => n.toLocaleString('en-US');
const sum = (times: SideResult['stages'] | undefined, keys: string[]) =>
  times && keys.length ? keys.reduce((a, k) => a + (times[k] ?? 0), 0) : undefined;

export function datasetTable(run: DatasetRun): string {
  const { segbot, reference, postgres } = run;
  const head = ['stage', 'Segbot (s)', 'reference (s)', 'Segbot / reference', ...(postgres ? ['Segbot on Postgres (s)'] : [])];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const row of STAGE_ROWS) {
    const s = segbot?.stages[row.key];
    const r = sum(reference?.stages, row.reference);
    lines.push(`| ${row.label} | ${secs(s)} | ${secs(r)} | ${ratio(s, r)} |${postgres ? ` ${secs(postgres.stages[row.key])} |` : ''}`);
  }
  lines.push(`| **end to end (process wall clock)** | **${secs(segbot?.wallSeconds)}** | **${secs(reference?.wallSeconds)}** | **${ratio(segbot?.wallSeconds, reference?.wallSeconds)}** |${postgres ? ` **${secs(postgres.wallSeconds)}** |` : ''}`);
  lines.push(`| peak memory (max RSS) | ${gb(segbot?.maxRssKb)} | ${gb(reference?.maxRssKb)} | ${ratio(segbot?.maxRssKb, reference?.maxRssKb)} |${postgres ? ` ${gb(postgres.maxRssKb)} (client only) |` : ''}`);
  return lines.join('\n');
}

const mark = (okay: boolean) => (okay ? 'ok' : 'DIFFERS');

function postgresText(run: DatasetRun): string {
  const p = run.postgresAgreement;
  if (!p || !run.postgres) return '';
  const same = p.unmatchedCustomers + p.recencyMismatches + p.frequencyMismatches + p.monetaryMismatches === 0;
  return `\n- Postgres source vs file: ${int(run.postgres.customers)} customers, ${p.unmatchedCustomers} unmatched ids, ${p.recencyMismatches + p.frequencyMismatches + p.monetaryMismatches} RFM differences (${mark(same)})`;
}

/** Every run's wall clock per side, when a side ran more than once. */
function runsText(run: DatasetRun): string {
  const sides = [['Segbot', run.segbot], ['reference', run.reference]] as const;
  const lines = sides
    .filter(([, r]) => (r?.allWallSeconds?.length ?? 0) > 1)
    .map(([name, r]) => `${name} ${r!.allWallSeconds!.map((w) => `${secs(w)} s`).join(', ')}`);
  return lines.length ? `\n- wall clock of every run, in order (median reported): ${lines.join('; ')}` : '';
}

export function agreementText(run: DatasetRun): string {
  const a = run.agreement;
  if (!a || !run.segbot || !run.reference) return postgresText(run) + runsText(run);
  const rfmOk = a.unmatchedCustomers + a.recencyMismatches + a.frequencyMismatches + a.monetaryMismatches === 0;
  const gaps = a.inertiaGap.map((g) => `k=${g.k} ${(100 * g.gap).toFixed(2)}%`).join(', ');
  return [
    `- customers: Segbot ${int(run.segbot.customers)}, reference ${int(run.reference.customers)} (${mark(a.customersEqual)})`,
    `- RFM per customer: ${a.unmatchedCustomers} unmatched ids, ${a.recencyMismatches} recency, ${a.frequencyMismatches} frequency, ${a.monetaryMismatches} monetary differences (${mark(rfmOk)})`,
    `- k-means inertia, Segbot vs scikit-learn (negative = Segbot lower): ${gaps} (${a.inertiaWithin1Percent ? 'all within 1%' : 'NOT all within 1%'})`,
  ].join('\n') + postgresText(run) + runsText(run);
}

export function summaryTable(runs: DatasetRun[]): string {
  const lines = [
    '| data | rows | customers | Segbot end to end | reference end to end | ratio | Segbot peak | reference peak | Segbot on Postgres |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of runs) {
    const customers = r.segbot?.customers ?? r.reference?.customers;
    lines.push(`| ${r.name} | ${int(r.rows)} | ${customers === undefined ? '—' : int(customers)} | ${secs(r.segbot?.wallSeconds)} s | ${secs(r.reference?.wallSeconds)} s | ${ratio(r.segbot?.wallSeconds, r.reference?.wallSeconds)} | ${gb(r.segbot?.maxRssKb)} | ${gb(r.reference?.maxRssKb)} | ${r.postgres ? `${secs(r.postgres.wallSeconds)} s` : '—'} |`);
  }
  return lines.join('\n');
}

export function machineLine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const py = spawnSync(PYTHON, ['-c', 'import sys, pandas, sklearn; print(sys.version.split()[0], pandas.__version__, sklearn.__version__)'], { encoding: 'utf8' });
  const [python, pandas, sklearn] = (py.stdout ?? '').trim().split(' ');
  // Other jobs on the machine slow both sides alike; the load average says how busy it was.
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' / ');
  return `${os.cpus().length} cores (${cpu.trim()}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, ${os.type()} ${os.release()}; Node ${process.versions.node}; Python ${python ?? '?'}, pandas ${pandas ?? '?'}, scikit-learn ${sklearn ?? '?'}; load average when the report was written (1 / 5 / 15 min): ${load}`;
}
