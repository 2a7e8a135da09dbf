/**
 * The independent held-out set 2026-12g (issue 24): 244 campaigns (64 block, 59 review, 121 ok, 99 of
 * them hard negatives; 49% not in English, nine languages), written by a helper that never opened the
 * rules, fixtures, docs or code, and frozen in a84bda3 before the fifth tuning round (on 2026-12f)
 * changed any rule. It was measured through these aggregate figures only (independent-figures.ts):
 * once on the rules before that round, and once after it was committed (542b1f7). Those are the
 * held-out figures the README reports. The set may be tuned on after that measurement: the floors
 * below sit a little under the held-out measurement, so any later change can only keep or raise them;
 * the targets are quoted next to them, one of them NOT met on held-out data. Written by a
 * different helper from 2026-12f's, with the same brief; the set's own `kind` field is never shown to the review.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12g',
  campaigns: 244,
  sha256Prefix: '847fa068d4df65cd',
  frozenIn: 'a84bda3',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.0 (64 of 64); 1.0 before the round
    blockDecidedBlock: ['>=', 0.7], // target ≥ 0.60, met; held out 0.719 (46 of 64); 0.719 before
    reviewToCommittee: ['>=', 0.96], // target ≥ 0.90, met; held out 0.983 (58 of 59); 1.0 before
    hardNegatives: ['=', 99],
    hardNegativesFlagged: ['<=', 0.14], // target ≤ 0.05, NOT met; held out 0.131 (13 of 99); 0.172 before
    okAutoApproved: ['>=', 0.88], // target ≥ 0.70, met; held out 0.893 (108 of 121); 0.860 before
    okBlocked: ['<=', 0.01], // held out 0.0 (0 of 121); 0.0 before
  },
});
