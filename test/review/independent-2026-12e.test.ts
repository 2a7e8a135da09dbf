/**
 * The independent held-out set 2026-12e (issue 24): 235 campaigns (63 block, 57 review, 115 ok, 93 of
 * them hard negatives; 56% not in English, nine languages), written by a helper that never opened the
 * rules, fixtures, docs or code, and frozen in fd36cdd before the third tuning round (on 2026-12d)
 * began. It was measured through these aggregate figures only (independent-figures.ts), never read case
 * by case: once on the rules before that round (for the "before" figures) and once after it was merged
 * (3baffc4); those are its held-out figures. The fourth round (56d6870) then read it case by case and
 * tuned on it, so its figures today are in-sample (hard negatives flagged 0%); the floors still hold
 * the held-out measurement, and the targets are quoted next to them.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLabelled } from './labelled.js';
import { formatFigures, setFigures } from './independent-figures.js';

describe('independent held-out set 2026-12e', () => {
  it('is the frozen set: 235 campaigns, at least 20% not in English, hard negatives marked by its author, the bytes frozen in fd36cdd', () => {
    const rows = loadLabelled('independent-2026-12e.jsonl');
    expect(rows.length).toBe(235);
    expect(rows.filter((r) => r.lang !== 'en').length / rows.length).toBeGreaterThanOrEqual(0.2);
    expect(rows.every((r) => typeof (r as { hard_negative?: unknown }).hard_negative === 'boolean')).toBe(true);
    const bytes = readFileSync(fileURLToPath(new URL('./fixtures/independent-2026-12e.jsonl', import.meta.url)));
    expect(createHash('sha256').update(bytes).digest('hex').slice(0, 16)).toBe('0906400b22da75cf');
  });

  it("measures the issue's figures (floors a little under what was measured)", () => {
    const f = setFigures('independent-2026-12e.jsonl');
    console.log(formatFigures('independent held-out set 2026-12e', f));
    expect(f.blockNeverAutoApproved).toBeGreaterThanOrEqual(0.98); // target ≥ 0.98, met; measured 1.0 (63 of 63); 1.0 before the round
    expect(f.blockDecidedBlock).toBeGreaterThanOrEqual(0.69); // target ≥ 0.60, met; measured 0.714 (45 of 63); 0.698 before
    expect(f.reviewToCommittee).toBeGreaterThanOrEqual(0.98); // target ≥ 0.90, met; measured 1.0 (57 of 57); 1.0 before
    expect(f.hardNegatives).toBe(93);
    expect(f.hardNegativesFlagged).toBeLessThanOrEqual(0.34); // target ≤ 0.05, NOT met; measured 0.323 (30 of 93); 0.366 before
    expect(f.okAutoApproved).toBeGreaterThanOrEqual(0.7); // target ≥ 0.70, met; measured 0.713 (82 of 115); 0.678 before
    expect(f.okBlocked).toBeLessThanOrEqual(0.06); // measured 0.052 (6 of 115); 0.061 before
  });
});
