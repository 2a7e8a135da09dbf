/**
 * The independent set 2026-12zzf (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 72 of them hard negatives,
 * 74 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261332) that never opened the rules, fixtures, docs or code; frozen unread in
 * 772ec7f before it was measured, and measured once, through these aggregate figures only, on the final (thirty-fourth round's)
 * rules (d8d9914), as a confirmation set with no change made for it. Safety and the committee targets are met on it; the harmless-broadcast target is missed by one campaign (3 of 74 would be 4.1%). None of its 125 harmless campaigns is blocked outright.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzf',
  campaigns: 250,
  sha256Prefix: 'd94570cbc491e15a',
  frozenIn: '772ec7f',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.984 (61 of 62)
    blockDecidedBlock: ['>=', 0.70], // target ≥ 0.60, met; held out 0.726 (45 of 62)
    reviewToCommittee: ['>=', 0.92], // target ≥ 0.90, met; held out 0.937 (59 of 63)
    hardNegatives: ['=', 72],
    hardNegativesFlagged: ['<=', 0.11], // no target; held out 0.097 (7 of 72)
    broadcastsAndOptIns: ['=', 74],
    broadcastsAndOptInsFlagged: ['<=', 0.06], // target ≤ 0.05, NOT met; held out 0.054 (4 of 74)
    okAutoApproved: ['>=', 0.85], // target ≥ 0.70, met; held out 0.872 (109 of 125)
    okBlocked: ['<=', 0.01], // held out 0.000
  },
});
