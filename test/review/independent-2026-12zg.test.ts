/**
 * The independent set 2026-12zg (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 76 of them hard negatives,
 * 77 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a twenty-eighth helper from the kept brief that never opened the rules, fixtures, docs or code; frozen in
 * c60b9f6 before the last rules of the twenty-fifth round, as a confirmation set: measured through these aggregate figures only, on the
 * twenty-fifth round's rules with no change made for it, and again on the twenty-sixth's (the same figures). Two of the targets are not met on it.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zg',
  campaigns: 250,
  sha256Prefix: '01ec8b18cf66f645',
  frozenIn: 'c60b9f6',
  floors: {
    blockNeverAutoApproved: ['>=', 0.96], // target ≥ 0.98, NOT met; held out 0.968 (60 of 62)
    blockDecidedBlock: ['>=', 0.75], // target ≥ 0.60, met; held out 0.774 (48 of 62)
    reviewToCommittee: ['>=', 0.92], // target ≥ 0.90, met; held out 0.937 (59 of 63)
    hardNegatives: ['=', 76],
    hardNegativesFlagged: ['<=', 0.19], // no target; held out 0.171 (13 of 76)
    broadcastsAndOptIns: ['=', 77],
    broadcastsAndOptInsFlagged: ['<=', 0.1], // target ≤ 0.05, NOT met; held out 0.091 (7 of 77)
    okAutoApproved: ['>=', 0.77], // target ≥ 0.70, met; held out 0.792 (99 of 125)
    okBlocked: ['<=', 0.02], // held out 0.016 (2 of 125)
  },
});
