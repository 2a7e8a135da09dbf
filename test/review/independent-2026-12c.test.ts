/**
 * Set 2026-12c (issue 24): 174 campaigns (56 block, 51 review, 67 ok; 68% not in English) written by
 * a separate helper and frozen in its own commit. It was HELD OUT for one measurement (block never
 * auto-approved 100%, decided block 75.0%, review to the committee 98.0%, hard negatives flagged
 * 16.3%, harmless auto-approved 59.7%: the last two targets not met), and is a TUNING set since the
 * second tuning round: its failures were read case by case and the rules improved by general means.
 * These figures are therefore in-sample; floors sit just under the tuned figures. The held-out
 * measure of that round is 2026-12d (independent-2026-12d.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { formatFigures, setFigures } from './independent-figures.js';

describe('set 2026-12c (a tuning set since the second round; in-sample)', () => {
  it('measures the issue\'s figures (floors just under the tuned figures)', () => {
    const f = setFigures('independent-2026-12c.jsonl');
    console.log(formatFigures('set 2026-12c (tuning, in-sample)', f));
    expect(f.campaigns).toBe(174);
    expect(f.blockNeverAutoApproved).toBeGreaterThanOrEqual(0.98); // target ≥ 0.98; tuned 1.0 (56 of 56); held out 1.0
    expect(f.blockDecidedBlock).toBeGreaterThanOrEqual(0.9); // target ≥ 0.60; 0.929 (52 of 56) after the third round (on 2026-12d); tuned 0.750 (42 of 56); held out 0.750
    expect(f.reviewToCommittee).toBeGreaterThanOrEqual(0.98); // target ≥ 0.90; tuned 1.0 (51 of 51); held out 0.980
    expect(f.hardNegatives).toBe(43);
    expect(f.hardNegativesFlagged).toBeLessThanOrEqual(0.03); // target ≤ 0.05; tuned 0.0 (0 of 43); held out 0.163
    expect(f.okAutoApproved).toBeGreaterThanOrEqual(0.74); // target ≥ 0.70; tuned 0.761 (51 of 67); held out 0.597
    expect(f.okBlocked).toBe(0); // no harmless campaign blocked, tuned or held out
  });
});
