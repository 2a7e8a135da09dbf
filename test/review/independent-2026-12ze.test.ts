/**
 * The independent set 2026-12ze (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 74 of them hard negatives,
 * 84 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a twenty-sixth helper from the kept brief that never opened the rules, fixtures, docs or code; frozen in
 * 1e85214 (with 2026-12zd) before the twenty-fourth round's rules were committed. Held out: measured through aggregate figures
 * only, never read case by case, on the twenty-fourth round's rules (block never auto-approved 98.4%, decided block 69.4%, review
 * to the committee 98.4%, harmless broadcasts and opt-ins flagged 4.8%, harmless auto-approved 87.2%) and on the
 * twenty-fifth and twenty-sixth rounds' (the same both times: 100%, 69.4%, 98.4%, 4.8%, 87.2%): every target of the issue met.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12ze',
  campaigns: 250,
  sha256Prefix: '1123e50bf4331137',
  frozenIn: '1e85214',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.67], // target ≥ 0.60, met; held out 0.694 (43 of 62)
    reviewToCommittee: ['>=', 0.96], // target ≥ 0.90, met; held out 0.984 (62 of 63)
    hardNegatives: ['=', 74],
    hardNegativesFlagged: ['<=', 0.15], // no target; held out 0.135 (10 of 74)
    broadcastsAndOptIns: ['=', 84],
    broadcastsAndOptInsFlagged: ['<=', 0.05], // target ≤ 0.05, met; held out 0.048 (4 of 84)
    okAutoApproved: ['>=', 0.85], // target ≥ 0.70, met; held out 0.872 (109 of 125)
    okBlocked: ['<=', 0.01], // held out 0.000
  },
});
