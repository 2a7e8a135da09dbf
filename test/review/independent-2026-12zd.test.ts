/**
 * The independent set 2026-12zd (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 73 of them hard negatives,
 * 81 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a twenty-fifth helper from the kept brief that never opened the rules, fixtures, docs or code; frozen in
 * 1e85214 (with 2026-12ze) before the twenty-fourth round's rules were committed. Held out: measured through aggregate figures
 * only, never read case by case, on the twenty-fourth round's rules (block never auto-approved 96.8%, decided block 62.9%, review
 * to the committee 96.8%, harmless broadcasts and opt-ins flagged 11.1%, harmless auto-approved 80.8%) and on the
 * twenty-fifth and twenty-sixth rounds' (the same both times: 96.8%, 62.9%, 96.8%, 9.9%, 81.6%). Two of the issue's targets are not met on it.
 * It was then a tuning set of the twenty-seventh round: the floors below are in-sample.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zd',
  campaigns: 250,
  sha256Prefix: '0d80d750a584f931',
  frozenIn: '1e85214',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98; now 1.000 (62 of 62), in-sample (held out 0.968)
    blockDecidedBlock: ['>=', 0.64], // target ≥ 0.60; now 0.661 (41 of 62)
    reviewToCommittee: ['>=', 0.98], // target ≥ 0.90; now 1.000 (63 of 63)
    hardNegatives: ['=', 73],
    hardNegativesFlagged: ['<=', 0.14], // no target; now 0.123 (9 of 73)
    broadcastsAndOptIns: ['=', 81],
    broadcastsAndOptInsFlagged: ['<=', 0.07], // target ≤ 0.05; now 0.062 (5 of 81), in-sample (held out 0.099)
    okAutoApproved: ['>=', 0.82], // target ≥ 0.70; now 0.840 (105 of 125)
    okBlocked: ['<=', 0.02], // now 0.016 (2 of 125)
  },
});
