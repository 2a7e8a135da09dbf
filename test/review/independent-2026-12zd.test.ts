/**
 * The independent set 2026-12zd (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 73 of them hard negatives,
 * 81 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a twenty-fifth helper from the kept brief that never opened the rules, fixtures, docs or code; frozen in
 * 1e85214 (with 2026-12ze) before the twenty-fourth round's rules were committed. Held out: measured through aggregate figures
 * only, never read case by case, on the twenty-fourth round's rules (block never auto-approved 96.8%, decided block 62.9%, review
 * to the committee 96.8%, harmless broadcasts and opt-ins flagged 11.1%, harmless auto-approved 80.8%) and on the
 * twenty-fifth and twenty-sixth rounds' (the same both times: 96.8%, 62.9%, 96.8%, 9.9%, 81.6%). Two of the issue's targets are not met on it.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zd',
  campaigns: 250,
  sha256Prefix: '0d80d750a584f931',
  frozenIn: '1e85214',
  floors: {
    blockNeverAutoApproved: ['>=', 0.96], // target ≥ 0.98, NOT met; held out 0.968 (60 of 62)
    blockDecidedBlock: ['>=', 0.61], // target ≥ 0.60, met; held out 0.629 (39 of 62)
    reviewToCommittee: ['>=', 0.95], // target ≥ 0.90, met; held out 0.968 (61 of 63)
    hardNegatives: ['=', 73],
    hardNegativesFlagged: ['<=', 0.18], // no target; held out 0.164 (12 of 73)
    broadcastsAndOptIns: ['=', 81],
    broadcastsAndOptInsFlagged: ['<=', 0.1], // target ≤ 0.05, NOT met; held out 0.099 (8 of 81)
    okAutoApproved: ['>=', 0.8], // target ≥ 0.70, met; held out 0.816 (102 of 125)
    okBlocked: ['<=', 0.02], // held out 0.016 (2 of 125)
  },
});
