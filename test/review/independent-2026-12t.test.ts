/**
 * The independent held-out set 2026-12t (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 86 of them
 * hard negatives, 75 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages),
 * written by a fifteenth helper that never opened the rules, fixtures, docs or code; frozen in 5262eaa
 * before the sixteenth round and measured, through aggregate figures only, on the fifteenth round's rules
 * (block never auto-approved 98.4%, decided block 61.3%, review to the committee 98.4%, harmless
 * broadcasts and opt-ins flagged 42.7%, harmless auto-approved 56.8%) and on the sixteenth's (98.4%,
 * 64.5%, 98.4%, 40.0%, 59.2%). Its author wrote broadcast audiences the way CRM exports look (send times,
 * waves, filters). It was then the seventeenth round's tuning set: the floors below are in-sample.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12t',
  campaigns: 250,
  sha256Prefix: '338899eb6c2beaf8',
  frozenIn: '5262eaa',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98; now 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.66], // target ≥ 0.60; now 0.694 (43 of 62)
    reviewToCommittee: ['>=', 0.95], // target ≥ 0.90; now 0.984 (62 of 63)
    hardNegatives: ['=', 86],
    hardNegativesFlagged: ['<=', 0.06], // no target; now 0.047 (4 of 86)
    broadcastsAndOptIns: ['=', 75],
    broadcastsAndOptInsFlagged: ['<=', 0.05], // target ≤ 0.05; now 0.040 (3 of 75), in-sample
    okAutoApproved: ['>=', 0.86], // target ≥ 0.70; now 0.880 (110 of 125)
    okBlocked: ['<=', 0.01], // now 0.0
  },
});
