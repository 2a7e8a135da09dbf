/**
 * The independent set 2026-12zzh (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 85 of them hard negatives,
 * 83 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261334) that never opened the rules, fixtures, docs or code; frozen unread in
 * cd76a4f before it was measured, and measured once, through these aggregate figures only, on the final (thirty-fourth round's)
 * rules (d8d9914), as a confirmation set with no change made for it. Every target is met on it. None of its 125 harmless campaigns is blocked outright.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzh',
  campaigns: 250,
  sha256Prefix: '3fa9cab9da212650',
  frozenIn: 'cd76a4f',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.984 (61 of 62)
    blockDecidedBlock: ['>=', 0.60], // target ≥ 0.60, met; held out 0.613 (38 of 62)
    reviewToCommittee: ['>=', 0.96], // target ≥ 0.90, met; held out 0.984 (62 of 63)
    hardNegatives: ['=', 85],
    hardNegativesFlagged: ['<=', 0.12], // no target; held out 0.106 (9 of 85)
    broadcastsAndOptIns: ['=', 83],
    broadcastsAndOptInsFlagged: ['<=', 0.04], // target ≤ 0.05, met; held out 0.024 (2 of 83)
    okAutoApproved: ['>=', 0.84], // target ≥ 0.70, met; held out 0.864 (108 of 125)
    okBlocked: ['<=', 0.01], // held out 0.000
  },
});
