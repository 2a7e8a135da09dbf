/**
 * The set 2026-12b (issue 24): 193 campaigns written by a helper who never saw the rules, frozen in
 * commit 3d7862e. It was held out while the committee-first design was built (then: block never
 * auto-approved 98.5%, decided block 50.7%, review to committee 100%, ok auto-approved 66.2%), and
 * those figures were reported. Since then it is a TUNING set: its failures were read case by case
 * and the rules and the audience parser improved by general means (stems, synonyms, ages, condition
 * kinds, combinations), so these figures are IN-SAMPLE. The held-out figures are on 2026-12c.
 * Floors sit a little under what the tuned rules reach, so a regression shows.
 */
import { describe, expect, it } from 'vitest';
import { formatFigures, setFigures } from './independent-figures.js';

describe('set 2026-12b (in-sample since it was used for tuning)', () => {
  it('keeps block cases from auto-approval, decides most outright, and auto-approves most harmless ones', () => {
    const f = setFigures('independent-2026-12b.jsonl');
    console.log(formatFigures('set 2026-12b (in-sample)', f));
    expect(f.campaigns).toBe(193);
    expect(f.blockNeverAutoApproved).toBeGreaterThanOrEqual(0.98); // reached 1.0 (67 of 67)
    expect(f.blockDecidedBlock).toBeGreaterThanOrEqual(0.95); // reached 1.0 (67 of 67); 0.507 when held out
    expect(f.reviewToCommittee).toBeGreaterThanOrEqual(0.98); // reached 1.0 (58 of 58)
    expect(f.okAutoApproved).toBeGreaterThanOrEqual(0.8); // reached 0.853 (58 of 68); 0.662 when held out
    expect(f.okFlagged).toBeLessThanOrEqual(0.2); // 10 of 68 ok go to the committee (ordinary product audiences, by design)
  });
});
