/**
 * The independent held-out set 2026-12i (issue 24): 248 campaigns (64 block, 62 review, 122 ok, 117 of
 * them hard negatives; 55% not in English, nine languages), written by a helper that never opened the
 * rules, fixtures, docs or code, and frozen in 153f1fe before the seventh tuning round (on 2026-12h) was
 * committed. It was measured through these aggregate figures only (independent-figures.ts): once on the
 * rules of the sixth round, and once after the seventh was committed (7e9c901). Those are the held-out
 * figures the README reports. The set may be tuned on after that measurement: the floors below sit a
 * little under the held-out measurement, so any later change can only keep or raise them; the issue's
 * targets are quoted next to them, one of them far from met on held-out data. Written by a fourth helper,
 * with the same brief; the set's own `kind` field is never shown to the review.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLabelled } from './labelled.js';
import { formatFigures, setFigures } from './independent-figures.js';

describe('independent held-out set 2026-12i', () => {
  it('is the frozen set: 248 campaigns, at least 20% not in English, hard negatives marked by its author, the bytes frozen in 153f1fe', () => {
    const rows = loadLabelled('independent-2026-12i.jsonl');
    expect(rows.length).toBe(248);
    expect(rows.filter((r) => r.lang !== 'en').length / rows.length).toBeGreaterThanOrEqual(0.2);
    expect(rows.every((r) => typeof (r as { hard_negative?: unknown }).hard_negative === 'boolean')).toBe(true);
    const bytes = readFileSync(fileURLToPath(new URL('./fixtures/independent-2026-12i.jsonl', import.meta.url)));
    expect(createHash('sha256').update(bytes).digest('hex').slice(0, 16)).toBe('5dbe07afdc01df17');
  });

  it("measures the issue's figures (floors a little under the held-out measurement)", () => {
    const f = setFigures('independent-2026-12i.jsonl');
    console.log(formatFigures('independent held-out set 2026-12i', f));
    expect(f.blockNeverAutoApproved).toBeGreaterThanOrEqual(0.98); // target ≥ 0.98, met; held out 0.984 (63 of 64); 0.984 before the round
    expect(f.blockDecidedBlock).toBeGreaterThanOrEqual(0.63); // target ≥ 0.60, met; held out 0.641 (41 of 64); 0.641 before
    expect(f.reviewToCommittee).toBeGreaterThanOrEqual(0.96); // target ≥ 0.90, met; held out 0.984 (61 of 62); 0.984 before
    expect(f.hardNegatives).toBe(117);
    expect(f.hardNegativesFlagged).toBeLessThanOrEqual(0.54); // target ≤ 0.05, NOT met; held out 0.530 (62 of 117); 0.590 before
    expect(f.okAutoApproved).toBeGreaterThanOrEqual(0.46); // target ≥ 0.70, NOT met; held out 0.467 (57 of 122); 0.410 before
    expect(f.okBlocked).toBeLessThanOrEqual(0.034); // held out 0.033 (4 of 122); 0.033 before
  });
});
