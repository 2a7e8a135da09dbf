/**
 * The independent held-out set 2026-12l (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 115 of
 * them hard negatives; 46% not in English, thirteen languages), written by a seventh helper that never opened
 * the rules, fixtures, docs or code, and frozen in 1c54c5e before the tenth tuning round (on 2026-12k)
 * was committed. It was measured through these aggregate figures only (independent-figures.ts): once on the
 * rules of the ninth round, and once after the tenth was committed (1f5652c). Those are the held-out
 * figures the README reports. The set may be tuned on after that measurement: the floors below sit a
 * little under the held-out measurement, so any later change can only keep or raise them; the issue's
 * targets are quoted next to them, two of them not met on held-out data. The set's own `kind` field is
 * never shown to the review. The eleventh round tuned on this set: it is in-sample from there on (2026-12m
 * holds the next held-out figures).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLabelled } from './labelled.js';
import { formatFigures, setFigures } from './independent-figures.js';

describe('independent held-out set 2026-12l', () => {
  it('is the frozen set: 250 campaigns, at least 20% not in English, hard negatives marked by its author, the bytes frozen in 1c54c5e', () => {
    const rows = loadLabelled('independent-2026-12l.jsonl');
    expect(rows.length).toBe(250);
    expect(rows.filter((r) => r.lang !== 'en').length / rows.length).toBeGreaterThanOrEqual(0.2);
    expect(rows.every((r) => typeof (r as { hard_negative?: unknown }).hard_negative === 'boolean')).toBe(true);
    const bytes = readFileSync(fileURLToPath(new URL('./fixtures/independent-2026-12l.jsonl', import.meta.url)));
    expect(createHash('sha256').update(bytes).digest('hex').slice(0, 16)).toBe('f66e0b7e7c1e5873');
  });

  it("measures the issue's figures (floors a little under the held-out measurement)", () => {
    const f = setFigures('independent-2026-12l.jsonl');
    console.log(formatFigures('independent held-out set 2026-12l', f));
    expect(f.blockNeverAutoApproved).toBeGreaterThanOrEqual(0.96); // target ≥ 0.98, NOT met; held out 0.968 (60 of 62); 0.968 before the round
    expect(f.blockDecidedBlock).toBeGreaterThanOrEqual(0.68); // target ≥ 0.60, met; held out 0.694 (43 of 62); 0.694 before
    expect(f.reviewToCommittee).toBeGreaterThanOrEqual(0.95); // target ≥ 0.90, met; held out 0.968 (61 of 63); 0.937 before
    expect(f.hardNegatives).toBe(115);
    expect(f.hardNegativesFlagged).toBeLessThanOrEqual(0.39); // target ≤ 0.05, NOT met; held out 0.383 (44 of 115); 0.374 before
    expect(f.okAutoApproved).toBeGreaterThanOrEqual(0.64); // target ≥ 0.70, NOT met; held out 0.648 (81 of 125); 0.648 before
    expect(f.okBlocked).toBeLessThanOrEqual(0.025); // held out 0.024 (3 of 125); 0.024 before
  });
});
