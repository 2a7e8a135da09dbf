/**
 * The independent set 2026-12zw (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 72 of them hard negatives,
 * 77 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md) that never opened the rules, fixtures, docs or code; frozen unread in 32c237a
 * before it was measured, and measured once, through these aggregate figures only, on the final (thirty-first round's) rules
 * (523dd19), as a confirmation set with no change made for it. Safety and the committee targets are met on it; the
 * harmless-broadcast target is not. 2 of its 125 harmless campaigns are blocked outright (a committee cannot approve them).
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zw',
  campaigns: 250,
  sha256Prefix: 'c7f0989c14302078',
  frozenIn: '32c237a',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.984 (61 of 62)
    blockDecidedBlock: ['>=', 0.75], // target ≥ 0.60, met; held out 0.758 (47 of 62)
    reviewToCommittee: ['>=', 0.94], // target ≥ 0.90, met; held out 0.952 (60 of 63)
    hardNegatives: ['=', 72],
    hardNegativesFlagged: ['<=', 0.16], // no target; held out 0.153 (11 of 72)
    broadcastsAndOptIns: ['=', 77],
    broadcastsAndOptInsFlagged: ['<=', 0.10], // target ≤ 0.05, NOT met; held out 0.091 (7 of 77)
    okAutoApproved: ['>=', 0.81], // target ≥ 0.70, met; held out 0.824 (103 of 125)
    okBlocked: ['<=', 0.03], // held out 0.016
  },
});
