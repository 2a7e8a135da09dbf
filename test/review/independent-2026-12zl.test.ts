/**
 * The independent set 2026-12zl (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 71 of them hard negatives,
 * 84 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md) that never opened the rules, fixtures, docs or code; frozen unread in b075547
 * before it was measured, and measured once, through these aggregate figures only, on the twenty-eighth round's rules (84bb401),
 * which were written without it; then read case by case for the twenty-ninth round's rules, so it is in-sample now: the floors
 * keep its held-out figures. The harmless-broadcast target is not met on it.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zl',
  campaigns: 250,
  sha256Prefix: '2863c67a759f146d',
  frozenIn: 'b075547',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.984 (61 of 62)
    blockDecidedBlock: ['>=', 0.60], // target ≥ 0.60, met; held out 0.613 (38 of 62)
    reviewToCommittee: ['>=', 0.94], // target ≥ 0.90, met; held out 0.952 (60 of 63)
    hardNegatives: ['=', 71],
    hardNegativesFlagged: ['<=', 0.12], // no target; held out 0.113 (8 of 71)
    broadcastsAndOptIns: ['=', 84],
    broadcastsAndOptInsFlagged: ['<=', 0.08], // target ≤ 0.05, NOT met; held out 0.071 (6 of 84)
    okAutoApproved: ['>=', 0.85], // target ≥ 0.70, met; held out 0.864 (108 of 125)
    okBlocked: ['<=', 0.01], // held out 0.000
  },
});
