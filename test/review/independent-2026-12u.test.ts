/**
 * The independent held-out set 2026-12u (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 84 of them
 * hard negatives, 79 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages),
 * written by a sixteenth helper that never opened the rules, fixtures, docs or code; frozen in e2cbddf
 * before the sixteenth round and measured, through aggregate figures only, on the fifteenth, sixteenth and
 * seventeenth rounds' rules: block never auto-approved 96.8% each time (two block cases auto-approved),
 * decided block 51.6% then 53.2%, review to the committee 98.4%, harmless broadcasts and opt-ins flagged
 * 30.4% each time, harmless auto-approved 68.8% to 69.6%. The seventeenth round, tuned on 2026-12t, moved
 * none of it. It was then the eighteenth round's tuning set: the floors below are in-sample.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12u',
  campaigns: 250,
  sha256Prefix: '9a155bbb0808c665',
  frozenIn: 'e2cbddf',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98; now 0.984 (61 of 62)
    blockDecidedBlock: ['>=', 0.55], // target ≥ 0.60, NOT met even in-sample; now 0.565 (35 of 62)
    reviewToCommittee: ['>=', 0.98], // target ≥ 0.90; now 1.000
    hardNegatives: ['=', 84],
    hardNegativesFlagged: ['<=', 0.1], // no target; now 0.083 (7 of 84)
    broadcastsAndOptIns: ['=', 79],
    broadcastsAndOptInsFlagged: ['<=', 0.04], // target ≤ 0.05; now 0.025 (2 of 79), in-sample
    okAutoApproved: ['>=', 0.85], // target ≥ 0.70; now 0.872 (109 of 125)
    okBlocked: ['<=', 0.01], // now 0.0
  },
});
