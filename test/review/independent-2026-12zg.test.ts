/**
 * The independent set 2026-12zg (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 76 of them hard negatives,
 * 77 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a twenty-eighth helper from the kept brief that never opened the rules, fixtures, docs or code; frozen in
 * c60b9f6 before the last rules of the twenty-fifth round, as a confirmation set: measured through these aggregate figures only, on the
 * twenty-fifth round's rules with no change made for it, and again on the twenty-sixth's (the same figures). Two of the targets are not met on it.
 * It was then a tuning set of the twenty-seventh round: the floors below are in-sample.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zg',
  campaigns: 250,
  sha256Prefix: '01ec8b18cf66f645',
  frozenIn: 'c60b9f6',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98; now 1.000 (62 of 62), in-sample (held out 0.968)
    blockDecidedBlock: ['>=', 0.78], // target ≥ 0.60; now 0.806 (50 of 62)
    reviewToCommittee: ['>=', 0.96], // target ≥ 0.90; now 0.984 (62 of 63)
    hardNegatives: ['=', 76],
    hardNegativesFlagged: ['<=', 0.16], // no target; now 0.145 (11 of 76)
    broadcastsAndOptIns: ['=', 77],
    broadcastsAndOptInsFlagged: ['<=', 0.07], // target ≤ 0.05; now 0.065 (5 of 77), in-sample (held out 0.091)
    okAutoApproved: ['>=', 0.78], // target ≥ 0.70; now 0.808 (101 of 125)
    okBlocked: ['<=', 0.02], // now 0.016 (2 of 125)
  },
});
