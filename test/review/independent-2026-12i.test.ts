/**
 * The independent held-out set 2026-12i (issue 24): 248 campaigns (64 block, 62 review, 122 ok, 117 of
 * them hard negatives; 55% not in English, nine languages), written by a helper that never opened the
 * rules, fixtures, docs or code, and frozen in 153f1fe before the seventh tuning round (on 2026-12h) was
 * committed. It was measured through these aggregate figures only (independent-figures.ts): once on the
 * rules of the sixth round, and once after the seventh was committed (7e9c901). Those are the held-out
 * figures the README reports. The set may be tuned on after that measurement: the floors below sit a
 * little under the held-out measurement, so any later change can only keep or raise them; the issue's
 * targets are quoted next to them, one of them far from met on held-out data. Written by a fourth helper,
 * with the same brief; the set's own `kind` field is never shown to the review.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12i',
  campaigns: 248,
  sha256Prefix: '5dbe07afdc01df17',
  frozenIn: '153f1fe',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.984 (63 of 64); 0.984 before the round
    blockDecidedBlock: ['>=', 0.63], // target ≥ 0.60, met; held out 0.641 (41 of 64); 0.641 before
    reviewToCommittee: ['>=', 0.96], // target ≥ 0.90, met; held out 0.984 (61 of 62); 0.984 before
    hardNegatives: ['=', 117],
    hardNegativesFlagged: ['<=', 0.54], // target ≤ 0.05, NOT met; held out 0.530 (62 of 117); 0.590 before
    okAutoApproved: ['>=', 0.46], // target ≥ 0.70, NOT met; held out 0.467 (57 of 122); 0.410 before
    okBlocked: ['<=', 0.034], // held out 0.033 (4 of 122); 0.033 before
  },
});
