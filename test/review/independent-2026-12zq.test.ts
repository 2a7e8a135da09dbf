/**
 * The independent set 2026-12zq (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 79 of them hard negatives,
 * 78 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md) that never opened the rules, fixtures, docs or code; frozen unread in ab4a71c
 * before it was measured, and measured once, through these aggregate figures only, on the twenty-ninth round's rules (9d067ba),
 * which were written without it; then read case by case for the thirtieth round's rules, so it is in-sample now: the floors
 * keep its held-out figures. Two targets are missed on it: block never auto-approved (2 of 62 auto-approved) and harmless broadcasts flagged. 1 of its 125 harmless campaigns is blocked outright (a committee cannot approve it).
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zq',
  campaigns: 250,
  sha256Prefix: '4cd3522973efcac1',
  frozenIn: 'ab4a71c',
  floors: {
    blockNeverAutoApproved: ['>=', 0.96], // target ≥ 0.98, NOT met; held out 0.968 (60 of 62)
    blockDecidedBlock: ['>=', 0.67], // target ≥ 0.60, met; held out 0.677 (42 of 62)
    reviewToCommittee: ['>=', 0.97], // target ≥ 0.90, met; held out 0.984 (62 of 63)
    hardNegatives: ['=', 79],
    hardNegativesFlagged: ['<=', 0.15], // no target; held out 0.139 (11 of 79)
    broadcastsAndOptIns: ['=', 78],
    broadcastsAndOptInsFlagged: ['<=', 0.07], // target ≤ 0.05, NOT met; held out 0.064 (5 of 78)
    okAutoApproved: ['>=', 0.81], // target ≥ 0.70, met; held out 0.816 (102 of 125)
    okBlocked: ['<=', 0.02], // held out 0.008
  },
});
