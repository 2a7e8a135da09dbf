/**
 * The independent set 2026-12zzy (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 70 of them hard negatives,
 * 78 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261351) that never opened the rules, fixtures, docs or code; frozen unread in
 * cb93886 before it was measured, and measured once, through these aggregate figures only, on the final (thirty-eighth round's) rules (57773cc)
 * as a confirmation set with no change made for it. Every target is met on it (harmless broadcasts flagged 2 of 78, 2.6%). None of its 125 harmless campaigns is blocked outright.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzy',
  campaigns: 250,
  sha256Prefix: '616d573cdaf7d753',
  frozenIn: 'cb93886',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.984 (61 of 62)
    blockDecidedBlock: ['>=', 0.75], // target ≥ 0.60, met; held out 0.774 (48 of 62)
    reviewToCommittee: ['>=', 0.97], // target ≥ 0.90, met; held out 0.984 (62 of 63)
    hardNegatives: ['=', 70],
    hardNegativesFlagged: ['<=', 0.09], // no target; held out 0.071 (5 of 70)
    broadcastsAndOptIns: ['=', 78],
    broadcastsAndOptInsFlagged: ['<=', 0.04], // target ≤ 0.05, met; held out 0.026 (2 of 78)
    okAutoApproved: ['>=', 0.81], // target ≥ 0.70, met; held out 0.832 (104 of 125)
    okBlocked: ['<=', 0.01], // held out 0.000
  },
});
