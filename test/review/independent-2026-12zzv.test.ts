/**
 * The independent set 2026-12zzv (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 83 of them hard negatives,
 * 80 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261348) that never opened the rules, fixtures, docs or code; frozen unread in
 * 76656b9 before it was measured, and measured once, through these aggregate figures only, on the thirty-seventh round's rules (8c7ac62)
 * as a confirmation set with no change made for it. Safety and the committee targets are met; the harmless-broadcast target is missed (7 of 80, 8.8%), and 5 of its 125 harmless campaigns are blocked outright.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzv',
  campaigns: 250,
  sha256Prefix: '2e0a67f6070fa1a6',
  frozenIn: '76656b9',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.74], // target ≥ 0.60, met; held out 0.758 (47 of 62)
    reviewToCommittee: ['>=', 0.97], // target ≥ 0.90, met; held out 0.984 (62 of 63)
    hardNegatives: ['=', 83],
    hardNegativesFlagged: ['<=', 0.16], // no target; held out 0.145 (12 of 83)
    broadcastsAndOptIns: ['=', 80],
    broadcastsAndOptInsFlagged: ['<=', 0.10], // target ≤ 0.05, NOT met; held out 0.088 (7 of 80)
    okAutoApproved: ['>=', 0.81], // target ≥ 0.70, met; held out 0.832 (104 of 125)
    okBlocked: ['<=', 0.05], // held out 0.040 (5 of 125)
  },
});
