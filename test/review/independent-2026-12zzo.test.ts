/**
 * The independent set 2026-12zzo (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 74 of them hard negatives,
 * 72 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261341) that never opened the rules, fixtures, docs or code; frozen unread in
 * 6372e5d before it was measured, and measured once, through these aggregate figures only, on the thirty-fifth round's rules
 * (c298d77) as a confirmation set with no change made for it. Every target is met on it (decided-block by one campaign: 38 of 62, 61.3%; harmless broadcasts flagged 3 of 72, 4.2%). Three of its 125 harmless campaigns are blocked outright.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzo',
  campaigns: 250,
  sha256Prefix: '6a3919d7c3a6db42',
  frozenIn: '6372e5d',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.984 (61 of 62)
    blockDecidedBlock: ['>=', 0.60], // target ≥ 0.60, met; held out 0.613 (38 of 62)
    reviewToCommittee: ['>=', 0.95], // target ≥ 0.90, met; held out 0.968 (61 of 63)
    hardNegatives: ['=', 74],
    hardNegativesFlagged: ['<=', 0.11], // no target; held out 0.095 (7 of 74)
    broadcastsAndOptIns: ['=', 72],
    broadcastsAndOptInsFlagged: ['<=', 0.05], // target ≤ 0.05, met; held out 0.042 (3 of 72)
    okAutoApproved: ['>=', 0.85], // target ≥ 0.70, met; held out 0.864 (108 of 125)
    okBlocked: ['<=', 0.03], // held out 0.024 (3 of 125)
  },
});
