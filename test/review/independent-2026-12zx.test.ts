/**
 * The independent set 2026-12zx (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 70 of them hard negatives,
 * 82 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md) that never opened the rules, fixtures, docs or code; frozen unread in 19a6bab
 * before it was measured, and measured once, through these aggregate figures only, on the final (thirty-first round's) rules
 * (523dd19), as a confirmation set with no change made for it. Safety and the committee targets are met on it; the
 * harmless-broadcast target is not. 1 of its 125 harmless campaigns is blocked outright (a committee cannot approve it).
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zx',
  campaigns: 250,
  sha256Prefix: '8d6bac018a278990',
  frozenIn: '19a6bab',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.70], // target ≥ 0.60, met; held out 0.710 (44 of 62)
    reviewToCommittee: ['>=', 0.97], // target ≥ 0.90, met; held out 0.984 (62 of 63)
    hardNegatives: ['=', 70],
    hardNegativesFlagged: ['<=', 0.17], // no target; held out 0.157 (11 of 70)
    broadcastsAndOptIns: ['=', 82],
    broadcastsAndOptInsFlagged: ['<=', 0.07], // target ≤ 0.05, NOT met; held out 0.061 (5 of 82)
    okAutoApproved: ['>=', 0.81], // target ≥ 0.70, met; held out 0.816 (102 of 125)
    okBlocked: ['<=', 0.02], // held out 0.008
  },
});
