/**
 * The independent held-out set 2026-12n (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 110 of
 * them hard negatives; 45% not in English, twelve languages), written by a ninth helper that never opened
 * the rules, fixtures, docs or code, and frozen in 4502fe4 before the twelfth tuning round (on 2026-12m)
 * was committed. It was measured through these aggregate figures only (independent-figures.ts): once on the
 * rules of the eleventh round, and once after the twelfth was committed. Those are the held-out figures the
 * README reports. The set may be tuned on after that measurement: the floors below sit a little under the
 * held-out measurement, so any later change can only keep or raise them; the targets are quoted
 * next to them; on this set all of them are met, before and after the round. The set's own `kind` field is never shown to the
 * review; it only says which harmless campaigns are broadcasts and opt-ins (the wording of the 5% target).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLabelled } from './labelled.js';
import { formatFigures, setFigures } from './independent-figures.js';

describe('independent held-out set 2026-12n', () => {
  it('is the frozen set: 250 campaigns, at least 20% not in English, hard negatives marked by its author, the bytes frozen in 4502fe4', () => {
    const rows = loadLabelled('independent-2026-12n.jsonl');
    expect(rows.length).toBe(250);
    expect(rows.filter((r) => r.lang !== 'en').length / rows.length).toBeGreaterThanOrEqual(0.2);
    expect(rows.every((r) => typeof (r as { hard_negative?: unknown }).hard_negative === 'boolean')).toBe(true);
    const bytes = readFileSync(fileURLToPath(new URL('./fixtures/independent-2026-12n.jsonl', import.meta.url)));
    expect(createHash('sha256').update(bytes).digest('hex').slice(0, 16)).toBe('33b112d5c7e9766a');
  });

  it("measures the issue's figures (floors a little under the held-out measurement)", () => {
    const f = setFigures('independent-2026-12n.jsonl');
    console.log(formatFigures('independent held-out set 2026-12n', f));
    expect(f.blockNeverAutoApproved).toBeGreaterThanOrEqual(0.98); // target ≥ 0.98, met; held out 1.000 (62 of 62); 1.000 before the round
    expect(f.blockDecidedBlock).toBeGreaterThanOrEqual(0.69); // target ≥ 0.60, met; held out 0.710 (44 of 62); 0.645 before
    expect(f.reviewToCommittee).toBeGreaterThanOrEqual(0.96); // target ≥ 0.90, met; held out 0.984 (62 of 63); 0.984 before
    expect(f.hardNegatives).toBe(110);
    expect(f.hardNegativesFlagged).toBeLessThanOrEqual(0.17); // no target for these; held out 0.164 (18 of 110); 0.182 before
    expect(f.broadcastsAndOptIns).toBe(71);
    expect(f.broadcastsAndOptInsFlagged).toBeLessThanOrEqual(0.05); // target ≤ 0.05, met; held out 0.042 (3 of 71); 0.042 before
    expect(f.okAutoApproved).toBeGreaterThanOrEqual(0.82); // target ≥ 0.70, met; held out 0.832 (104 of 125); 0.816 before
    expect(f.okBlocked).toBeLessThanOrEqual(0.01); // held out 0.008 (1 of 125); 0.008 before
  });
});
