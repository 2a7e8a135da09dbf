/**
 * The independent held-out set 2026-12h (issue 24): 240 campaigns (64 block, 61 review, 115 ok, 104 of
 * them hard negatives; 79% not in English, nine languages), written by a helper that never opened the
 * rules, fixtures, docs or code, and frozen in ebe510c before the sixth tuning round (on 2026-12g) was
 * committed. It was measured through these aggregate figures only (independent-figures.ts): once on the
 * rules of the fifth round, and once after the sixth was committed (8a548de). Those are the held-out
 * figures the README reports. The set may be tuned on after that measurement: the floors below sit a
 * little under the held-out measurement, so any later change can only keep or raise them; the issue's
 * targets are quoted next to them, one of them far from met on held-out data. Written by a third helper,
 * with the same brief; the set's own `kind` field is never shown to the review.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLabelled } from './labelled.js';
import { formatFigures, setFigures } from './independent-figures.js';

describe('independent held-out set 2026-12h', () => {
  it('is the frozen set: 240 campaigns, at least 20% not in English, hard negatives marked by its author, the bytes frozen in ebe510c', () => {
    const rows = loadLabelled('independent-2026-12h.jsonl');
    expect(rows.length).toBe(240);
    expect(rows.filter((r) => r.lang !== 'en').length / rows.length).toBeGreaterThanOrEqual(0.2);
    expect(rows.every((r) => typeof (r as { hard_negative?: unknown }).hard_negative === 'boolean')).toBe(true);
    const bytes = readFileSync(fileURLToPath(new URL('./fixtures/independent-2026-12h.jsonl', import.meta.url)));
    expect(createHash('sha256').update(bytes).digest('hex').slice(0, 16)).toBe('71b63501e431eb3a');
  });

  it("measures the issue's figures (floors a little under the held-out measurement)", () => {
    const f = setFigures('independent-2026-12h.jsonl');
    console.log(formatFigures('independent held-out set 2026-12h', f));
    expect(f.blockNeverAutoApproved).toBeGreaterThanOrEqual(0.98); // target ≥ 0.98, met; held out 0.984 (63 of 64); 0.984 before the round
    expect(f.blockDecidedBlock).toBeGreaterThanOrEqual(0.66); // target ≥ 0.60, met; held out 0.672 (43 of 64); 0.656 before
    expect(f.reviewToCommittee).toBeGreaterThanOrEqual(0.96); // target ≥ 0.90, met; held out 0.984 (60 of 61); 1.0 before
    expect(f.hardNegatives).toBe(104);
    expect(f.hardNegativesFlagged).toBeLessThanOrEqual(0.49); // target ≤ 0.05, NOT met; held out 0.481 (50 of 104); 0.481 before
    expect(f.okAutoApproved).toBeGreaterThanOrEqual(0.54); // target ≥ 0.70, NOT met; held out 0.548 (63 of 115); 0.548 before
    expect(f.okBlocked).toBeLessThanOrEqual(0.01); // held out 0.009 (1 of 115); 0.009 before
  });
});
