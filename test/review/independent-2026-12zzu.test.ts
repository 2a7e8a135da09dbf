/**
 * The independent set 2026-12zzu (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 92 of them hard negatives,
 * 79 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261347) that never opened the rules, fixtures, docs or code; frozen unread in
 * 207c407 before it was measured, and measured once, through these aggregate figures only, on the thirty-seventh round's rules (8c7ac62)
 * as a confirmation set with no change made for it. Every target is met on it (harmless broadcasts flagged 1 of 79, 1.3%). None of its 125 harmless campaigns is blocked outright.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzu',
  campaigns: 250,
  sha256Prefix: 'b25b42c9ef1a8c7e',
  frozenIn: '207c407',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.984 (61 of 62)
    blockDecidedBlock: ['>=', 0.65], // target ≥ 0.60, met; held out 0.677 (42 of 62)
    reviewToCommittee: ['>=', 0.93], // target ≥ 0.90, met; held out 0.952 (60 of 63)
    hardNegatives: ['=', 92],
    hardNegativesFlagged: ['<=', 0.13], // no target; held out 0.120 (11 of 92)
    broadcastsAndOptIns: ['=', 79],
    broadcastsAndOptInsFlagged: ['<=', 0.03], // target ≤ 0.05, met; held out 0.013 (1 of 79)
    okAutoApproved: ['>=', 0.84], // target ≥ 0.70, met; held out 0.856 (107 of 125)
    okBlocked: ['<=', 0.01], // held out 0.000
  },
});
