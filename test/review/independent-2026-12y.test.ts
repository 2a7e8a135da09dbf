/**
 * The independent held-out set 2026-12y (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 73 of them
 * hard negatives, 79 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages),
 * written by a twentieth helper that never opened the rules, fixtures, docs or code; frozen in 9b3676e
 * (with 2026-12x) before the twentieth round was committed and measured, through aggregate figures only
 * and never read case by case, on the nineteenth, twentieth, twenty-first, twenty-fifth and twenty-sixth rounds' rules: block
 * never auto-approved 100%, decided block 66.1%, review to the committee 96.8%, harmless broadcasts and opt-ins
 * flagged 11.4%, 10.1%, 10.1%, 8.9% and 8.9%, harmless auto-approved 81.6%, 82.4%, 82.4%, 83.2% and 83.2%. Held out: the floors
 * sit a little under the last measurement; the issue's targets are quoted next to them, one of them not met.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12y',
  campaigns: 250,
  sha256Prefix: '1ea5037f5d12e6ce',
  frozenIn: '9b3676e',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.64], // target ≥ 0.60, met; held out 0.661 (41 of 62)
    reviewToCommittee: ['>=', 0.95], // target ≥ 0.90, met; held out 0.968 (61 of 63)
    hardNegatives: ['=', 73],
    hardNegativesFlagged: ['<=', 0.12], // no target; held out 0.110 (8 of 73)
    broadcastsAndOptIns: ['=', 79],
    broadcastsAndOptInsFlagged: ['<=', 0.1], // target ≤ 0.05, NOT met; held out 0.089 (7 of 79)
    okAutoApproved: ['>=', 0.81], // target ≥ 0.70, met; held out 0.832 (104 of 125)
    okBlocked: ['<=', 0.02], // held out 0.016 (2 of 125)
  },
});
