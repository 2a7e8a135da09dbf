/**
 * The independent held-out set 2026-12c (issue 24): 174 campaigns (56 block, 51 review, 67 ok; 68%
 * not in English) written by a separate helper, frozen in its own commit after every rule change of
 * the 12b tuning round was committed, and measured once. No rule was changed after seeing it; it is
 * read only through these aggregate figures (independent-figures.ts). Floors sit a little under
 * what was measured; the targets are quoted next to them, two of them not met.
 */
import { describe, expect, it } from 'vitest';
import { formatFigures, setFigures } from './independent-figures.js';

describe('independent held-out set 2026-12c', () => {
  it('measures the issue\'s figures (floors a little under what was measured)', () => {
    const f = setFigures('independent-2026-12c.jsonl');
    console.log(formatFigures('independent held-out set 2026-12c', f));
    expect(f.campaigns).toBe(174);
    expect(f.blockNeverAutoApproved).toBeGreaterThanOrEqual(0.98); // target ≥ 0.98; measured 1.0 (56 of 56)
    expect(f.blockDecidedBlock).toBeGreaterThanOrEqual(0.72); // target ≥ 0.60; measured 0.750 (42 of 56)
    expect(f.reviewToCommittee).toBeGreaterThanOrEqual(0.96); // target ≥ 0.90; measured 0.980 (50 of 51)
    expect(f.hardNegatives).toBe(43);
    expect(f.hardNegativesFlagged).toBeLessThanOrEqual(0.2); // target ≤ 0.05, NOT met; measured 0.163 (7 of 43)
    expect(f.okAutoApproved).toBeGreaterThanOrEqual(0.57); // target ≥ 0.70, NOT met; measured 0.597 (40 of 67)
  });
});
