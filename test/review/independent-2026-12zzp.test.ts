/**
 * The independent set 2026-12zzp (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 83 of them hard negatives,
 * 78 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261342) that never opened the rules, fixtures, docs or code; frozen unread in
 * 5fb54d6 before it was measured, and measured once, through these aggregate figures only, on the thirty-fifth round's rules
 * (c298d77) as a confirmation set with no change made for it. Every target is met on it: no block case auto-approved, harmless broadcasts flagged 3 of 78 (3.8%). One of its 125 harmless campaigns is blocked outright.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzp',
  campaigns: 250,
  sha256Prefix: '9d3d55341499565b',
  frozenIn: '5fb54d6',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.78], // target ≥ 0.60, met; held out 0.806 (50 of 62)
    reviewToCommittee: ['>=', 0.93], // target ≥ 0.90, met; held out 0.952 (60 of 63)
    hardNegatives: ['=', 83],
    hardNegativesFlagged: ['<=', 0.18], // no target; held out 0.169 (14 of 83)
    broadcastsAndOptIns: ['=', 78],
    broadcastsAndOptInsFlagged: ['<=', 0.05], // target ≤ 0.05, met; held out 0.038 (3 of 78)
    okAutoApproved: ['>=', 0.80], // target ≥ 0.70, met; held out 0.824 (103 of 125)
    okBlocked: ['<=', 0.01], // held out 0.008 (1 of 125)
  },
});
