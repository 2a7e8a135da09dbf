/**
 * The independent held-out set 2026-12e (issue 24): 235 campaigns (63 block, 57 review, 115 ok, 93 of
 * them hard negatives; 56% not in English, nine languages), written by a helper that never opened the
 * rules, fixtures, docs or code, and frozen in fd36cdd before the third tuning round (on 2026-12d)
 * began. It was measured through these aggregate figures only (independent-figures.ts), never read case
 * by case: once on the rules before that round (for the "before" figures) and once after it was merged
 * (3baffc4); those are its held-out figures. The fourth round (56d6870) then read it case by case and
 * tuned on it, so its figures today are in-sample (hard negatives flagged 0%); the floors still hold
 * the held-out measurement, and the targets are quoted next to them.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12e',
  campaigns: 235,
  sha256Prefix: '0906400b22da75cf',
  frozenIn: 'fd36cdd',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; measured 1.0 (63 of 63); 1.0 before the round
    blockDecidedBlock: ['>=', 0.69], // target ≥ 0.60, met; measured 0.714 (45 of 63); 0.698 before
    reviewToCommittee: ['>=', 0.98], // target ≥ 0.90, met; measured 1.0 (57 of 57); 1.0 before
    hardNegatives: ['=', 93],
    hardNegativesFlagged: ['<=', 0.34], // target ≤ 0.05, NOT met; measured 0.323 (30 of 93); 0.366 before
    okAutoApproved: ['>=', 0.7], // target ≥ 0.70, met; measured 0.713 (82 of 115); 0.678 before
    okBlocked: ['<=', 0.06], // measured 0.052 (6 of 115); 0.061 before
  },
});
