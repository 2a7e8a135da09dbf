/**
 * Set 2026-12d (issue 24): 184 campaigns (51 block, 46 review, 87 ok; 73% not in English, nine
 * languages, each with the author's `kind` and `hard_negative` mark) written by a separate helper
 * while the second tuning round (on 2026-12c) was under way, frozen in a commit of its own and
 * measured once as a held-out set (hard negatives flagged 34.4%, harmless auto-approved 64.4%, 6
 * harmless blocked). It was then declared a TUNING set for the third round: its failures were read
 * case by case and the mechanisms behind them fixed by general means (see docs/review.md). The
 * figures below are therefore IN-SAMPLE; only a set the rules were never changed for says how they
 * generalise. Floors sit a little under the tuned figures; the held-out figures are quoted next to them.
 */
import { describe, expect, it } from 'vitest';
import { loadLabelled } from './labelled.js';
import { formatFigures, setFigures } from './independent-figures.js';

describe('set 2026-12d (held out once, a tuning set since the third round; in-sample)', () => {
  it('is the frozen set: 184 campaigns, at least 20% not in English, hard negatives marked by its author', () => {
    const rows = loadLabelled('independent-2026-12d.jsonl');
    expect(rows.length).toBe(184);
    expect(rows.filter((r) => r.lang !== 'en').length / rows.length).toBeGreaterThanOrEqual(0.2);
    expect(rows.every((r) => typeof (r as { hard_negative?: unknown }).hard_negative === 'boolean')).toBe(true);
  });

  it('measures the issue\'s figures (floors a little under the tuned figures)', () => {
    const f = setFigures('independent-2026-12d.jsonl');
    console.log(formatFigures('set 2026-12d (tuning, in-sample)', f));
    expect(f.blockNeverAutoApproved).toBeGreaterThanOrEqual(0.98); // target ≥ 0.98; tuned 1.0 (51 of 51); held out 1.0
    expect(f.blockDecidedBlock).toBeGreaterThanOrEqual(0.96); // target ≥ 0.60; tuned 0.980 (50 of 51); held out 0.843
    expect(f.reviewToCommittee).toBeGreaterThanOrEqual(0.98); // target ≥ 0.90; tuned 1.0 (46 of 46); held out 0.978
    expect(f.hardNegatives).toBe(64);
    expect(f.hardNegativesFlagged).toBeLessThanOrEqual(0.03); // target ≤ 0.05; tuned 0.016 (1 of 64: an abandoned cart of garden furniture, a product); held out 0.344
    expect(f.okAutoApproved).toBeGreaterThanOrEqual(0.88); // target ≥ 0.70; tuned 0.908 (79 of 87; the 8 others are product audiences, committee by design); held out 0.644
    expect(f.okBlocked).toBe(0); // tuned: no harmless campaign blocked; held out 6 of 87
  });
});
