/**
 * The independent held-out set 2026-12l (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 115 of
 * them hard negatives; 46% not in English, thirteen languages), written by a seventh helper that never opened
 * the rules, fixtures, docs or code, and frozen in 1c54c5e before the tenth tuning round (on 2026-12k)
 * was committed. It was measured through these aggregate figures only (independent-figures.ts): once on the
 * rules of the ninth round, and once after the tenth was committed (1f5652c). Those are the held-out
 * figures the README reports. The set may be tuned on after that measurement: the floors below sit a
 * little under the held-out measurement, so any later change can only keep or raise them; the issue's
 * targets are quoted next to them, two of them not met on held-out data. The set's own `kind` field is
 * never shown to the review. The eleventh round tuned on this set: it is in-sample from there on (2026-12m
 * holds the next held-out figures).
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12l',
  campaigns: 250,
  sha256Prefix: 'f66e0b7e7c1e5873',
  frozenIn: '1c54c5e',
  floors: {
    blockNeverAutoApproved: ['>=', 0.96], // target ≥ 0.98, NOT met; held out 0.968 (60 of 62); 0.968 before the round
    blockDecidedBlock: ['>=', 0.68], // target ≥ 0.60, met; held out 0.694 (43 of 62); 0.694 before
    reviewToCommittee: ['>=', 0.95], // target ≥ 0.90, met; held out 0.968 (61 of 63); 0.937 before
    hardNegatives: ['=', 115],
    hardNegativesFlagged: ['<=', 0.39], // target ≤ 0.05, NOT met; held out 0.383 (44 of 115); 0.374 before
    okAutoApproved: ['>=', 0.64], // target ≥ 0.70, NOT met; held out 0.648 (81 of 125); 0.648 before
    okBlocked: ['<=', 0.025], // held out 0.024 (3 of 125); 0.024 before
  },
});
