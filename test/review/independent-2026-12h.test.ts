/**
 * The independent held-out set 2026-12h (issue 24): 240 campaigns (64 block, 61 review, 115 ok, 104 of
 * them hard negatives; 79% not in English, nine languages), written by a helper that never opened the
 * rules, fixtures, docs or code, and frozen in ebe510c before the sixth tuning round (on 2026-12g) was
 * committed. It was measured through these aggregate figures only (independent-figures.ts): once on the
 * rules of the fifth round, and once after the sixth was committed (8a548de). Those are the held-out
 * figures the README reports. The set may be tuned on after that measurement: the floors below sit a
 * little under the held-out measurement, so any later change can only keep or raise them; the issue's
 * targets are quoted next to them, one of them far from met on held-out data. Written by a third helper,
 * with the same brief; the set's own `kind` field is never shown to the review.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12h',
  campaigns: 240,
  sha256Prefix: '71b63501e431eb3a',
  frozenIn: 'ebe510c',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.984 (63 of 64); 0.984 before the round
    blockDecidedBlock: ['>=', 0.66], // target ≥ 0.60, met; held out 0.672 (43 of 64); 0.656 before
    reviewToCommittee: ['>=', 0.96], // target ≥ 0.90, met; held out 0.984 (60 of 61); 1.0 before
    hardNegatives: ['=', 104],
    hardNegativesFlagged: ['<=', 0.49], // target ≤ 0.05, NOT met; held out 0.481 (50 of 104); 0.481 before
    okAutoApproved: ['>=', 0.54], // target ≥ 0.70, NOT met; held out 0.548 (63 of 115); 0.548 before
    okBlocked: ['<=', 0.01], // held out 0.009 (1 of 115); 0.009 before
  },
});
