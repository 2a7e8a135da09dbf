/**
 * The independent held-out set 2026-12b (issue 24): 193 campaigns written by a helper who never
 * saw the rules, frozen in commit 3d7862e before any rule changed, never merged into the tuning
 * set and never read case by case while designing (only these aggregate figures are looked at,
 * through independent-figures.ts). Floors sit just under what the committee-first design reached;
 * the targets are quoted next to them. Before the design: 22.4% of block cases never
 * auto-approved, 13.4% decided block, 32.8% of review cases to the committee, 4.4% of ok flagged.
 */
import { describe, expect, it } from 'vitest';
import { formatFigures, setFigures } from './independent-figures.js';

describe('independent held-out set 2026-12b', () => {
  it('keeps block cases from auto-approval and sends review cases to the committee (floors at what was reached)', () => {
    const f = setFigures('independent-2026-12b.jsonl');
    console.log(formatFigures('independent held-out set 2026-12b', f));
    expect(f.campaigns).toBe(193);
    expect(f.blockNeverAutoApproved).toBeGreaterThanOrEqual(0.98); // target 0.98; reached 0.985 (66 of 67)
    expect(f.blockDecidedBlock).toBeGreaterThanOrEqual(0.5); // target 0.60; reached 0.507 (34 of 67)
    expect(f.reviewToCommittee).toBeGreaterThanOrEqual(0.98); // target 0.90; reached 1.0 (58 of 58)
    expect(f.okAutoApproved).toBeGreaterThanOrEqual(0.65); // target 0.70; reached 0.662 (45 of 68)
    expect(f.okFlagged).toBeLessThanOrEqual(0.35); // the complement: 23 of 68 ok go to the committee, none is blocked
  });
});
