/**
 * The independent set 2026-12zzk (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 75 of them hard negatives,
 * 78 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261337) that never opened the rules, fixtures, docs or code; frozen unread in
 * ce0f3ef before it was measured, and measured once, through these aggregate figures only, on the thirty-fourth round's rules
 * (d8d9914, unchanged to 4b1a82f) with no change made for it. Safety (no block case auto-approved) and review-to-committee are met; decided-block (28 of 62, 45.2%) and the harmless-broadcast target (5 of 78, 6.4%) are missed. One of its 125 harmless campaigns is blocked outright.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzk',
  campaigns: 250,
  sha256Prefix: '734f18f58bab110a',
  frozenIn: 'ce0f3ef',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.43], // target ≥ 0.60, NOT met; held out 0.452 (28 of 62)
    reviewToCommittee: ['>=', 0.95], // target ≥ 0.90, met; held out 0.968 (61 of 63)
    hardNegatives: ['=', 75],
    hardNegativesFlagged: ['<=', 0.12], // no target; held out 0.107 (8 of 75)
    broadcastsAndOptIns: ['=', 78],
    broadcastsAndOptInsFlagged: ['<=', 0.07], // target ≤ 0.05, NOT met; held out 0.064 (5 of 78)
    okAutoApproved: ['>=', 0.81], // target ≥ 0.70, met; held out 0.832 (104 of 125)
    okBlocked: ['<=', 0.01], // held out 0.008 (1 of 125)
  },
});
