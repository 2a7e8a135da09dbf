/**
 * The independent set 2026-12zzg (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 73 of them hard negatives,
 * 78 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261333) that never opened the rules, fixtures, docs or code; frozen unread in
 * f155432 before it was measured, and measured once, through these aggregate figures only, on the final (thirty-fourth round's)
 * rules (d8d9914), as a confirmation set with no change made for it. Every target is met on it. 1 of its 125 harmless campaigns is blocked outright (a committee cannot approve it).
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzg',
  campaigns: 250,
  sha256Prefix: '3b54200abce6f567',
  frozenIn: 'f155432',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.984 (61 of 62)
    blockDecidedBlock: ['>=', 0.73], // target ≥ 0.60, met; held out 0.758 (47 of 62)
    reviewToCommittee: ['>=', 0.93], // target ≥ 0.90, met; held out 0.952 (60 of 63)
    hardNegatives: ['=', 73],
    hardNegativesFlagged: ['<=', 0.11], // no target; held out 0.096 (7 of 73)
    broadcastsAndOptIns: ['=', 78],
    broadcastsAndOptInsFlagged: ['<=', 0.05], // target ≤ 0.05, met; held out 0.038 (3 of 78)
    okAutoApproved: ['>=', 0.85], // target ≥ 0.70, met; held out 0.872 (109 of 125)
    okBlocked: ['<=', 0.01], // held out 0.008
  },
});
