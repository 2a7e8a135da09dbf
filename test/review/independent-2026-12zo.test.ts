/**
 * The independent set 2026-12zo (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 75 of them hard negatives,
 * 78 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md) that never opened the rules, fixtures, docs or code; frozen unread in 517530f (with 2026-12zm and 12zn)
 * before it was measured, and measured once, through these aggregate figures only, on the twenty-eighth round's rules (84bb401),
 * which were written without it; then read case by case for the twenty-ninth round's rules, so it is in-sample now: the floors
 * keep its held-out figures. The harmless-broadcast target is not met on it. 3 of its 125 harmless campaigns are blocked outright (a committee cannot approve those).
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zo',
  campaigns: 250,
  sha256Prefix: '22fb39d4045d0814',
  frozenIn: '517530f',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.67], // target ≥ 0.60, met; held out 0.677 (42 of 62)
    reviewToCommittee: ['>=', 0.98], // target ≥ 0.90, met; held out 1.000 (63 of 63)
    hardNegatives: ['=', 75],
    hardNegativesFlagged: ['<=', 0.14], // no target; held out 0.133 (10 of 75)
    broadcastsAndOptIns: ['=', 78],
    broadcastsAndOptInsFlagged: ['<=', 0.09], // target ≤ 0.05, NOT met; held out 0.077 (6 of 78)
    okAutoApproved: ['>=', 0.84], // target ≥ 0.70, met; held out 0.848 (106 of 125)
    okBlocked: ['<=', 0.03], // held out 0.024
  },
});
