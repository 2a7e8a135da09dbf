/**
 * The independent held-out set 2026-12k (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 113 of
 * them hard negatives; 51% not in English, ten languages), written by a sixth helper that never opened the
 * rules, fixtures, docs or code, and frozen in 72d621f before the ninth tuning round (on 2026-12j) was
 * committed. It was measured through these aggregate figures only (independent-figures.ts): once on the
 * rules of the eighth round, and once after the ninth was committed (b053b4c). Those are the held-out
 * figures the README reports. The set may be tuned on after that measurement: the floors below sit a
 * little under the held-out measurement, so any later change can only keep or raise them; the issue's
 * targets are quoted next to them, two of them not met on held-out data. The set's own `kind` field is
 * never shown to the review.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12k',
  campaigns: 250,
  sha256Prefix: '3dedcd519821329a',
  frozenIn: '72d621f',
  floors: {
    blockNeverAutoApproved: ['>=', 0.96], // target ≥ 0.98, NOT met; held out 0.968 (60 of 62); 0.968 before the round
    blockDecidedBlock: ['>=', 0.65], // target ≥ 0.60, met; held out 0.661 (41 of 62); 0.645 before
    reviewToCommittee: ['>=', 0.95], // target ≥ 0.90, met; held out 0.968 (61 of 63); 0.968 before
    hardNegatives: ['=', 113],
    hardNegativesFlagged: ['<=', 0.26], // target ≤ 0.05, NOT met; held out 0.257 (29 of 113); 0.381 before
    okAutoApproved: ['>=', 0.71], // target ≥ 0.70, met; held out 0.720 (90 of 125); 0.608 before
    okBlocked: ['<=', 0.009], // held out 0.008 (1 of 125); 0.008 before
  },
});
