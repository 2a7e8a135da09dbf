/** `segbot analyze` as a newcomer runs it: the real CLI in a child process. */
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'segbot-cli-'));
const env = { SEGBOT_DATA_DIR: path.join(dir, 'data') };

describe('segbot --help', () => {
  it.each([[[]], [['analyze']], [['review']], [['approvals']], [['approvals', 'list']], [['generate']]])('prints help for %j', (args) => {
    const r = runCli([...args, '--help'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: segbot/);
  });
});

describe('segbot analyze', () => {
  it('analyzes the bundled Online Retail file with --returns drop: 4,338 customers, 12346 at 77,183.60, report path on stdout', () => {
    const out = path.join(dir, 'or');
    const r = runCli(['analyze', 'examples/online_retail.csv.gz', '--returns', 'drop', '--out', out, '--no-charts', '--quiet'], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(path.join(out, 'report.html'));
    const result = JSON.parse(readFileSync(path.join(out, 'result.json'), 'utf8'));
    expect(result.totals.customers).toBe(4338);
    expect(result.dataQuality.customersKept).toBe(4338);
    expect(result.dataQuality.rawRevenue).toBeCloseTo(9_747_747.93, 2);
    expect(result.dataQuality.returnsPolicy).toBe('drop');
    const row12346 = readFileSync(path.join(out, 'assignments.csv'), 'utf8').split('\n').find((l) => l.startsWith('12346,'))!;
    expect(row12346.split(',')).toContain('77183.6');
    expect(readFileSync(path.join(out, 'report.md'), 'utf8')).toMatch(/in revenue \(gross: cancellations dropped, their purchases kept at full value\)/);
  });

  it('prints a machine-readable summary with --json', () => {
    const file = path.join(dir, 'tiny.csv');
    const rows = ['customer,order_date,order_id,qty,price'];
    for (let c = 0; c < 60; c++) for (let o = 0; o <= c % 5; o++) rows.push(`C${c},2024-0${1 + (o % 9)}-1${c % 10},${c}-${o},${1 + (c % 3)},${(2 + (c % 7)).toFixed(2)}`);
    writeFileSync(file, rows.join('\n') + '\n');
    const r = runCli(['analyze', file, '--out', path.join(dir, 'tiny'), '--json', '--no-charts', '--k', '3', '--algorithm', 'kmeans'], env);
    expect(r.code).toBe(0);
    const summary = r.lines[0] as { ok: boolean; customers: number; segments: unknown[] };
    expect(summary.ok).toBe(true);
    expect(summary.customers).toBe(60);
    expect(summary.segments).toHaveLength(3);
  });

  it('refuses a bad --currency or --labels before any work, saying what it takes', () => {
    const out = path.join(dir, 'refused-flags');
    const currency = runCli(['analyze', 'examples/online_retail.csv.gz', '--currency', 'pounds', '--out', out], env);
    expect(currency.code).not.toBe(0);
    expect(currency.stderr).toMatch(/--currency must be a three-letter ISO code/);
    const labels = runCli(['analyze', 'examples/online_retail.csv.gz', '--labels', path.join(dir, 'no-such-dictionary.csv'), '--out', out], env);
    expect(labels.code).not.toBe(0);
    expect(labels.stderr).toMatch(/--labels no-such-dictionary\.csv: cannot be read/);
    expect(existsSync(out)).toBe(false);
  });

  it('fails with a clear message and exit code 1 on a missing file', () => {
    const r = runCli(['analyze', path.join(dir, 'nope.csv'), '--out', path.join(dir, 'x')], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nope\.csv/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace for a user's mistake
  });

  it('reports errors as JSON with --json', () => {
    const empty = path.join(dir, 'empty.csv');
    writeFileSync(empty, '');
    const r = runCli(['analyze', empty, '--json'], env);
    expect(r.code).toBe(1);
    const line = r.lines[0] as { ok: boolean; error: { kind: string; code: string; message: string } };
    expect(line.ok).toBe(false);
    expect(line.error.kind).toBe('data');
    expect(line.error.message).toMatch(/empty/i);
  });

  it('rejects bad flag values before reading anything', () => {
    const r = runCli(['analyze', 'examples/online_retail.csv.gz', '--k', '1'], env);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/--k must be a whole number from 2 to 50/);
    const asOf = runCli(['analyze', 'examples/online_retail.csv.gz', '--as-of', '12/09/2011'], env);
    expect(asOf.stderr).toMatch(/YYYY-MM-DD/);
  });

  it('refuses an --out folder that Segbot did not write, and leaves it as it was', () => {
    const parent = path.join(dir, 'foreign-parent');
    const out = path.join(parent, 'thesis');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'chapter1.md'), 'precious');
    const r = runCli(['analyze', 'examples/online_retail.csv.gz', '--out', out, '--no-charts', '--quiet'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`segbot: ${out} holds files that Segbot did not write (no result.json); it will not replace them. Pass an empty or new --out folder.`);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(r.stdout).toBe('');
    expect(readdirSync(parent)).toEqual(['thesis']);
    expect(readdirSync(out)).toEqual(['chapter1.md']);
    expect(readFileSync(path.join(out, 'chapter1.md'), 'utf8')).toBe('precious');
  });

  it('refuses an --out that is a file, as JSON with --json', () => {
    const file = path.join(dir, 'notes.txt');
    writeFileSync(file, 'precious');
    const r = runCli(['analyze', 'examples/online_retail.csv.gz', '--out', file, '--json'], env);
    expect(r.code).toBe(1);
    expect(r.lines[0]).toEqual({ ok: false, error: { kind: 'data', code: 'OUTPUT_NOT_SEGBOT', message: `${file} is a file, not a folder. Pass another --out.` } });
    expect(readFileSync(file, 'utf8')).toBe('precious');
  });

  it('leaves no --out folder, and no staging folder, when the run fails', () => {
    const parent = path.join(dir, 'failed-parent');
    mkdirSync(parent);
    const empty = path.join(dir, 'empty-input.csv');
    writeFileSync(empty, '');
    const out = path.join(parent, 'run');
    const r = runCli(['analyze', empty, '--out', out, '--quiet'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty-input\.csv: the file is empty/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
  });
});
