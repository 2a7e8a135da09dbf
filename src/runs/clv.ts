/**
 * `segbot clv`: the lifetime-value models on a transaction log, with their parameters, goodness of
 * fit and, given a calibration end, the classic calibration/holdout check (fitted on the data up to
 * that day, compared with the repeat purchases that followed).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DAYS_PER_WEEK, holdoutCheck, type HoldoutCheck } from '../analysis/clv/index.js';
import { HOLDOUT_CHART_SIZE, holdoutChartSpec, renderChart } from '../charts/index.js';
import { checkSummaryRequest } from '../data/index.js';
import { DataError } from '../errors.js';
import { silentProgress, type Progress } from '../progress.js';
import { roundSig, type LifetimeSummary } from '../result/index.js';
import { loadSource, type AnalyzeRequest } from './analyze.js';
import { DEFAULT_LIFETIME_SETTINGS, fitLifetimeOn, toModelSummary, type LifetimeSettings } from './lifetime-value.js';

export interface ClvRequest extends Pick<AnalyzeRequest, 'source' | 'table' | 'query' | 'load' | 'memoryLimit'> {
  /** Fit on purchases up to this day (inclusive) and check the prediction on the days after it. */
  calibrationEnd?: string;
  settings?: Partial<LifetimeSettings>;
  /** Writes clv.json and, with a holdout, clv-holdout.png here. */
  outDir?: string;
  progress?: Progress;
}

export interface ClvReport {
  source: string;
  customers: number;
  /** The last day of purchases the models were fitted on. */
  observationEnd: string;
  status: LifetimeSummary['status'];
  reason: string | null;
  bgnbd: { r: number; alpha: number; a: number; b: number; logLikelihood: number; standardErrors: { r: number; alpha: number; a: number; b: number } } | null;
  gamma_gamma: { p: number; q: number; v: number; logLikelihood: number; customers: number; frequencySpendCorrelation: number | null; standardErrors: { p: number; q: number; v: number } | null } | null;
  calibrationFit: LifetimeSummary['calibrationFit'];
  holdout: (Omit<HoldoutCheck, 'rows'> & { start: string; end: string; rows: (HoldoutCheck['rows'][number] & { meanActual: number; meanPredicted: number })[] }) | null;
  settings: LifetimeSettings;
  files: string[];
}

const roundAll = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, roundSig(v as number, 4)])) as T;
const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

export async function runClv(req: ClvRequest): Promise<ClvReport> {
  const progress = req.progress ?? silentProgress;
  const settings = { ...DEFAULT_LIFETIME_SETTINGS, ...req.settings };
  if (req.calibrationEnd) checkSummaryRequest({ calibrationEnd: req.calibrationEnd });
  const loaded = await loadSource(req, progress);
  try {
    if (loaded.input.shape !== 'tx' || !loaded.input.asOf) {
      throw new DataError('NOT_A_TRANSACTION_LOG', `${loaded.input.source}: lifetime value needs a transaction log (one row per purchase with a customer, a date and an amount); this file has one row per customer.`);
    }
    const lastDay = dayBefore(loaded.input.asOf);
    const calibrationEnd = req.calibrationEnd ?? lastDay;
    if (req.calibrationEnd && calibrationEnd >= lastDay) {
      throw new DataError('BAD_DATE_OPTION', `--calibration-end ${calibrationEnd} leaves no holdout: the data's last purchase is on ${lastDay}. Pick an earlier day.`);
    }
    progress.start('fitting BG/NBD and Gamma-Gamma');
    const rows = await loaded.session.purchaseSummary({ calibrationEnd, ...(req.calibrationEnd ? { holdoutEnd: lastDay } : {}) });
    if (!rows || rows.customerIds.length === 0) throw new DataError('NO_CUSTOMERS', `${loaded.input.source}: no customer bought on or before ${calibrationEnd}.`);
    const fit = fitLifetimeOn(rows, calibrationEnd, settings);
    progress.end('fitting BG/NBD and Gamma-Gamma', fit.summary.status === 'fitted' ? `${rows.customerIds.length.toLocaleString('en-US')} customers` : `skipped: ${fit.summary.reason}`);
    const s = fit.summary;
    let holdout: ClvReport['holdout'] = null;
    if (req.calibrationEnd && fit.fitted) {
      const weeks = daysBetween(calibrationEnd, lastDay) / DAYS_PER_WEEK;
      const check = holdoutCheck(toModelSummary(rows), rows.holdoutPurchases, weeks, fit.fitted.bg.params);
      holdout = {
        start: new Date(Date.parse(`${calibrationEnd}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10),
        end: lastDay,
        holdoutWeeks: roundSig(weeks, 6),
        totalActual: check.totalActual,
        totalPredicted: roundSig(check.totalPredicted, 6),
        rows: check.rows.map((r) => ({ ...r, predicted: roundSig(r.predicted, 6), meanActual: roundSig(r.actual / r.customers, 6), meanPredicted: roundSig(r.predicted / r.customers, 6) })),
      };
    }
    const report: ClvReport = {
      source: loaded.input.source,
      customers: rows.customerIds.length,
      observationEnd: calibrationEnd,
      status: s.status,
      reason: s.reason,
      bgnbd: s.bgnbd && fit.fitted ? { r: s.bgnbd.r, alpha: s.bgnbd.alpha, a: s.bgnbd.a, b: s.bgnbd.b, logLikelihood: s.bgnbd.logLikelihood, standardErrors: roundAll(fit.fitted.bg.standardErrors) } : null,
      gamma_gamma: s.gammaGamma ? { ...s.gammaGamma, standardErrors: fit.fitted?.gg ? roundAll(fit.fitted.gg.standardErrors) : null } : null,
      calibrationFit: s.calibrationFit,
      holdout,
      settings,
      files: [],
    };
    if (req.outDir) await writeClvFiles(req.outDir, report);
    return report;
  } finally {
    await loaded.session.close();
  }
}

async function writeClvFiles(outDir: string, report: ClvReport): Promise<void> {
  await mkdir(outDir, { recursive: true });
  if (report.holdout) {
    const h = report.holdout;
    const spec = holdoutChartSpec(
      h.rows.map((r) => ({ label: r.orMore ? `${r.calibrationPurchases}+` : String(r.calibrationPurchases), actual: r.meanActual, predicted: r.meanPredicted })),
      h.holdoutWeeks,
      { actual: h.totalActual, predicted: h.totalPredicted },
    );
    const png = renderChart(spec, HOLDOUT_CHART_SIZE);
    await writeFile(path.join(outDir, 'clv-holdout.png'), png);
    report.files.push(path.join(outDir, 'clv-holdout.png'));
  }
  report.files.push(path.join(outDir, 'clv.json'));
  await writeFile(path.join(outDir, 'clv.json'), JSON.stringify(report, null, 2) + '\n');
}
