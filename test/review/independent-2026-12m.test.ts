/**
 * The independent held-out set 2026-12m (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 112 of
 * them hard negatives; 45% not in English, twelve languages), written by an eighth helper that never opened
 * the rules, fixtures, docs or code, and frozen in 032434b before the eleventh tuning round (on 2026-12l)
 * was committed. It was measured through these aggregate figures only (independent-figures.ts): once on the
 * rules of the tenth round, and once after the eleventh was committed. Those are the held-out figures the
 * README reports. The set may be tuned on after that measurement: the floors below sit a little under the
 * held-out measurement, so any later change can only keep or raise them; the targets are quoted
 * next to them, three of them not met on held-out data. The set's own `kind` field is never shown to the
 * review; it only says which harmless campaigns are broadcasts and opt-ins (the wording of the 5% target).
 * The twelfth round tuned on this set: it is in-sample from there on (2026-12n holds the next held-out figures).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLabelled } from './labelled.js';
import { formatFigures, setFigures } from './independent-figures.js';

describe('independent held-out set 2026-12m', () => {
  it('is the frozen set: 250 campaigns, at least 20% not in English, hard negatives marked by its author, the bytes frozen in 032434b', () => {
    const rows = loadLabelled('independent-2026-12m.jsonl');
    expect(rows.length).toBe(250);
    expect(rows.filter((r) => r.lang !== 'en').length / rows.length).toBeGreaterThanOrEqual(0.2);
    expect(rows.every((r) => typeof (r as { hard_negative?: unknown }).hard_negative === 'boolean')).toBe(true);
    const bytes = readFileSync(fileURLToPath(new URL('./fixtures/independent-2026-12m.jsonl', import.meta.url)));
    expect(createHash('sha256').update(bytes).digest('hex').slice(0, 16)).toBe('9f8d0d7482cfff4e');
  });

  it("measures the issue's figures (floors a little under the held-out measurement)", () => {
    const f = setFigures('independent-2026-12m.jsonl');
    console.log(formatFigures('independent held-out set 2026-12m', f));
    expect(f.blockNeverAutoApproved).toBeGreaterThanOrEqual(0.95); // target ≥ 0.98, NOT met; held out 0.952 (59 of 62); 0.952 before the round
    expect(f.blockDecidedBlock).toBeGreaterThanOrEqual(0.72); // target ≥ 0.60, met; held out 0.742 (46 of 62); 0.742 before
    expect(f.reviewToCommittee).toBeGreaterThanOrEqual(0.92); // target ≥ 0.90, met; held out 0.937 (59 of 63); 0.937 before
    expect(f.hardNegatives).toBe(112);
    expect(f.hardNegativesFlagged).toBeLessThanOrEqual(0.33); // no target for these; held out 0.321 (36 of 112); 0.339 before
    expect(f.broadcastsAndOptIns).toBe(70);
    expect(f.broadcastsAndOptInsFlagged).toBeLessThanOrEqual(0.06); // target ≤ 0.05, NOT met; held out 0.057 (4 of 70); 0.057 before
    expect(f.okAutoApproved).toBeGreaterThanOrEqual(0.7); // target ≥ 0.70, met; held out 0.712 (89 of 125); 0.696 before
    expect(f.okBlocked).toBeLessThanOrEqual(0.01); // held out 0.008 (1 of 125); 0.016 before
  });
});
