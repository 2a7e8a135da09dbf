/**
 * The independent set 2026-12zzw (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 77 of them hard negatives,
 * 79 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261349) that never opened the rules, fixtures, docs or code; frozen unread in
 * b90772e before it was measured, and measured once, through these aggregate figures only, on the thirty-seventh round's rules (8c7ac62)
 * as a confirmation set with no change made for it. Every target is met on it (harmless broadcasts flagged 2 of 79, 2.5%). None of its 125 harmless campaigns is blocked outright.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzw',
  campaigns: 250,
  sha256Prefix: '1e86a61ef5925439',
  frozenIn: 'b90772e',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.984 (61 of 62)
    blockDecidedBlock: ['>=', 0.70], // target ≥ 0.60, met; held out 0.726 (45 of 62)
    reviewToCommittee: ['>=', 0.93], // target ≥ 0.90, met; held out 0.952 (60 of 63)
    hardNegatives: ['=', 77],
    hardNegativesFlagged: ['<=', 0.10], // no target; held out 0.091 (7 of 77)
    broadcastsAndOptIns: ['=', 79],
    broadcastsAndOptInsFlagged: ['<=', 0.04], // target ≤ 0.05, met; held out 0.025 (2 of 79)
    okAutoApproved: ['>=', 0.86], // target ≥ 0.70, met; held out 0.880 (110 of 125)
    okBlocked: ['<=', 0.01], // held out 0.000
  },
});
