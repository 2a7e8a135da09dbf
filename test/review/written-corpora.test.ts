/**
 * The four written corpora the twenty-fifth and twenty-sixth rounds were tuned on (fixtures/corpora.md): in-sample figures,
 * kept as floors so that the gains stay, and, above all, every contrast audience that picks people stays flagged and every
 * subtle block or review campaign stays out of auto-approval.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CampaignForReview, reviewCampaign } from '../../src/review/index.js';

interface Row { id: string; kind?: string; label?: string; audience: string; message: string; offer?: string }

function decisions(file: string): { row: Row; decision: string }[] {
  const text = readFileSync(fileURLToPath(new URL(`./fixtures/${file}`, import.meta.url)), 'utf8');
  return text.trim().split('\n').map((line) => {
    const row = JSON.parse(line) as Row;
    const campaign = CampaignForReview.parse({ id: row.id, campaign: { channel: 'email', audience: row.audience, message: row.message, offer: row.offer ?? 'See in store' }, segment_stats: { size: 5000 } });
    return { row, decision: reviewCampaign(campaign).decision };
  });
}
// 1,500 campaigns through the whole review: the first test took 79 s in a CI run on a machine with both cores busy (the 60 s default timed out); the file takes about 45 s alone.
const CORPUS_TIMEOUT = 240_000;
const count = (rows: { row: Row; decision: string }[], pick: (r: Row) => boolean, pass: (d: string) => boolean) => rows.filter((r) => pick(r.row) && pass(r.decision)).length;

describe('the written corpora (in-sample)', () => {
  it('reads at least as many of their broadcasts and opt-ins as such as when the rounds ended, and flags every contrast audience', () => {
    const floors: Record<string, { broadcast: number; optIn: number; selected?: number }> = {
      'corpus-2026-12-a.jsonl': { broadcast: 87, optIn: 148 },
      'corpus-2026-12-b.jsonl': { broadcast: 77, optIn: 105, selected: 100 },
      'corpus-2026-12-c.jsonl': { broadcast: 67, optIn: 99, selected: 80 },
    };
    for (const [file, floor] of Object.entries(floors)) {
      const rows = decisions(file);
      expect(count(rows, (r) => r.kind === 'broadcast', (d) => d === 'ok'), `${file} broadcasts`).toBeGreaterThanOrEqual(floor.broadcast);
      expect(count(rows, (r) => r.kind === 'opt-in', (d) => d === 'ok'), `${file} opt-ins`).toBeGreaterThanOrEqual(floor.optIn);
      const selected = rows.filter((r) => r.row.kind === 'selected');
      // Every audience that picks people on a sensitive trait or behaviour goes to the committee or is blocked.
      expect(selected.filter((r) => r.decision === 'ok').map((r) => r.row.id), file).toEqual([]);
      if (floor.selected !== undefined) expect(selected.length).toBe(floor.selected);
    }
  }, CORPUS_TIMEOUT);

  it('never auto-approves a subtle block or review campaign of the fourth corpus', () => {
    const rows = decisions('corpus-2026-12-d.jsonl');
    expect(rows.length).toBe(300);
    expect(rows.filter((r) => r.decision === 'ok').map((r) => r.row.id)).toEqual([]);
  }, CORPUS_TIMEOUT);
});
