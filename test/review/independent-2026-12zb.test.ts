/**
 * The independent set 2026-12zb (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 84 of them hard negatives,
 * 81 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a twenty-third helper from the kept brief that never opened the rules, fixtures, docs or code; frozen in
 * 6c59538 (with 2026-12za) before the twenty-second round's rules. Held out on the twenty-first and twenty-third rounds' rules
 * (aggregate figures only, the same both times): block never auto-approved 100%, decided block 61.3%, review to the committee
 * 98.4%, harmless broadcasts and opt-ins flagged 11.1% (9 of 81), harmless auto-approved 82.4%. It was then a tuning set of the
 * twenty-fourth round: the floors below are in-sample.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zb',
  campaigns: 250,
  sha256Prefix: '6720cec3f5fcc693',
  frozenIn: '6c59538',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98; now 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.6], // target ≥ 0.60; now 0.613 (38 of 62)
    reviewToCommittee: ['>=', 0.96], // target ≥ 0.90; now 0.984 (62 of 63)
    hardNegatives: ['=', 84],
    hardNegativesFlagged: ['<=', 0.07], // no target; now 0.048 (4 of 84)
    broadcastsAndOptIns: ['=', 81],
    broadcastsAndOptInsFlagged: ['<=', 0.03], // target ≤ 0.05; now 0.000 (0 of 81), in-sample (held out 0.111)
    okAutoApproved: ['>=', 0.87], // target ≥ 0.70; now 0.896 (112 of 125)
    okBlocked: ['<=', 0.01], // now 0.000
  },
});
