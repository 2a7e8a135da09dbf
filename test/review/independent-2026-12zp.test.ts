/**
 * The independent set 2026-12zp (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 77 of them hard negatives,
 * 78 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md) that never opened the rules, fixtures, docs or code; frozen unread in 3cefb84
 * before it was measured, and measured once, through these aggregate figures only, on the twenty-ninth round's rules (9d067ba),
 * which were written without it; then read case by case for the thirtieth round's rules, so it is in-sample now: the floors
 * keep its held-out figures. Every target of the issue is met on it. 1 of its 125 harmless campaigns is blocked outright (a committee cannot approve it).
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zp',
  campaigns: 250,
  sha256Prefix: '4341bb9a8047169f',
  frozenIn: '3cefb84',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.81], // target ≥ 0.60, met; held out 0.823 (51 of 62)
    reviewToCommittee: ['>=', 0.97], // target ≥ 0.90, met; held out 0.984 (62 of 63)
    hardNegatives: ['=', 77],
    hardNegativesFlagged: ['<=', 0.13], // no target; held out 0.117 (9 of 77)
    broadcastsAndOptIns: ['=', 78],
    broadcastsAndOptInsFlagged: ['<=', 0.04], // target ≤ 0.05, met; held out 0.026 (2 of 78)
    okAutoApproved: ['>=', 0.85], // target ≥ 0.70, met; held out 0.856 (107 of 125)
    okBlocked: ['<=', 0.02], // held out 0.008
  },
});
