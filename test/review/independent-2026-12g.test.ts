/**
 * The independent held-out set 2026-12g (issue 24): 244 campaigns (64 block, 59 review, 121 ok, 99 of
 * them hard negatives; 49% not in English, nine languages), written by a helper that never opened the
 * rules, fixtures, docs or code, and frozen in a84bda3 before the fifth tuning round (on 2026-12f)
 * changed any rule. It was measured through these aggregate figures only (independent-figures.ts):
 * once on the rules before that round, and once after it was committed (542b1f7). Those are the
 * held-out figures the README reports. The set may be tuned on after that measurement: the floors
 * below sit a little under the held-out measurement, so any later change can only keep or raise them;
 * the targets are quoted next to them, one of them NOT met on held-out data. Written by a
 * different helper from 2026-12f's, with the same brief; the set's own `kind` field is never shown to the review.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLabelled } from './labelled.js';
import { formatFigures, setFigures } from './independent-figures.js';

describe('independent held-out set 2026-12g', () => {
  it('is the frozen set: 244 campaigns, at least 20% not in English, hard negatives marked by its author, the bytes frozen in a84bda3', () => {
    const rows = loadLabelled('independent-2026-12g.jsonl');
    expect(rows.length).toBe(244);
    expect(rows.filter((r) => r.lang !== 'en').length / rows.length).toBeGreaterThanOrEqual(0.2);
    expect(rows.every((r) => typeof (r as { hard_negative?: unknown }).hard_negative === 'boolean')).toBe(true);
    const bytes = readFileSync(fileURLToPath(new URL('./fixtures/independent-2026-12g.jsonl', import.meta.url)));
    expect(createHash('sha256').update(bytes).digest('hex').slice(0, 16)).toBe('847fa068d4df65cd');
  });

  it("measures the issue's figures (floors a little under the held-out measurement)", () => {
    const f = setFigures('independent-2026-12g.jsonl');
    console.log(formatFigures('independent held-out set 2026-12g', f));
    expect(f.blockNeverAutoApproved).toBeGreaterThanOrEqual(0.98); // target ≥ 0.98, met; held out 1.0 (64 of 64); 1.0 before the round
    expect(f.blockDecidedBlock).toBeGreaterThanOrEqual(0.7); // target ≥ 0.60, met; held out 0.719 (46 of 64); 0.719 before
    expect(f.reviewToCommittee).toBeGreaterThanOrEqual(0.96); // target ≥ 0.90, met; held out 0.983 (58 of 59); 1.0 before
    expect(f.hardNegatives).toBe(99);
    expect(f.hardNegativesFlagged).toBeLessThanOrEqual(0.14); // target ≤ 0.05, NOT met; held out 0.131 (13 of 99); 0.172 before
    expect(f.okAutoApproved).toBeGreaterThanOrEqual(0.88); // target ≥ 0.70, met; held out 0.893 (108 of 121); 0.860 before
    expect(f.okBlocked).toBeLessThanOrEqual(0.01); // held out 0.0 (0 of 121); 0.0 before
  });
});
