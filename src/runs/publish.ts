/** The full run: the engine's files, then charts, narrative + review, and the report. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderReport, type ReportChart, type Section } from '../report/index.js';
import { silentProgress } from '../progress.js';
import type { Config } from '../config.js';
import { runEngine, type AnalyzeRequest } from './analyze.js';

export interface AnalysisRequest extends AnalyzeRequest {
  narrate?: boolean;
  charts?: boolean;
  associationRules?: boolean;
  config?: Config;
  command?: string;
}

export interface AnalysisRun {
  outDir: string;
  resultPath: string;
  assignmentsPath: string;
  reportMdPath: string;
  reportHtmlPath: string;
  chartPaths: string[];
  summary: Record<string, unknown>;
}

export async function runAnalysis(req: AnalysisRequest): Promise<AnalysisRun> {
  const progress = req.progress ?? silentProgress;
  const run = await runEngine(req);
  const charts: ReportChart[] = [];
  const chartPaths: string[] = [];
  const narrativeSections: Section[] = [];

  progress.start('writing report');
  const { markdown, html } = renderReport({ result: run.result, charts, narrativeSections, command: req.command });
  const reportMdPath = path.join(run.outDir, 'report.md');
  const reportHtmlPath = path.join(run.outDir, 'report.html');
  await mkdir(run.outDir, { recursive: true });
  await writeFile(reportMdPath, markdown);
  await writeFile(reportHtmlPath, html);
  progress.end('writing report', reportHtmlPath);

  const r = run.result;
  return {
    outDir: run.outDir,
    resultPath: run.resultPath,
    assignmentsPath: run.assignmentsPath,
    reportMdPath,
    reportHtmlPath,
    chartPaths,
    summary: {
      outDir: run.outDir,
      result: run.resultPath,
      assignments: run.assignmentsPath,
      reportHtml: reportHtmlPath,
      reportMd: reportMdPath,
      customers: r.totals.customers,
      chosen: r.selection.chosenId,
      segments: r.segments.map((s) => ({ key: s.key, name: s.name, size: s.size, share: s.share, revenueShare: s.revenueShare })),
      contentHash: r.contentHash,
    },
  };
}
