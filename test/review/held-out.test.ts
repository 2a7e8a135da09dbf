/**
 * The held-out set: 34 campaigns written after the rules were last changed and never used to
 * change them. It measures how the word rules do on wording they have not seen; docs/review.md
 * quotes the figures. Do not tune rules on it: write a new held-out set instead and merge this
 * one into the labelled set.
 */
import { describe, expect, it } from 'vitest';
import { loadLabelled, scoreLabelled } from './labelled.js';

const rows = loadLabelled('held-out-campaigns.jsonl');

describe('held-out campaigns', () => {
  it('reports block recall; auto-approves no block case; flags at most a third of ok campaigns (product-chosen audiences go to the committee, issue 24)', () => {
    const { results, blocks, oks, blockRecall: recall, okFlagged } = scoreLabelled(rows);
    console.log(`held-out set: ${rows.length} campaigns; block recall ${recall.toFixed(3)} (${blocks.length} block); ok flagged ${(okFlagged * 100).toFixed(1)}% (${oks.length} ok)`);
    expect(new Set(rows.map((r) => r.lang))).toEqual(new Set(['en', 'de', 'fr', 'es']));
    expect(blocks.filter((r) => r.decision === 'ok')).toEqual([]);
    expect(results.filter((r) => r.decision === 'block' && r.row.label === 'ok')).toEqual([]);
    // Was 10% before committee-first: 3 of 12 ok campaigns here are chosen by a product and now go to a person.
    expect(okFlagged).toBeLessThanOrEqual(0.34);
  });
});
