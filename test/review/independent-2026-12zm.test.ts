/**
 * The independent set 2026-12zm (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 69 of them hard negatives,
 * 77 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md) that never opened the rules, fixtures, docs or code; frozen unread in 517530f (with 2026-12zn and 12zo)
 * before it was measured, and measured once, through these aggregate figures only, on the twenty-eighth round's rules (84bb401),
 * which were written without it; then read case by case for the twenty-ninth round's rules, so it is in-sample now: the floors
 * keep its held-out figures. The harmless-broadcast target is not met on it.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zm',
  campaigns: 250,
  sha256Prefix: '825d8c8baa3cecd7',
  frozenIn: '517530f',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.984 (61 of 62)
    blockDecidedBlock: ['>=', 0.65], // target ≥ 0.60, met; held out 0.661 (41 of 62)
    reviewToCommittee: ['>=', 0.96], // target ≥ 0.90, met; held out 0.968 (61 of 63)
    hardNegatives: ['=', 69],
    hardNegativesFlagged: ['<=', 0.13], // no target; held out 0.116 (8 of 69)
    broadcastsAndOptIns: ['=', 77],
    broadcastsAndOptInsFlagged: ['<=', 0.08], // target ≤ 0.05, NOT met; held out 0.065 (5 of 77)
    okAutoApproved: ['>=', 0.83], // target ≥ 0.70, met; held out 0.840 (105 of 125)
    okBlocked: ['<=', 0.01], // held out 0.000
  },
});
