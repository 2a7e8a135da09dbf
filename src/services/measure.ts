/**
 * Measuring a campaign: its exported audience (the audit log's last export, or the exported file),
 * sales per customer in the window and in the prior windows of the same length from a transaction
 * log cleaned as a run cleans it, and the statistics of src/measure.
 */
import { readFile } from 'node:fs/promises';
import { loadCustomers } from '../data/index.js';
import { DataError } from '../errors.js';
import { compareWithPrior, measureLift, priorWindows, salesByGroup, splitAudience, type AudienceRow, type LiftResult, type PriorComparison } from '../measure/index.js';
import type { QuestionMeasurement } from '../questions/index.js';
import type { ApprovalService } from '../review/index.js';
import type { MeasurementRecord, Store } from '../store/index.js';
import { lastExport, segmentCustomers } from './audience.js';

export interface MeasureRequest {
  campaignId: string;
  data: string;
  from: string;
  to: string;
  /** The exported audience file (customer_id,group); default: rebuilt from the campaign's last audited export. */
  audienceFile?: string;
  /** Prior windows of the same length to compare with; default 3. */
  prior?: number;
  seed?: number;
  resamples?: number;
  permutations?: number;
  statusQuo?: number;
}

export interface CampaignMeasurement extends LiftResult {
  campaign_id: string;
  from: string;
  to: string;
  /** The window's treatment mean against the same audience's mean in prior windows of the same length. */
  prior: PriorComparison;
  /** Set when the data ends before the window does: the window is not complete. */
  warning: string | null;
}

/** Reads an exported audience file back. */
export function parseAudienceCsv(text: string, source: string): AudienceRow[] {
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  if (lines.shift() !== 'customer_id,group') throw new DataError('BAD_AUDIENCE', `${source}: not an exported audience (expected the header customer_id,group). Use the file \`segbot audience export\` wrote.`);
  return lines.map((line, i) => {
    const m = /^(?:"((?:[^"]|"")*)"|([^,]*)),(treatment|holdout)$/.exec(line);
    if (!m) throw new DataError('BAD_AUDIENCE', `${source}: line ${i + 2} is not customer_id,treatment|holdout. Use the file \`segbot audience export\` wrote.`);
    return { customerId: m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2], group: m[3] as AudienceRow['group'] };
  });
}

async function audienceOf(approvals: Pick<ApprovalService, 'history'>, req: MeasureRequest): Promise<AudienceRow[]> {
  if (req.audienceFile) {
    const text = await readFile(req.audienceFile, 'utf8').catch(() => {
      throw new DataError('BAD_AUDIENCE', `cannot read ${req.audienceFile}; pass --audience with the file \`segbot audience export\` wrote.`);
    });
    return parseAudienceCsv(text, req.audienceFile);
  }
  const last = await lastExport(approvals, req.campaignId);
  if (!last) throw new DataError('NOT_EXPORTED', `campaign ${req.campaignId} has never been exported, so it has no holdout to measure against. Export it first: \`segbot audience export ${req.campaignId} --out audience.csv\`.`);
  return splitAudience(req.campaignId, await segmentCustomers(last.runDir, last.segmentKey), last.holdoutFraction);
}

export async function measureCampaign(approvals: Pick<ApprovalService, 'history'>, req: MeasureRequest): Promise<CampaignMeasurement> {
  const window = { from: req.from, to: req.to };
  const prior = priorWindows(window, req.prior ?? 3);
  const audience = await audienceOf(approvals, req);
  const loaded = await loadCustomers({ path: req.data });
  try {
    if (!loaded.session.salesInWindows) throw new DataError('NOT_A_TRANSACTION_LOG', `${req.data}: is a customer table, not a transaction log; measuring a campaign needs dated sales lines.`);
    const [inWindow, ...before] = await loaded.session.salesInWindows([window, ...prior]);
    const groups = salesByGroup(audience, inWindow);
    const lift = measureLift(groups.treatment, groups.holdout, { seed: req.seed ?? 42, resamples: req.resamples, permutations: req.permutations, statusQuo: req.statusQuo });
    const periods = prior.map((w, i) => {
      const g = salesByGroup(audience, before[i]);
      const total = g.treatment.reduce((s, x) => s + x, 0) + g.holdout.reduce((s, x) => s + x, 0);
      return { ...w, meanPerCustomer: total / audience.length };
    });
    const lastDate = loaded.input.lastDate ?? null;
    const warning = lastDate && lastDate.slice(0, 10) < minusOneDay(req.to) ? `the data ends on ${lastDate.slice(0, 10)}, before the window does (${req.to}): the window is incomplete` : null;
    return { campaign_id: req.campaignId, from: req.from, to: req.to, ...lift, prior: compareWithPrior(lift.treatment_mean, periods), warning };
  } finally {
    await loaded.session.close();
  }
}

function minusOneDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** Stores a measurement (the latest one answers "how did the campaign do?" and feeds the digest). */
export async function recordMeasurement(store: Pick<Store, 'saveMeasurement'>, m: CampaignMeasurement, actor: string, dataSource: string): Promise<MeasurementRecord> {
  return store.saveMeasurement({
    campaignId: m.campaign_id,
    windowFrom: m.from,
    windowTo: m.to,
    dataSource,
    treatmentCustomers: m.treatment_customers,
    holdoutCustomers: m.holdout_customers,
    lift: m.lift,
    ciLow: m.ci_low,
    ciHigh: m.ci_high,
    pValue: m.p_value,
    statusQuo: m.status_quo,
    verdict: m.verdict,
    verdictText: m.verdict_text,
    detail: { ...m },
    actor,
  });
}

/** Each campaign's latest export and measurement, as question answering reads them. */
export async function questionMeasurements(store: Pick<Store, 'listExports' | 'listMeasurements'>, campaignIds: readonly string[]): Promise<QuestionMeasurement[]> {
  return Promise.all(
    campaignIds.map(async (campaignId) => {
      const [[e], [m]] = await Promise.all([store.listExports(campaignId, 1), store.listMeasurements(campaignId, 1)]);
      return {
        campaignId,
        exported: e ? { at: e.at, customers: e.customers, holdout: e.holdout, windowFrom: e.windowFrom, windowTo: e.windowTo } : null,
        latest: m
          ? {
              at: m.at, windowFrom: m.windowFrom, windowTo: m.windowTo, treatmentCustomers: m.treatmentCustomers, holdoutCustomers: m.holdoutCustomers,
              lift: m.lift, ciLow: m.ciLow, ciHigh: m.ciHigh, level: typeof m.detail.level === 'number' ? m.detail.level : 0.95, pValue: m.pValue,
              statusQuo: m.statusQuo, verdict: m.verdict, verdictText: m.verdictText,
            }
          : null,
      };
    }),
  );
}
