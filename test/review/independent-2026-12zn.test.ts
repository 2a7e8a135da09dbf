/**
 * The independent set 2026-12zn (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 70 of them hard negatives,
 * 80 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md) that never opened the rules, fixtures, docs or code; frozen unread in 517530f (with 2026-12zm and 12zo)
 * before it was measured, and measured once, through these aggregate figures only, on the twenty-eighth round's rules (84bb401),
 * which were written without it; then read case by case for the twenty-ninth round's rules, so it is in-sample now: the floors
 * keep its held-out figures. The harmless-broadcast target is not met on it. 1 of its 125 harmless campaigns are blocked outright (a committee cannot approve those).
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zn',
  campaigns: 250,
  sha256Prefix: '07b7d02c4d9ec9e5',
  frozenIn: '517530f',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.70], // target ≥ 0.60, met; held out 0.710 (44 of 62)
    reviewToCommittee: ['>=', 0.97], // target ≥ 0.90, met; held out 0.984 (62 of 63)
    hardNegatives: ['=', 70],
    hardNegativesFlagged: ['<=', 0.17], // no target; held out 0.157 (11 of 70)
    broadcastsAndOptIns: ['=', 80],
    broadcastsAndOptInsFlagged: ['<=', 0.07], // target ≤ 0.05, NOT met; held out 0.063 (5 of 80)
    okAutoApproved: ['>=', 0.79], // target ≥ 0.70, met; held out 0.800 (100 of 125)
    okBlocked: ['<=', 0.02], // held out 0.008
  },
});
