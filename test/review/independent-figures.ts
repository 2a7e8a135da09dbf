/**
 * Aggregate figures of the reviewer on a labelled set, and nothing else: a held-out set is
 * measured only through these numbers, never read case by case, so that no rule is tuned on it
 * (2026-12b, 2026-12c and 2026-12d were each held out once, then read case by case: they are now
 * tuning sets, and their figures in-sample).
 * `node --import tsx test/review/independent-figures.ts [fixture]`.
 */
import { CampaignForReview, reviewCampaign } from '../../src/review/index.js';
import { loadLabelled } from './labelled.js';

export interface SetFigures {
  campaigns: number;
  block: number;
  review: number;
  ok: number;
  /** Share of `block` cases decided block or review (never auto-approved). */
  blockNeverAutoApproved: number;
  /** Share of `block` cases decided block. */
  blockDecidedBlock: number;
  /** Share of `review` cases decided review or block (reached the committee or stopped). */
  reviewToCommittee: number;
  /** Share of `ok` cases decided review or block. */
  okFlagged: number;
  /** Share of `ok` cases decided ok. */
  okAutoApproved: number;
  /** Share of `ok` cases decided block: harmless campaigns the committee cannot even approve. */
  okBlocked: number;
  /** Hard negatives: `ok` cases the set's author marks `hard_negative` (broadcasts, opt-ins and ordinary segments with tell-tale words), or (older sets) whose note calls them broadcasts or opt-ins. */
  hardNegatives: number;
  /** Share of hard negatives decided review or block. */
  hardNegativesFlagged: number;
  /**
   * The issue's own wording of the 5% target: harmless campaigns the author wrote as a broadcast
   * or an opt-in (`kind`), whatever else they mark. `null` on sets without a `kind` field.
   */
  broadcastsAndOptIns: number | null;
  /** Share of those decided review or block. */
  broadcastsAndOptInsFlagged: number | null;
}

/** The hard negatives: harmless campaigns to everyone or to people who opted in, as the set's author describes them. */
const HARD_NEGATIVE_NOTE = /broadcast|opt-?in|preference|club|all (?:loyalty )?members|explicit/i;

export function setFigures(fixture: string): SetFigures {
  const rows = loadLabelled(fixture);
  const decided = rows.map((row) => ({ label: row.label, note: row.note, hard: (row as { hard_negative?: unknown }).hard_negative, kind: (row as { kind?: unknown }).kind, decision: reviewCampaign(CampaignForReview.parse(row)).decision }));
  // A set whose author marks hard negatives is read by that mark; older sets by their notes.
  const marked = decided.some((d) => typeof d.hard === 'boolean');
  const hard = decided.filter((d) => d.label === 'ok' && (marked ? d.hard === true : HARD_NEGATIVE_NOTE.test(d.note)));
  const kinded = decided.some((d) => typeof d.kind === 'string');
  const plain = decided.filter((d) => d.label === 'ok' && (d.kind === 'broadcast' || d.kind === 'opt-in'));
  const of = (label: string) => decided.filter((d) => d.label === label);
  const share = (label: string, pass: (d: string) => boolean) => of(label).filter((d) => pass(d.decision)).length / Math.max(1, of(label).length);
  return {
    campaigns: rows.length,
    block: of('block').length,
    review: of('review').length,
    ok: of('ok').length,
    blockNeverAutoApproved: share('block', (d) => d !== 'ok'),
    blockDecidedBlock: share('block', (d) => d === 'block'),
    reviewToCommittee: share('review', (d) => d !== 'ok'),
    okFlagged: share('ok', (d) => d !== 'ok'),
    okAutoApproved: share('ok', (d) => d === 'ok'),
    okBlocked: share('ok', (d) => d === 'block'),
    hardNegatives: hard.length,
    hardNegativesFlagged: hard.filter((d) => d.decision !== 'ok').length / Math.max(1, hard.length),
    broadcastsAndOptIns: kinded ? plain.length : null,
    broadcastsAndOptInsFlagged: kinded ? plain.filter((d) => d.decision !== 'ok').length / Math.max(1, plain.length) : null,
  };
}

export function formatFigures(name: string, f: SetFigures): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    `${name}: ${f.campaigns} campaigns (${f.block} block, ${f.review} review, ${f.ok} ok)`,
    `  block never auto-approved ${pct(f.blockNeverAutoApproved)}; block decided block ${pct(f.blockDecidedBlock)}`,
    `  review sent to the committee ${pct(f.reviewToCommittee)}`,
    `  ok flagged ${pct(f.okFlagged)}; ok auto-approved ${pct(f.okAutoApproved)}; ok blocked ${pct(f.okBlocked)}`,
    `  hard negatives (as the author marks them, ${f.hardNegatives}) flagged ${pct(f.hardNegativesFlagged)}`,
    ...(f.broadcastsAndOptInsFlagged === null ? [] : [`  harmless broadcasts and opt-ins (by the author's kind, ${f.broadcastsAndOptIns}) flagged ${pct(f.broadcastsAndOptInsFlagged)}`]),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fixture = process.argv[2] ?? 'independent-2026-12b.jsonl';
  console.log(formatFigures(fixture, setFigures(fixture)));
}
