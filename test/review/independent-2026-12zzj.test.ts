/**
 * The independent set 2026-12zzj (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 75 of them hard negatives,
 * 83 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261336) that never opened the rules, fixtures, docs or code; frozen unread in
 * 94e48c5 before it was measured, and measured once, through these aggregate figures only, on the thirty-fourth round's rules
 * (d8d9914, unchanged to 4b1a82f) with no change made for it. Safety, review-to-committee and the harmless-broadcast target (3 of 83, 3.6%) are met; decided-block is missed by one campaign (37 of 62, 59.7%). None of its 125 harmless campaigns is blocked outright.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzj',
  campaigns: 250,
  sha256Prefix: 'bff487f6b253211b',
  frozenIn: '94e48c5',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.984 (61 of 62)
    blockDecidedBlock: ['>=', 0.58], // target ≥ 0.60, NOT met by one campaign; held out 0.597 (37 of 62)
    reviewToCommittee: ['>=', 0.95], // target ≥ 0.90, met; held out 0.968 (61 of 63)
    hardNegatives: ['=', 75],
    hardNegativesFlagged: ['<=', 0.08], // no target; held out 0.067 (5 of 75)
    broadcastsAndOptIns: ['=', 83],
    broadcastsAndOptInsFlagged: ['<=', 0.05], // target ≤ 0.05, met; held out 0.036 (3 of 83)
    okAutoApproved: ['>=', 0.85], // target ≥ 0.70, met; held out 0.872 (109 of 125)
    okBlocked: ['<=', 0.01], // held out 0.000
  },
});
