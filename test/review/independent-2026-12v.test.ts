/**
 * The independent held-out set 2026-12v (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 81 of them
 * hard negatives, 78 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages),
 * written by a seventeenth helper that never opened the rules, fixtures, docs or code; frozen in 9f01cbd
 * before the eighteenth round was committed and measured, through aggregate figures only, on the
 * seventeenth round's rules (block never auto-approved 100%, decided block 51.6%, review to the committee
 * 100%, harmless broadcasts and opt-ins flagged 21.8%, harmless auto-approved 76.0%) and on the
 * eighteenth's (100%, 51.6%, 100%, 19.2%, 77.6%). It was then the nineteenth round's tuning set: the
 * floors below are in-sample.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12v',
  campaigns: 250,
  sha256Prefix: 'a6565811b6bed77f',
  frozenIn: '9f01cbd',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98; now 1.000
    blockDecidedBlock: ['>=', 0.65], // target ≥ 0.60; now 0.677 (42 of 62)
    reviewToCommittee: ['>=', 0.98], // target ≥ 0.90; now 1.000
    hardNegatives: ['=', 81],
    hardNegativesFlagged: ['<=', 0.16], // no target; now 0.148 (12 of 81)
    broadcastsAndOptIns: ['=', 78],
    broadcastsAndOptInsFlagged: ['<=', 0.1], // target ≤ 0.05, NOT met even in-sample; now 0.090 (7 of 78)
    okAutoApproved: ['>=', 0.82], // target ≥ 0.70; now 0.840 (105 of 125)
    okBlocked: ['<=', 0.01], // now 0.008 (1 of 125)
  },
});
