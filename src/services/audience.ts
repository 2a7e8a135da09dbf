/**
 * A campaign's audience, after approval only: the customers of the segment the approved version was
 * written for, in the run that proposed it, split into treatment and holdout by the campaign's hash
 * (src/measure), written as `customer_id,group`, and audited. The approval service decides whether
 * the export may happen; this file only finds the customers and writes them.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DataError } from '../errors.js';
import { DEFAULT_HOLDOUT, DEFAULT_WINDOW_WEEKS, plannedTestWeeks, splitAudience, type AudienceRow } from '../measure/index.js';
import { parseAssignmentsCsv, parseResult, sha256, type SegmentProfile } from '../result/index.js';
import { reviewedText, type ApprovalService, type CampaignVersion } from '../review/index.js';
import type { ArtifactStore, ExportRecord, Store } from '../store/index.js';
import { describeTarget, parseAudienceTarget, writePostgresAudience, type AudienceTarget } from './audience-target.js';

export interface AudienceDeps {
  approvals: ApprovalService;
  store: Pick<Store, 'listRuns' | 'recordExport'>;
  /** The bot's runs, searched first for the run that proposed a campaign. */
  artifacts?: Pick<ArtifactStore, 'list' | 'localPath'>;
}

export interface AudienceSource {
  /** The run folder (result.json + assignments.csv) the campaign's segment comes from. */
  runDir: string;
  segmentKey: string;
}

export interface Audience extends AudienceSource {
  version: CampaignVersion;
  holdoutFraction: number;
  /** The test length the campaign's card planned, in weeks; null when the segment's purchase rate gives none. */
  testWeeks: number | null;
  rows: AudienceRow[];
}

/**
 * Where a recorded run's files are now: the CLI records the hidden staging folder it writes into
 * (`.out.segbot-partial-<tag>`) before swapping it in as `out`; the bot's runs sit in the artifact store.
 */
function publishedDir(recorded: string): string[] {
  const m = /^\.(.+)\.segbot-partial-[\w-]+$/.exec(path.basename(recorded));
  return m ? [path.join(path.dirname(recorded), m[1]), recorded] : [recorded];
}

/** The run that proposed a campaign: the one named, or the newest run (bot artifacts, then stored CLI runs) whose reviews.json lists it. */
export async function runOfCampaign(deps: Omit<AudienceDeps, 'store'> & { store: Pick<Store, 'listRuns'> }, campaignId: string, runDir?: string): Promise<string> {
  if (runDir) return runDir;
  const candidates: string[] = [];
  if (deps.artifacts) {
    for (const id of (await deps.artifacts.list()).reverse()) {
      const file = deps.artifacts.localPath(id, 'reviews.json');
      if (file) candidates.push(path.dirname(file));
    }
  }
  const runs = [...(await deps.store.listRuns(1000))].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  candidates.push(...runs.flatMap((r) => publishedDir(r.path)));
  for (const dir of candidates) {
    if ((await reviewedIds(dir)).includes(campaignId)) return dir;
  }
  throw new DataError('RUN_NOT_FOUND', `no stored run proposed campaign ${campaignId}; pass --run <folder> with the run folder (result.json and assignments.csv) it was proposed from.`);
}

async function reviewedIds(runDir: string): Promise<string[]> {
  try {
    const reviews = JSON.parse(await readFile(path.join(runDir, 'reviews.json'), 'utf8')) as unknown;
    return Array.isArray(reviews) ? reviews.map((r) => String((r as { campaignId?: unknown }).campaignId)) : [];
  } catch {
    return []; // a run without a narrative, or moved away: not the one
  }
}

/** The customer ids of one segment of a run, checked against the size the approved text was written for. */
export async function segmentCustomers(runDir: string, segmentKey: string, expectedSize?: number): Promise<string[]> {
  return (await segmentOfRun(runDir, segmentKey, expectedSize)).ids;
}

