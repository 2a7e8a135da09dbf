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
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12f',
  campaigns: 245,
  sha256Prefix: '277061bb149e87ea',
  frozenIn: '02d3c7a',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.985 (64 of 65); 0.969 before the round
    blockDecidedBlock: ['>=', 0.65], // target ≥ 0.60, met; held out 0.662 (43 of 65); 0.646 before
    reviewToCommittee: ['>=', 0.98], // target ≥ 0.90, met; held out 1.0 (58 of 58); 1.0 before
    hardNegatives: ['=', 99],
    hardNegativesFlagged: ['<=', 0.32], // target ≤ 0.05, NOT met; held out 0.313 (31 of 99); 0.384 before
    okAutoApproved: ['>=', 0.72], // target ≥ 0.70, met; held out 0.730 (89 of 122); 0.672 before
    okBlocked: ['<=', 0.01], // held out 0.0 (0 of 122); 0.0 before
  },
});
