/** The analysis report: report.md and one self-contained report.html, from the same document. */
import type { SegmentationResult } from '../result/index.js';
import { visibleText } from '../review/index.js';
import { withVisibleText, type Block, type ReportDocument, type Section } from './document.js';
import { toHtml } from './html.js';
import { toMarkdown } from './markdown.js';
import { lifetimeSection } from './lifetime.js';
import { dataQualitySection, featuresSection, modelsSection, reproducibilitySection, rfmSection, segmentsSection, summarySection } from './sections.js';

export type { Block, ReportDocument, Section } from './document.js';
export { escapeHtml, fmtInt, fmtMoney, fmtNum, fmtPct, fmtLift } from './format.js';

export interface ReportChart {
  id: string;
  title: string;
  caption: string;
  fileName: string;
  png: Buffer;
}

export interface ReportInput {
  result: SegmentationResult;
  charts?: ReportChart[];
  /** Personas, campaigns and their review decisions, built by the caller (they sit after the segments). */
  narrativeSections?: Section[];
  command?: string;
}

export function buildReportDocument(input: ReportInput): ReportDocument {
  const r = input.result;
  const charts: Block[] = (input.charts ?? []).map((c) => ({ kind: 'image', title: c.title, caption: c.caption, fileName: c.fileName, png: c.png }));
  const sections: (Section | null)[] = [
    summarySection(r),
    charts.length ? { id: 'charts', title: 'Charts', blocks: charts } : null,
    segmentsSection(r),
    ...(input.narrativeSections ?? []),
    rfmSection(r),
    lifetimeSection(r),
    modelsSection(r),
    dataQualitySection(r),
    featuresSection(r),
    reproducibilitySection(r, input.command),
  ];
  return {
    title: `Customer segments — ${r.input.source}`,
    subtitle: `${r.totals.customers.toLocaleString('en-US')} customers${r.input.asOf ? `, as of ${r.input.asOf}` : ''} · seed ${String(r.options.seed ?? '')} · Segbot ${r.tool.version}`,
    sections: sections.filter((s): s is Section => s !== null),
  };
}

export function renderReport(input: ReportInput): { markdown: string; html: string } {
  const doc = withVisibleText(buildReportDocument(input), (t) => visibleText(t, { multiline: true }));
  return { markdown: toMarkdown(doc), html: toHtml(doc) };
}
