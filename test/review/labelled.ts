/** Labelled campaign sets (JSON Lines fixtures) and how the rule reviewer scores on them. */
import { readFileSync } from 'node:fs';
import { CampaignForReview, reviewCampaign } from '../../src/review/index.js';

export interface Labelled extends CampaignForReview {
  label: 'block' | 'review' | 'ok';
  lang: 'en' | 'de' | 'fr' | 'es';
  note: string;
}

export function loadLabelled(fixture: string): Labelled[] {
  return readFileSync(new URL(`./fixtures/${fixture}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Labelled);
}

/** Each campaign's decision, the block and ok subsets, recall on block and the share of ok wrongly flagged. */
export function scoreLabelled(rows: Labelled[]) {
  const results = rows.map((row) => ({ row, decision: reviewCampaign(CampaignForReview.parse(row)).decision }));
  const blocks = results.filter((r) => r.row.label === 'block');
  const oks = results.filter((r) => r.row.label === 'ok');
  const blockRecall = blocks.filter((r) => r.decision === 'block').length / blocks.length;
  const okFlagged = oks.filter((r) => r.decision !== 'ok').length / oks.length;
  return { results, blocks, oks, blockRecall, okFlagged };
}
