/**
 * The independent set 2026-12zzzf (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 89 of them hard negatives,
 * 79 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261358) that never opened the rules, fixtures, docs or code; frozen unread in
 * 36287bb before it was measured, and measured once, through these aggregate figures only, on the final (thirty-eighth round's) rules (05b9c26)
 * as a confirmation set with no change made for it. Every target is met on it (harmless broadcasts flagged 2 of 79, 2.5%). None of its 125 harmless campaigns is blocked outright.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzzf',
  campaigns: 250,
  sha256Prefix: 'f37479a4f5410ef1',
  frozenIn: '36287bb',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.984 (61 of 62)
    blockDecidedBlock: ['>=', 0.75], // target ≥ 0.60, met; held out 0.774 (48 of 62)
    reviewToCommittee: ['>=', 0.93], // target ≥ 0.90, met; held out 0.952 (60 of 63)
    hardNegatives: ['=', 89],
    hardNegativesFlagged: ['<=', 0.14], // no target; held out 0.124 (11 of 89)
    broadcastsAndOptIns: ['=', 79],
    broadcastsAndOptInsFlagged: ['<=', 0.04], // target ≤ 0.05, met; held out 0.025 (2 of 79)
    okAutoApproved: ['>=', 0.84], // target ≥ 0.70, met; held out 0.864 (108 of 125)
    okBlocked: ['<=', 0.01], // held out 0.000
  },
});
