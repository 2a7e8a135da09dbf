/**
 * The independent set 2026-12zzl (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 77 of them hard negatives,
 * 78 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261338) that never opened the rules, fixtures, docs or code; frozen unread in
 * 3baeab9 before it was measured, and measured once, through these aggregate figures only, on the thirty-fourth round's rules
 * (d8d9914, unchanged to 4b1a82f) with no change made for it. Safety, decided-block and review-to-committee are met; the harmless-broadcast target is missed (5 of 78, 6.4%). None of its 125 harmless campaigns is blocked outright.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzl',
  campaigns: 250,
  sha256Prefix: '70fb1fe6560d218c',
  frozenIn: '3baeab9',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.984 (61 of 62)
    blockDecidedBlock: ['>=', 0.74], // target ≥ 0.60, met; held out 0.758 (47 of 62)
    reviewToCommittee: ['>=', 0.97], // target ≥ 0.90, met; held out 0.984 (62 of 63)
    hardNegatives: ['=', 77],
    hardNegativesFlagged: ['<=', 0.10], // no target; held out 0.091 (7 of 77)
    broadcastsAndOptIns: ['=', 78],
    broadcastsAndOptInsFlagged: ['<=', 0.07], // target ≤ 0.05, NOT met; held out 0.064 (5 of 78)
    okAutoApproved: ['>=', 0.82], // target ≥ 0.70, met; held out 0.840 (105 of 125)
    okBlocked: ['<=', 0.01], // held out 0.000
  },
});
