/**
 * One digest from a stored snapshot: load it and the dataset's previous one, compute the change,
 * write the text (the narrator given, offline by default), and render the Block Kit payload, the
 * Markdown and the migration chart.
 */
import type { SnapshotService } from '../snapshots/index.js';
import { buildDigestData, type DigestCampaign, type DigestData, type DigestSection } from './build.js';
import { renderMigrationChart } from './chart.js';
import { digestBlocks, digestMarkdown, type DigestText } from './render.js';
import { digestLines } from './text.js';

export interface Digest {
  data: DigestData;
  text: DigestText;
  blocks: Record<string, unknown>[];
  markdown: string;
  /** The migration chart (PNG), when there is a previous snapshot. */
  chart: Buffer | null;
}

/** Writes the digest's text from its numbers; the LLM narrator implements this too and falls back to the offline one. */
export type DigestNarrator = (data: DigestData) => Promise<DigestText>;

export const offlineDigestNarrator: DigestNarrator = async (data) => ({ ...digestLines(data), narrator: 'offline' });

export interface ProduceOptions {
  campaigns?: DigestCampaign[];
  late?: DigestData['late'];
  runLink?: string | null;
  sections?: DigestSection[];
  narrator?: DigestNarrator;
  charts?: boolean;
}

export async function produceDigest(snapshots: SnapshotService, snapshotId: string, options: ProduceOptions = {}): Promise<Digest> {
  const current = await snapshots.load(snapshotId);
  const previousRecord = await snapshots.before(current.meta.dataset, current.meta.asOf, current.meta.id);
  const previous = previousRecord ? await snapshots.load(previousRecord.id) : null;
  const data = buildDigestData(current, previous, options);
  const text = await (options.narrator ?? offlineDigestNarrator)(data);
  return {
    data,
    text,
    blocks: digestBlocks(data, text),
    markdown: digestMarkdown(data, text),
    chart: previous && options.charts !== false ? renderMigrationChart(previous, current) : null,
  };
}