async function segmentOfRun(runDir: string, segmentKey: string, expectedSize?: number): Promise<{ ids: string[]; profile: SegmentProfile }> {
  const read = async (name: string) => {
    try {
      return await readFile(path.join(runDir, name), 'utf8');
    } catch {
      throw new DataError('RUN_UNREADABLE', `${path.join(runDir, name)} cannot be read; pass --run with the folder of the run that proposed the campaign.`);
    }
  };
  const result = parseResult(await read('result.json'));
  const profile = result.segments.find((s) => s.key === segmentKey);
  if (!profile) throw new DataError('SEGMENT_NOT_FOUND', `the run in ${runDir} has no segment ${segmentKey}; pass --run with the run that proposed the campaign.`);
  const a = parseAssignmentsCsv(await read('assignments.csv'));
  const ids = a.customerIds.filter((_, i) => a.segment[i] === profile.id);
  if (expectedSize !== undefined && ids.length !== expectedSize) {
    throw new DataError('AUDIENCE_MISMATCH', `segment ${segmentKey} of the run in ${runDir} has ${ids.length} customers, but the approved campaign was written for ${expectedSize}; pass --run with the run that proposed it.`);
  }
  return { ids, profile };
}

/** The approved audience of a campaign, split; refused for any version that is not approved, and for anyone but the committee and the requester. */
export async function campaignAudience(deps: AudienceDeps, campaignId: string, actor: string, options: { runDir?: string; holdout?: number } = {}): Promise<Audience> {
  const version = await deps.approvals.exportable(campaignId, actor);
  const stats = reviewedText(version).segment_stats as { segment?: unknown; size?: number; holdout_share?: unknown } | undefined;
  if (typeof stats?.segment !== 'string') throw new DataError('NO_SEGMENT', `campaign ${campaignId} names no segment (it was submitted without segment statistics), so it has no audience to export.`);
  const runDir = await runOfCampaign(deps, campaignId, options.runDir);
  const { ids, profile } = await segmentOfRun(runDir, stats.segment, stats.size);
  // The share the campaign's own A/B design planned (what its card promised), unless --holdout says otherwise.
  const planned = typeof stats.holdout_share === 'number' && stats.holdout_share > 0 && stats.holdout_share < 1 ? stats.holdout_share : undefined;
  const holdoutFraction = options.holdout ?? planned ?? DEFAULT_HOLDOUT;
  return { version, runDir, segmentKey: stats.segment, holdoutFraction, testWeeks: plannedTestWeeks(profile), rows: splitAudience(campaignId, ids, holdoutFraction) };
}

const csvField = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function audienceCsv(rows: readonly AudienceRow[]): string {
  return ['customer_id,group', ...rows.map((r) => `${csvField(r.customerId)},${r.group}`)].join('\n') + '\n';
}

export interface ExportSummary {
  campaignId: string;
  version: number;
  versionHash: string;
  /** The file's absolute path, or `<schema>.<table>`. */
  out: string;
  targetKind: ExportRecord['targetKind'];
  customers: number;
  treatment: number;
  holdout: number;
  holdoutFraction: number;
  runDir: string;
  segmentKey: string;
  /** sha256 of the rows as the `customer_id,group` CSV (the file itself for a CSV target): what the audit entry names. */
  fileHash: string;
  /** The planned measurement window [from, to), YYYY-MM-DD. */
  windowFrom: string;
  windowTo: string;
}

export interface ExportOptions {
  runDir?: string;
  holdout?: number;
  /** The planned measurement window, [from, to) as YYYY-MM-DD; default: from today, for the test length the campaign's card planned (4 weeks when its segment's purchase rate gives none). */
  window?: { from?: string; to?: string; weeks?: number };
  /** For a `postgres:` target when DATABASE_URL is not the database to write to. */
  databaseUrl?: string;
  /** What the exports table records for a file that is sent on (the bot's DM) instead of kept. */
  recordAs?: { kind: 'slack'; target: string };
  /** Today, YYYY-MM-DD (tests fix it). */
  today?: string;
}

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The planned window: a start (default today) and an end (default start + weeks), both checked. */
export function plannedWindow(w: ExportOptions['window'] = {}, today = new Date().toISOString().slice(0, 10), defaultWeeks = DEFAULT_WINDOW_WEEKS): { from: string; to: string } {
  const from = w.from ?? today;
  const day = (value: string, flag: string) => {
    const t = ISO_DAY.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
    if (!Number.isFinite(t)) throw new DataError('BAD_WINDOW', `${flag} "${value}" is not a date; give it as YYYY-MM-DD.`);
    return t;
  };
  const start = day(from, '--from');
  const weeks = w.weeks ?? defaultWeeks;
  if (!(Number.isInteger(weeks) && weeks >= 1 && weeks <= 104)) throw new DataError('BAD_WINDOW', `--weeks ${weeks} must be a whole number of weeks from 1 to 104.`);
  const to = w.to ?? new Date(start + weeks * 7 * DAY_MS).toISOString().slice(0, 10);
  if (day(to, '--to') <= start) throw new DataError('BAD_WINDOW', `--to ${to} must be after --from ${from}.`);
  return { from, to };
}

