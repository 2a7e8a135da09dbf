/** The full run: the engine's files, then charts, narrative + review, and the report, into one folder. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderReport, type ReportChart, type Section } from '../report/index.js';
import { renderAllChartsEncodedAside } from '../charts/index.js';
import { silentProgress, type Progress } from '../progress.js';
import { serializeNarrative, type Narrator } from '../narrative/index.js';
import type { Store } from '../store/index.js';
import { runEngine, type AnalyzeRequest, type EngineRun } from './analyze.js';
import { narrateAndReview, type CampaignSubmitter, type ReviewedNarrative } from './narrate.js';
import { summarizeRun, type RunSummary } from './summary.js';

/** What a run needs from the services, built once by the composition root and handed in. */
export interface RunDeps {
  narrator: Narrator;
  approvals: CampaignSubmitter;
  store: Pick<Store, 'saveRun'>;
}

export interface AnalysisRequest extends AnalyzeRequest {
  narrate?: boolean;
  /** Default true. */
  charts?: boolean;
  /** Who asked for the run, as a Slack user id (the CLI maps its local user to one): the requester in the approval workflow. */
  requestedBy: string;
  command?: string;
  /** Which runs are the same dataset, for stable campaign ids (src/measure/campaign-id.ts); default: the input's content. */
  datasetKey?: string;
  /** Where the run's folder will be once the caller has moved `outDir` into place (CLI --out, artifact store): what the store records. */
  publishedDir?: string;
}

export interface ChartFile {
  /** Relative to the run folder, e.g. `charts/segment-map.png`. */
  name: string;
  title: string;
  caption: string;
  path: string;
}

export interface AnalysisRun {
  outDir: string;
  resultPath: string;
  assignmentsPath: string;
  reportMdPath: string;
  reportHtmlPath: string;
  chartPaths: string[];
  charts: ChartFile[];
  narrativePath: string | null;
  reviewsPath: string | null;
  engine: EngineRun;
  narrative: ReviewedNarrative | null;
  summary: RunSummary;
}

async function writeCharts(run: EngineRun, seed: number, progress: Progress): Promise<{ charts: ReportChart[]; files: ChartFile[] }> {
  progress.start('rendering charts');
  const dir = path.join(run.outDir, 'charts');
  await mkdir(dir, { recursive: true });
  // Each PNG is encoded off this thread while the next chart is drawn, and written as soon as it is ready.
  const drawn = renderAllChartsEncodedAside(run.result, run.assignments, { seed });
  const images = await Promise.all(
    drawn.map(async (image) => {
      const png = await image.png;
      await writeFile(path.join(dir, image.fileName), png);
      return { ...image, png };
    }),
  );
  const files: ChartFile[] = images.map((image) => ({ name: `charts/${image.fileName}`, title: image.title, caption: image.caption, path: path.join(dir, image.fileName) }));
  progress.end('rendering charts', `${images.length} charts`);
  // The PNGs carry their captions (a chart posted to Slack travels alone), so the report does not repeat them.
  return { charts: images.map((image) => ({ ...image, caption: '' })), files };
}

/**
 * Remembers the run in the store (the digest finds the previous one, an export finds the run that
 * proposed a campaign): under the folder it will be published as, not the staging folder it is written in.
 */
async function recordRun(run: EngineRun, store: RunDeps['store'], at: string, publishedDir: string): Promise<void> {
  const r = run.result;
  await store.saveRun({ id: r.contentHash.slice(0, 16), contentHash: r.contentHash, path: path.resolve(publishedDir), asOf: r.input.asOf ?? null, createdAt: at });
}

/** Runs the engine and writes every file of the run into `req.outDir` (the caller makes that folder's appearance atomic). */
export async function runAnalysis(req: AnalysisRequest, deps: RunDeps): Promise<AnalysisRun> {
  const progress = req.progress ?? silentProgress;
  const run = await runEngine(req);
  const seed = run.result.options.seed as number;
  const { charts, files: chartFiles } = req.charts === false ? { charts: [], files: [] } : await writeCharts(run, seed, progress);

  let narrative: ReviewedNarrative | null = null;
  let narrativeSections: Section[] = [];
  let narrativePath: string | null = null;
  let reviewsPath: string | null = null;
  if (req.narrate) {
    narrative = await narrateAndReview(run.result, deps, req.requestedBy, progress, req.datasetKey);
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
  progress.end('writing report');
  await recordRun(run, deps.store, new Date().toISOString(), req.publishedDir ?? run.outDir);

  return {
    outDir: run.outDir,
    resultPath: run.resultPath,
    assignmentsPath: run.assignmentsPath,
    reportMdPath,
    reportHtmlPath,
    chartPaths: chartFiles.map((c) => c.path),
    charts: chartFiles,
    narrativePath,
    reviewsPath,
    engine: run,
    narrative,
    summary: summarizeRun(run.result, narrative, chartFiles),
  };
}
