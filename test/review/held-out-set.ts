/**
 * One frozen held-out set of campaigns (issue 24), checked the same way for every set: its bytes are
 * the ones frozen before the round it measured, it is large and multilingual enough, and the review's
 * aggregate figures on it stay at or above the floors recorded when it was measured (a little under
 * the held-out figures; each set's file quotes the targets and the measurements next to its floors).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLabelled } from './labelled.js';
import { formatFigures, setFigures, type SetFigures } from './independent-figures.js';

/** At least, at most, or exactly. */
export type Floor = readonly ['>=' | '<=' | '=', number];

export interface FrozenSet {
  /** "2026-12f": the fixture is `fixtures/independent-<name>.jsonl`. */
  name: string;
  campaigns: number;
  /** The first 16 hex digits of the fixture's sha256. */
  sha256Prefix: string;
  /** The commit that froze the set before the round it measured. */
  frozenIn: string;
  floors: Partial<Record<keyof SetFigures, Floor>>;
}

export function describeFrozenSet(set: FrozenSet): void {
  const fixture = `independent-${set.name}.jsonl`;
  describe(`independent held-out set ${set.name}`, () => {
    it(`is the frozen set: ${set.campaigns} campaigns, at least 20% not in English, hard negatives marked by its author, the bytes frozen in ${set.frozenIn}`, () => {
      const rows = loadLabelled(fixture);
      expect(rows.length).toBe(set.campaigns);
      expect(rows.filter((r) => r.lang !== 'en').length / rows.length).toBeGreaterThanOrEqual(0.2);
      expect(rows.every((r) => typeof (r as { hard_negative?: unknown }).hard_negative === 'boolean')).toBe(true);
      const bytes = readFileSync(fileURLToPath(new URL(`./fixtures/${fixture}`, import.meta.url)));
      expect(createHash('sha256').update(bytes).digest('hex').slice(0, 16)).toBe(set.sha256Prefix);
    });

    it("measures the issue's figures (floors a little under the held-out measurement)", () => {
      const f = setFigures(fixture);
      console.log(formatFigures(`independent held-out set ${set.name}`, f));
      for (const [figure, [op, value]] of Object.entries(set.floors) as [keyof SetFigures, Floor][]) {
        const measured = f[figure];
        expect(measured, figure).not.toBeNull();
        if (op === '>=') expect(measured, figure).toBeGreaterThanOrEqual(value);
        else if (op === '<=') expect(measured, figure).toBeLessThanOrEqual(value);
        else expect(measured, figure).toBe(value);
      }
    });
  });
}
