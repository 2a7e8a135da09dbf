/** The full run: the engine's files, then charts, narrative + review, and the report. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderReport, type ReportChart, type Section } from '../report/index.js';
import { renderAllCharts } from '../charts/index.js';
import { silentProgress, type Progress } from '../progress.js';
import { loadConfig, type Config } from '../config.js';
import { serializeNarrative } from '../narrative/index.js';
import { openStore, type Store } from '../store/index.js';
import { runEngine, type AnalyzeRequest, type EngineRun } from './analyze.js';
import { narrateAndReview, type ReviewedNarrative } from './narrate.js';

export interface AnalysisRequest extends AnalyzeRequest {
  narrate?: boolean;
  /** Default true. */
  charts?: boolean;
  config?: Config;
  /** Who asked for the run (the Slack user id; unset from the CLI: the OS user mapped through the approval policy). */
  requestedBy?: string;
  command?: string;
}

export interface AnalysisRun {
  outDir: string;
  resultPath: string;
  assignmentsPath: string;
  reportMdPath: string;
  reportHtmlPath: string;
  chartPaths: string[];
  narrativePath: string | null;
  reviewsPath: string | null;
  engine: EngineRun;
  narrative: ReviewedNarrative | null;
  summary: Record<string, unknown>;
}

async function writeCharts(run: EngineRun, seed: number, progress: Progress): Promise<{ charts: ReportChart[]; paths: string[] }> {
  progress.start('rendering charts');
  const images = renderAllCharts(run.result, run.assignments, { seed });
  const dir = path.join(run.outDir, 'charts');
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const image of images) {
    const file = path.join(dir, image.fileName);
    await writeFile(file, image.png);
    paths.push(file);
  }
  progress.end('rendering charts', `${images.length} charts in ${dir}`);
  // The PNGs carry their captions (a chart posted to Slack travels alone), so the report does not repeat them.
  return { charts: images.map((image) => ({ ...image, caption: '' })), paths };
}

/** Remembers the run in the store, so that the weekly digest can find the previous one for segment migration. */
async function recordRun(run: EngineRun, store: Store): Promise<void> {
  const r = run.result;
  await store.saveRun({ id: r.contentHash.slice(0, 16), contentHash: r.contentHash, path: run.outDir, asOf: r.input.asOf ?? null, createdAt: new Date().toISOString() });
}

export async function runAnalysis(req: AnalysisRequest): Promise<AnalysisRun> {
  const progress = req.progress ?? silentProgress;
  const config = req.config ?? loadConfig();
  const run = await runEngine(req);
  // One store per run: the approval records and the run record share it.
  const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, databaseOwnerUrl: config.databaseOwnerUrl });
  try {
    return await publish(req, config, run, store, progress);
  } finally {
    await store.close();
  }
}

async function publish(req: AnalysisRequest, config: Config, run: EngineRun, store: Store, progress: Progress): Promise<AnalysisRun> {
  const seed = run.result.options.seed as number;
  const { charts, paths: chartPaths } = req.charts === false ? { charts: [], paths: [] } : await writeCharts(run, seed, progress);

  let narrative: ReviewedNarrative | null = null;
  let narrativeSections: Section[] = [];
  let narrativePath: string | null = null;
  let reviewsPath: string | null = null;
  if (req.narrate) {
    narrative = await narrateAndReview(run.result, config, store, req.requestedBy, progress);
    narrativeSections = narrative.sections;
    narrativePath = path.join(run.outDir, 'narrative.json');
    reviewsPath = path.join(run.outDir, 'reviews.json');
    await writeFile(narrativePath, serializeNarrative(narrative.narrative));
    await writeFile(reviewsPath, JSON.stringify(narrative.reviews, null, 2) + '\n');
  }

  progress.start('writing report');
  const { markdown, html } = renderReport({ result: run.result, charts, narrativeSections, command: req.command });
  const reportMdPath = path.join(run.outDir, 'report.md');
  const reportHtmlPath = path.join(run.outDir, 'report.html');
  await writeFile(reportMdPath, markdown);
  await writeFile(reportHtmlPath, html);
  progress.end('writing report', reportHtmlPath);
  await recordRun(run, store);

  const r = run.result;
  return {
    outDir: run.outDir,
    resultPath: run.resultPath,
    assignmentsPath: run.assignmentsPath,
    reportMdPath,
    reportHtmlPath,
    chartPaths,
    narrativePath,
    reviewsPath,
    engine: run,
    narrative,
    summary: {
      outDir: run.outDir,
      result: run.resultPath,
      assignments: run.assignmentsPath,
      reportHtml: reportHtmlPath,
      reportMd: reportMdPath,
      charts: chartPaths,
      customers: r.totals.customers,
      chosen: r.selection.chosenId,
      segments: r.segments.map((s) => ({ key: s.key, name: s.name, size: s.size, share: s.share, revenueShare: s.revenueShare })),
      campaigns: narrative?.reviews.map((v) => ({ id: v.campaignId, decision: v.decision, state: v.state })) ?? [],
      contentHash: r.contentHash,
    },
  };
}
