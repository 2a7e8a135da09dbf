/**
 * The labelled set: campaigns written by hand with the decision a careful committee would reach.
 * In-sample: the rules were written alongside it. The figures are those in docs/review.md.
 *
 * Since issue 24 (committee first when unsure) an `ok` campaign whose audience the review does not
 * understand (chosen by a product, a place, an age) goes to the committee with AUDIENCE_NOT_RECOGNISED
 * instead of being auto-approved: it is flagged, never blocked. The floor on wrongly flagged `ok`
 * campaigns therefore applies to audiences of a kind the review knows to be safe.
 */
import { describe, expect, it } from 'vitest';
import { CampaignForReview, reviewCampaign } from '../../src/review/index.js';
import { loadLabelled, scoreLabelled } from './labelled.js';

const rows = loadLabelled('labelled-campaigns.jsonl');

describe('labelled campaigns', () => {
  const { results, blocks, oks, blockRecall, okFlagged } = scoreLabelled(rows);
  const exact = results.filter((r) => r.decision === r.row.label).length / results.length;
  const codes = (r: (typeof results)[number]) => reviewCampaign(CampaignForReview.parse(r.row)).findings.map((f) => f.code);

  it('covers at least 60 campaigns, every label and the four languages', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    for (const label of ['block', 'review', 'ok']) expect(rows.some((r) => r.label === label)).toBe(true);
    for (const lang of ['en', 'de', 'fr', 'es']) {
      for (const label of ['block', 'ok']) expect(rows.some((r) => r.lang === lang && r.label === label), `${lang}/${label}`).toBe(true);
    }
  });

  it('blocks at least 95% of the campaigns labelled block and auto-approves none of them', () => {
    console.log(`labelled set (in-sample): ${rows.length} campaigns; block recall ${blockRecall.toFixed(3)} (${blocks.length} block); ok flagged ${(okFlagged * 100).toFixed(1)}% (${oks.length} ok); exact decision ${(exact * 100).toFixed(1)}%`);
    const misses = results.filter((r) => r.decision !== r.row.label).map((r) => `${r.row.id}: labelled ${r.row.label}, got ${r.decision} (${r.row.note})`);
    if (misses.length) console.log(misses.join('\n'));
    expect(blockRecall).toBeGreaterThanOrEqual(0.95);
    expect(blocks.filter((r) => r.decision === 'ok').map((r) => r.row.id)).toEqual([]);
    expect(results.filter((r) => r.row.label === 'review' && r.decision === 'ok').map((r) => r.row.id)).toEqual([]);
  });

  it('never blocks an ok campaign; flags at most 10% of them except audiences sent to the committee because the review does not place them', () => {
    expect(oks.filter((r) => r.decision === 'block').map((r) => r.row.id)).toEqual([]);
    const flaggedForOtherReasons = oks.filter((r) => r.decision !== 'ok' && codes(r).join() !== 'AUDIENCE_NOT_RECOGNISED');
    expect(flaggedForOtherReasons.map((r) => r.row.id)).toEqual([]);
    // Design, not drift: these go to a person (a product, a place, an age). At most 21% of ok (14 of 71 today; 15 before "aged 18+" was read as a legal-age check).
    expect(okFlagged).toBeLessThanOrEqual(0.21);
  });
});
