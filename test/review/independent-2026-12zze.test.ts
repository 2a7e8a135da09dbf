/**
 * The independent set 2026-12zze (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 73 of them hard negatives,
 * 77 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261331) that never opened the rules, fixtures, docs or code; frozen unread in
 * 505c8ae before it was measured, and measured once, through these aggregate figures only, on the thirty-third round's
 * rules (9ef2c8e), as a confirmation set with no change made for it. Safety and the committee targets are met on it; the harmless-broadcast target is not. 2 of its 125 harmless campaigns are blocked outright (a committee cannot approve them).
 * Read case by case in the thirty-fourth round (in-sample since; on its rules: broadcasts 0.000).
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zze',
  campaigns: 250,
  sha256Prefix: 'f923e6f22bb6151a',
  frozenIn: '505c8ae',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.984 (61 of 62)
    blockDecidedBlock: ['>=', 0.73], // target ≥ 0.60, met; held out 0.758 (47 of 62)
    reviewToCommittee: ['>=', 0.95], // target ≥ 0.90, met; held out 0.968 (61 of 63)
    hardNegatives: ['=', 73],
    hardNegativesFlagged: ['<=', 0.22], // no target; held out 0.205 (15 of 73)
    broadcastsAndOptIns: ['=', 77],
    broadcastsAndOptInsFlagged: ['<=', 0.11], // target ≤ 0.05, NOT met; held out 0.104 (8 of 77)
    okAutoApproved: ['>=', 0.74], // target ≥ 0.70, met; held out 0.760 (95 of 125)
    okBlocked: ['<=', 0.02], // held out 0.016
  },
});
