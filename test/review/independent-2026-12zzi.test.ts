/**
 * The independent set 2026-12zzi (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 68 of them hard negatives,
 * 75 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261335) that never opened the rules, fixtures, docs or code; frozen unread in
 * e0a04ac before it was measured, and measured once, through these aggregate figures only, on the thirty-fourth round's rules
 * (d8d9914, unchanged to 4b1a82f) with no change made for it. Safety is missed on it (3 of 62 block cases auto-approved, 95.2%); the committee targets and the harmless-broadcast target are met (3 of 75, 4.0%). One of its 125 harmless campaigns is blocked outright.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzi',
  campaigns: 250,
  sha256Prefix: 'ba8173e802702d67',
  frozenIn: 'e0a04ac',
  floors: {
    blockNeverAutoApproved: ['>=', 0.94], // target ≥ 0.98, NOT met; held out 0.952 (59 of 62)
    blockDecidedBlock: ['>=', 0.77], // target ≥ 0.60, met; held out 0.790 (49 of 62)
    reviewToCommittee: ['>=', 0.95], // target ≥ 0.90, met; held out 0.968 (61 of 63)
    hardNegatives: ['=', 68],
    hardNegativesFlagged: ['<=', 0.10], // no target; held out 0.088 (6 of 68)
    broadcastsAndOptIns: ['=', 75],
    broadcastsAndOptInsFlagged: ['<=', 0.05], // target ≤ 0.05, met; held out 0.040 (3 of 75)
    okAutoApproved: ['>=', 0.83], // target ≥ 0.70, met; held out 0.848 (106 of 125)
    okBlocked: ['<=', 0.01], // held out 0.008 (1 of 125)
  },
});
