/**
 * The independent set 2026-12zv (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 83 of them hard negatives,
 * 82 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md) that never opened the rules, fixtures, docs or code; frozen unread in f35228c
 * before it was measured, and measured once, through these aggregate figures only, on the final (thirty-first round's) rules
 * (523dd19), as a confirmation set with no change made for it. Safety and the committee targets are met on it; the
 * harmless-broadcast target is not. 2 of its 125 harmless campaigns are blocked outright (a committee cannot approve them).
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zv',
  campaigns: 250,
  sha256Prefix: '8e004ecdf08b6076',
  frozenIn: 'f35228c',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.984 (61 of 62)
    blockDecidedBlock: ['>=', 0.68], // target ≥ 0.60, met; held out 0.694 (43 of 62)
    reviewToCommittee: ['>=', 0.97], // target ≥ 0.90, met; held out 0.984 (62 of 63)
    hardNegatives: ['=', 83],
    hardNegativesFlagged: ['<=', 0.18], // no target; held out 0.169 (14 of 83)
    broadcastsAndOptIns: ['=', 82],
    broadcastsAndOptInsFlagged: ['<=', 0.08], // target ≤ 0.05, NOT met; held out 0.073 (6 of 82)
    okAutoApproved: ['>=', 0.79], // target ≥ 0.70, met; held out 0.800 (100 of 125)
    okBlocked: ['<=', 0.03], // held out 0.016
  },
});
