/**
 * The independent held-out set 2026-12x (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 78 of them
 * hard negatives, 81 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages),
 * written by a nineteenth helper that never opened the rules, fixtures, docs or code; frozen in 9b3676e
 * (with 2026-12y) before the twentieth round was committed and measured, through aggregate figures only,
 * on the nineteenth round's rules (block never auto-approved 95.2%, three block cases auto-approved;
 * decided block 66.1%; review to the committee 95.2%; harmless broadcasts and opt-ins flagged 8.6%;
 * harmless auto-approved 84.8%) and on the twentieth's (95.2%, 66.1%, 95.2%, 7.4%, 85.6%). It was then the
 * twenty-first round's tuning set: the floors below are in-sample.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12x',
  campaigns: 250,
  sha256Prefix: 'bf74edded5dde559',
  frozenIn: '9b3676e',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98; now 0.984 (61 of 62), in-sample (held out 0.952)
    blockDecidedBlock: ['>=', 0.66], // target ≥ 0.60; now 0.694 (43 of 62)
    reviewToCommittee: ['>=', 0.93], // target ≥ 0.90; now 0.952 (60 of 63)
    hardNegatives: ['=', 78],
    hardNegativesFlagged: ['<=', 0.08], // no target; now 0.064 (5 of 78)
    broadcastsAndOptIns: ['=', 81],
    broadcastsAndOptInsFlagged: ['<=', 0.05], // target ≤ 0.05; now 0.037 (3 of 81), in-sample (held out 0.074)
    okAutoApproved: ['>=', 0.86], // target ≥ 0.70; now 0.880 (110 of 125)
    okBlocked: ['<=', 0.01], // now 0.008 (1 of 125)
  },
});
