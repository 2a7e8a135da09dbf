/**
 * The independent held-out set 2026-12d (issue 24): 184 campaigns (51 block, 46 review, 87 ok; 73%
 * not in English, nine languages, each with the author's `kind` and `hard_negative` mark) written by
 * a separate helper while the second tuning round (on 2026-12c) was under way, not opened until every
 * rule change of that round was committed, then frozen in a commit of its own and measured once. No
 * rule was changed after seeing it; it is read only through these aggregate figures
 * (independent-figures.ts). Floors sit a little under what was measured; the targets are
 * quoted next to them, two of them NOT met.
 */
import { describe, expect, it } from 'vitest';
import { loadLabelled } from './labelled.js';
import { formatFigures, setFigures } from './independent-figures.js';

describe('independent held-out set 2026-12d', () => {
  it('is the frozen set: 184 campaigns, at least 20% not in English, hard negatives marked by its author', () => {
    const rows = loadLabelled('independent-2026-12d.jsonl');
    expect(rows.length).toBe(184);
    expect(rows.filter((r) => r.lang !== 'en').length / rows.length).toBeGreaterThanOrEqual(0.2);
    expect(rows.every((r) => typeof (r as { hard_negative?: unknown }).hard_negative === 'boolean')).toBe(true);
  });

  it('measures the issue\'s figures (floors a little under what was measured)', () => {
    const f = setFigures('independent-2026-12d.jsonl');
    console.log(formatFigures('independent held-out set 2026-12d', f));
    expect(f.blockNeverAutoApproved).toBeGreaterThanOrEqual(0.98); // target ≥ 0.98; measured 1.0 (51 of 51)
    expect(f.blockDecidedBlock).toBeGreaterThanOrEqual(0.82); // target ≥ 0.60; measured 0.843 (43 of 51)
    expect(f.reviewToCommittee).toBeGreaterThanOrEqual(0.95); // target ≥ 0.90; measured 0.978 (45 of 46)
    expect(f.hardNegatives).toBe(64);
    expect(f.hardNegativesFlagged).toBeLessThanOrEqual(0.37); // target ≤ 0.05, NOT met; measured 0.344 (22 of 64); 0.422 before this round
    expect(f.okAutoApproved).toBeGreaterThanOrEqual(0.62); // target ≥ 0.70, NOT met; measured 0.644 (56 of 87); 0.575 before this round
    expect(f.okBlocked).toBeLessThanOrEqual(0.07); // measured 0.069 (6 of 87, all broadcasts or opt-ins); 3 of 87 before this round
  });
});
