/**
 * The independent set 2026-12zzzc (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 82 of them hard negatives,
 * 78 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261355) that never opened the rules, fixtures, docs or code; frozen unread in
 * cc12fcd before it was measured, and measured once, through these aggregate figures only, on the final (thirty-eighth round's) rules (05b9c26)
 * as a confirmation set with no change made for it. Safety and the committee targets are met; the harmless-broadcast target is missed by one campaign (4 of 78, 5.1%). Three of its 125 harmless campaigns are blocked outright.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzzc',
  campaigns: 250,
  sha256Prefix: 'c05971c8b3fe73ee',
  frozenIn: 'cc12fcd',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.984 (61 of 62)
    blockDecidedBlock: ['>=', 0.75], // target ≥ 0.60, met; held out 0.774 (48 of 62)
    reviewToCommittee: ['>=', 0.98], // target ≥ 0.90, met; held out 1.000 (63 of 63)
    hardNegatives: ['=', 82],
    hardNegativesFlagged: ['<=', 0.16], // no target; held out 0.146 (12 of 82)
    broadcastsAndOptIns: ['=', 78],
    broadcastsAndOptInsFlagged: ['<=', 0.06], // target ≤ 0.05, NOT met by one campaign; held out 0.051 (4 of 78)
    okAutoApproved: ['>=', 0.80], // target ≥ 0.70, met; held out 0.816 (102 of 125)
    okBlocked: ['<=', 0.03], // held out 0.024 (3 of 125)
  },
});
