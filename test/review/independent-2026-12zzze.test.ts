/**
 * The independent set 2026-12zzze (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 80 of them hard negatives,
 * 78 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261357) that never opened the rules, fixtures, docs or code; frozen unread in
 * ebefa56 before it was measured, and measured once, through these aggregate figures only, on the final (thirty-eighth round's) rules (05b9c26)
 * as a confirmation set with no change made for it. Safety and the committee targets are met; the harmless-broadcast target is missed (6 of 78, 7.7%). None of its 125 harmless campaigns is blocked outright.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzze',
  campaigns: 250,
  sha256Prefix: '86db21494987dbc8',
  frozenIn: 'ebefa56',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.72], // target ≥ 0.60, met; held out 0.742 (46 of 62)
    reviewToCommittee: ['>=', 0.97], // target ≥ 0.90, met; held out 0.984 (62 of 63)
    hardNegatives: ['=', 80],
    hardNegativesFlagged: ['<=', 0.15], // no target; held out 0.138 (11 of 80)
    broadcastsAndOptIns: ['=', 78],
    broadcastsAndOptInsFlagged: ['<=', 0.09], // target ≤ 0.05, NOT met; held out 0.077 (6 of 78)
    okAutoApproved: ['>=', 0.78], // target ≥ 0.70, met; held out 0.800 (100 of 125)
    okBlocked: ['<=', 0.01], // held out 0.000
  },
});
