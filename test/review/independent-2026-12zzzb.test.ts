/**
 * The independent set 2026-12zzzb (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 70 of them hard negatives,
 * 75 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261354) that never opened the rules, fixtures, docs or code; frozen unread in
 * 5f1d6d6 before it was measured, and measured once, through these aggregate figures only, on the final (thirty-eighth round's) rules (57773cc)
 * as a confirmation set with no change made for it. Safety (no block case auto-approved) and the committee targets are met; the harmless-broadcast target is missed by one campaign (4 of 75, 5.3%). Two of its 125 harmless campaigns are blocked outright.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzzb',
  campaigns: 250,
  sha256Prefix: '0cd690eef91502ba',
  frozenIn: '5f1d6d6',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.69], // target ≥ 0.60, met; held out 0.710 (44 of 62)
    reviewToCommittee: ['>=', 0.92], // target ≥ 0.90, met; held out 0.937 (59 of 63)
    hardNegatives: ['=', 70],
    hardNegativesFlagged: ['<=', 0.14], // no target; held out 0.129 (9 of 70)
    broadcastsAndOptIns: ['=', 75],
    broadcastsAndOptInsFlagged: ['<=', 0.06], // target ≤ 0.05, NOT met by one campaign; held out 0.053 (4 of 75)
    okAutoApproved: ['>=', 0.80], // target ≥ 0.70, met; held out 0.824 (103 of 125)
    okBlocked: ['<=', 0.02], // held out 0.016 (2 of 125)
  },
});
