/**
 * The independent set 2026-12zs (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 79 of them hard negatives,
 * 81 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md) that never opened the rules, fixtures, docs or code; frozen unread in 20f90ce
 * before it was measured, and measured once, through these aggregate figures only, on the thirtieth round's rules (9d1e558),
 * which were written without it; then read case by case for the thirty-first round's rules, so it is in-sample now: the floors
 * keep its held-out figures. Two targets are missed on it: block never auto-approved (3 of 62 auto-approved) and harmless broadcasts flagged. 1 of its 125 harmless campaigns is blocked outright (a committee cannot approve it).
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zs',
  campaigns: 250,
  sha256Prefix: '74a942f7630ef6fc',
  frozenIn: '20f90ce',
  floors: {
    blockNeverAutoApproved: ['>=', 0.95], // target ≥ 0.98, NOT met; held out 0.952 (59 of 62)
    blockDecidedBlock: ['>=', 0.67], // target ≥ 0.60, met; held out 0.677 (42 of 62)
    reviewToCommittee: ['>=', 0.96], // target ≥ 0.90, met; held out 0.968 (61 of 63)
    hardNegatives: ['=', 79],
    hardNegativesFlagged: ['<=', 0.17], // no target; held out 0.165 (13 of 79)
    broadcastsAndOptIns: ['=', 81],
    broadcastsAndOptInsFlagged: ['<=', 0.07], // target ≤ 0.05, NOT met; held out 0.062 (5 of 81)
    okAutoApproved: ['>=', 0.80], // target ≥ 0.70, met; held out 0.808 (101 of 125)
    okBlocked: ['<=', 0.02], // held out 0.008
  },
});
