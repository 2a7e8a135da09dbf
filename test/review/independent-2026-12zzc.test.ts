/**
 * The independent set 2026-12zzc (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 80 of them hard negatives,
 * 80 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261329) that never opened the rules, fixtures, docs or code; frozen unread in
 * 73577f0 before it was measured, and measured once, through these aggregate figures only, on the thirty-third round's
 * rules (9ef2c8e), as a confirmation set with no change made for it. Safety and the committee targets are met on it; the harmless-broadcast target is not. 2 of its 125 harmless campaigns are blocked outright (a committee cannot approve them).
 * Read case by case in the thirty-fourth round (in-sample since; on its rules: broadcasts 0.025).
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzc',
  campaigns: 250,
  sha256Prefix: 'e46909e21c41c168',
  frozenIn: '73577f0',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.72], // target ≥ 0.60, met; held out 0.742 (46 of 62)
    reviewToCommittee: ['>=', 0.97], // target ≥ 0.90, met; held out 1.000 (63 of 63)
    hardNegatives: ['=', 80],
    hardNegativesFlagged: ['<=', 0.15], // no target; held out 0.138 (11 of 80)
    broadcastsAndOptIns: ['=', 80],
    broadcastsAndOptInsFlagged: ['<=', 0.07], // target ≤ 0.05, NOT met; held out 0.063 (5 of 80)
    okAutoApproved: ['>=', 0.83], // target ≥ 0.70, met; held out 0.848 (106 of 125)
    okBlocked: ['<=', 0.02], // held out 0.016
  },
});
