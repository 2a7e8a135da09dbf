/**
 * The labelled set: campaigns written by hand with the decision a careful committee would reach.
 * Recall on `block` and the share of `ok` campaigns wrongly flagged are the figures in docs/review.md.
 */
import { describe, expect, it } from 'vitest';
import { loadLabelled, scoreLabelled } from './labelled.js';

const rows = loadLabelled('labelled-campaigns.jsonl');

describe('labelled campaigns', () => {
  const { results, blocks, oks, blockRecall, okFlagged } = scoreLabelled(rows);
  const exact = results.filter((r) => r.decision === r.row.label).length / results.length;

  it('covers at least 60 campaigns, every label and the four languages', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    for (const label of ['block', 'review', 'ok']) expect(rows.some((r) => r.label === label)).toBe(true);
    for (const lang of ['en', 'de', 'fr', 'es']) {
      for (const label of ['block', 'ok']) expect(rows.some((r) => r.lang === lang && r.label === label), `${lang}/${label}`).toBe(true);
    }
  });

  it('blocks at least 95% of the campaigns labelled block, and flags at most 10% of those labelled ok', () => {
    console.log(`labelled set: ${rows.length} campaigns; block recall ${blockRecall.toFixed(3)} (${blocks.length} block); ok wrongly flagged ${(okFlagged * 100).toFixed(1)}% (${oks.length} ok); exact decision ${(exact * 100).toFixed(1)}%`);
    const misses = results.filter((r) => r.decision !== r.row.label).map((r) => `${r.row.id}: labelled ${r.row.label}, got ${r.decision} (${r.row.note})`);
    if (misses.length) console.log(misses.join('\n'));
    expect(blockRecall).toBeGreaterThanOrEqual(0.95);
    expect(okFlagged).toBeLessThanOrEqual(0.1);
  });

  it('lets through as ok only the two known misses: traits inferred from purchases with no tell-tale word (docs/review.md)', () => {
    expect(blocks.filter((r) => r.decision === 'ok').map((r) => r.row.id)).toEqual(['heldout-04', 'heldout-05']);
  });
});
