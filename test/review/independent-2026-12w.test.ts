/**
 * The independent held-out set 2026-12w (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 70 of them
 * hard negatives, 78 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages),
 * written by an eighteenth helper that never opened the rules, fixtures, docs or code; frozen in a57ed32
 * before the eighteenth round was committed and measured, through aggregate figures only, on the
 * seventeenth, eighteenth and nineteenth rounds' rules: block never auto-approved 98.4% each time, decided
 * block 67.7% then 69.4%, review to the committee 95.2%, harmless broadcasts and opt-ins flagged 23.1%,
 * 20.5%, 16.7%, harmless auto-approved 75.2% to 79.2%, harmless campaigns blocked 4.8% to 5.6%. It was
 * then the twentieth round's tuning set: the floors below are in-sample.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12w',
  campaigns: 250,
  sha256Prefix: '8b4b4500b35722e8',
  frozenIn: 'a57ed32',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98; now 0.984 (61 of 62)
    blockDecidedBlock: ['>=', 0.66], // target ≥ 0.60; now 0.694 (43 of 62)
    reviewToCommittee: ['>=', 0.93], // target ≥ 0.90; now 0.952 (60 of 63)
    hardNegatives: ['=', 70],
    hardNegativesFlagged: ['<=', 0.11], // no target; now 0.100 (7 of 70)
    broadcastsAndOptIns: ['=', 78],
    broadcastsAndOptInsFlagged: ['<=', 0.04], // target ≤ 0.05; now 0.026 (2 of 78), in-sample
    okAutoApproved: ['>=', 0.86], // target ≥ 0.70; now 0.880 (110 of 125)
    okBlocked: ['<=', 0.03], // now 0.024 (3 of 125)
  },
});
