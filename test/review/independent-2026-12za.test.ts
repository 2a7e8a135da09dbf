/**
 * The independent set 2026-12za (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 77 of them hard negatives,
 * 76 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a twenty-second helper from the kept brief (test/review/fixtures/held-out-brief.md) that never
 * opened the rules, fixtures, docs or code; frozen in 6c59538 (with 2026-12zb) before the twenty-second round's rules. Held out
 * on the twenty-first and twenty-second rounds' rules (aggregate figures only, the same both times): block never auto-approved
 * 98.4%, decided block 62.9%, review to the committee 96.8%, harmless broadcasts and opt-ins flagged 13.2% (10 of 76), harmless
 * auto-approved 76.8%. It was then the twenty-third round's tuning set: the floors below are in-sample.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12za',
  campaigns: 250,
  sha256Prefix: '39f7fbf20cc6734e',
  frozenIn: '6c59538',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98; now 1.000 (62 of 62), in-sample (held out 0.984)
    blockDecidedBlock: ['>=', 0.61], // target ≥ 0.60; now 0.629 (39 of 62)
    reviewToCommittee: ['>=', 0.98], // target ≥ 0.90; now 1.000 (63 of 63)
    hardNegatives: ['=', 77],
    hardNegativesFlagged: ['<=', 0.12], // no target; now 0.104 (8 of 77)
    broadcastsAndOptIns: ['=', 76],
    broadcastsAndOptInsFlagged: ['<=', 0.05], // target ≤ 0.05; now 0.039 (3 of 76), in-sample (held out 0.132)
    okAutoApproved: ['>=', 0.86], // target ≥ 0.70; now 0.880 (110 of 125)
    okBlocked: ['<=', 0.02], // now 0.016 (2 of 125)
  },
});
