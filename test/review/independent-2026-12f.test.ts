/**
 * The independent held-out set 2026-12f (issue 24): 245 campaigns (65 block, 58 review, 122 ok, 99 of
 * them hard negatives; 69% not in English, nine languages), written by a helper that never opened the
 * rules, fixtures, docs or code, and frozen in 02d3c7a before the fourth tuning round (on 2026-12e)
 * changed any rule. It was measured through these aggregate figures only (independent-figures.ts):
 * once on the rules before that round, and once after it was committed (56d6870). Those are the
 * held-out figures the README reports. The set may be tuned on after that measurement: the floors
 * below sit a little under the held-out measurement, so any later change can only keep or raise them;
 * the targets are quoted next to them, one of them NOT met on held-out data.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLabelled } from './labelled.js';
import { formatFigures, setFigures } from './independent-figures.js';

describe('independent held-out set 2026-12f', () => {
  it('is the frozen set: 245 campaigns, at least 20% not in English, hard negatives marked by its author, the bytes frozen in 02d3c7a', () => {
    const rows = loadLabelled('independent-2026-12f.jsonl');
    expect(rows.length).toBe(245);
    expect(rows.filter((r) => r.lang !== 'en').length / rows.length).toBeGreaterThanOrEqual(0.2);
    expect(rows.every((r) => typeof (r as { hard_negative?: unknown }).hard_negative === 'boolean')).toBe(true);
    const bytes = readFileSync(fileURLToPath(new URL('./fixtures/independent-2026-12f.jsonl', import.meta.url)));
    expect(createHash('sha256').update(bytes).digest('hex').slice(0, 16)).toBe('277061bb149e87ea');
  });

  it("measures the issue's figures (floors a little under the held-out measurement)", () => {
    const f = setFigures('independent-2026-12f.jsonl');
    console.log(formatFigures('independent held-out set 2026-12f', f));
    expect(f.blockNeverAutoApproved).toBeGreaterThanOrEqual(0.98); // target ≥ 0.98, met; held out 0.985 (64 of 65); 0.969 before the round
    expect(f.blockDecidedBlock).toBeGreaterThanOrEqual(0.65); // target ≥ 0.60, met; held out 0.662 (43 of 65); 0.646 before
    expect(f.reviewToCommittee).toBeGreaterThanOrEqual(0.98); // target ≥ 0.90, met; held out 1.0 (58 of 58); 1.0 before
    expect(f.hardNegatives).toBe(99);
    expect(f.hardNegativesFlagged).toBeLessThanOrEqual(0.32); // target ≤ 0.05, NOT met; held out 0.313 (31 of 99); 0.384 before
    expect(f.okAutoApproved).toBeGreaterThanOrEqual(0.72); // target ≥ 0.70, met; held out 0.730 (89 of 122); 0.672 before
    expect(f.okBlocked).toBeLessThanOrEqual(0.01); // held out 0.0 (0 of 122); 0.0 before
  });
});
