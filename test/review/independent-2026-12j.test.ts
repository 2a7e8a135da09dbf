/**
 * The independent held-out set 2026-12j (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 118 of
 * them hard negatives; 48% not in English, nine languages), written by a helper that never opened the
 * rules, fixtures, docs or code, and frozen in 607239b before the eighth tuning round (on 2026-12i) was
 * committed. It was measured through these aggregate figures only (independent-figures.ts): once on the
 * rules of the seventh round, and once after the eighth was committed (52e9d93). Those are the held-out
 * figures the README reports. The set may be tuned on after that measurement: the floors below sit a
 * little under the held-out measurement, so any later change can only keep or raise them; the issue's
 * targets are quoted next to them, one of them far from met on held-out data. Written by a fifth helper,
 * with the same brief; the set's own `kind` field is never shown to the review.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12j',
  campaigns: 250,
  sha256Prefix: '9a9e6a9a45d10968',
  frozenIn: '607239b',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.984 (61 of 62); 0.984 before the round
    blockDecidedBlock: ['>=', 0.7], // target ≥ 0.60, met; held out 0.710 (44 of 62); 0.710 before
    reviewToCommittee: ['>=', 0.93], // target ≥ 0.90, met; held out 0.952 (60 of 63); 0.952 before
    hardNegatives: ['=', 118],
    hardNegativesFlagged: ['<=', 0.37], // target ≤ 0.05, NOT met; held out 0.364 (43 of 118); 0.381 before
    okAutoApproved: ['>=', 0.63], // target ≥ 0.70, NOT met; held out 0.640 (80 of 125); 0.616 before
    okBlocked: ['<=', 0.017], // held out 0.016 (2 of 125); 0.016 before
  },
});