/**
 * Writes the audience to `out` (a file, or `postgres:<schema>.<table>`), audits it and records it in
 * the exports table. It appears whole or not at all: a file is written beside its target, audited,
 * then renamed into place; a table is written and audited inside one transaction.
 */
export async function exportAudience(deps: AudienceDeps, campaignId: string, actor: string, out: string, options: ExportOptions = {}): Promise<ExportSummary> {
  const target: AudienceTarget = parseAudienceTarget(out, options.databaseUrl);
  plannedWindow(options.window, options.today); // a bad --from/--to/--weeks is refused before anything is read
  const audience = await campaignAudience(deps, campaignId, actor, options);
  // By default the window is the test length the campaign's card planned (the same weeks its before-launch figure is for).
  const window = plannedWindow(options.window, options.today, audience.testWeeks ?? DEFAULT_WINDOW_WEEKS);
  const csv = audienceCsv(audience.rows);
  const holdout = audience.rows.filter((r) => r.group === 'holdout').length;
  const summary: ExportSummary = {
    campaignId,
    version: audience.version.version,
    versionHash: audience.version.hash,
    out: target.kind === 'csv' ? path.resolve(target.path) : describeTarget(target),
    targetKind: options.recordAs?.kind ?? target.kind,
    customers: audience.rows.length,
    treatment: audience.rows.length - holdout,
    holdout,
    holdoutFraction: audience.holdoutFraction,
    runDir: path.resolve(audience.runDir),
    segmentKey: audience.segmentKey,
    fileHash: sha256(csv),
    windowFrom: window.from,
    windowTo: window.to,
  };
  // The audit entry (hash-chained, authoritative) and the exports table's row, in one store transaction, before the audience appears.
  const row = {
    campaignId, version: summary.version, versionHash: summary.versionHash, targetKind: summary.targetKind, target: options.recordAs?.target ?? summary.out,
    customers: summary.customers, treatment: summary.treatment, holdout: summary.holdout, holdoutShare: summary.holdoutFraction, segmentKey: summary.segmentKey,
    runDir: summary.runDir, contentHash: summary.fileHash, windowFrom: window.from, windowTo: window.to, actor,
  };
  const record = async () => {
    const { version: _v, versionHash: _h, campaignId: _c, ...detail } = summary;
    await deps.approvals.recordExport(audience.version, actor, { ...detail, ...(options.recordAs ? { out: options.recordAs.target } : {}) }, async (t) => (await deps.store.recordExport(t, row)) !== null);
  };
  if (target.kind === 'postgres') {
    await writePostgresAudience(target, campaignId, audience.rows, record);
    return summary;
  }
  const tmp = `${target.path}.${process.pid}.partial`;
  try {
    await writeFile(tmp, csv, { flag: 'wx' });
    await record();
    await rename(tmp, target.path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  return summary;
}

/** The last audited export of a campaign (its run, segment and holdout share), for measuring it; null if never exported. */
export async function lastExport(approvals: Pick<ApprovalService, 'history'>, campaignId: string): Promise<{ runDir: string; segmentKey: string; holdoutFraction: number; actor: string; at: string } | null> {
  const entry = (await approvals.history(campaignId)).filter((e) => e.action === 'exported').at(-1);
  const d = entry?.detail as { runDir?: string; segmentKey?: string; holdoutFraction?: number } | null | undefined;
  if (!entry || !d?.runDir || !d.segmentKey || typeof d.holdoutFraction !== 'number') return null;
  return { runDir: d.runDir, segmentKey: d.segmentKey, holdoutFraction: d.holdoutFraction, actor: entry.actor, at: entry.at };
}
