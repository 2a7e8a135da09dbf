/**
 * The independent set 2026-12z (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 76 of them hard negatives, 80 of the
 * harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a twenty-first helper that never opened
 * the rules, fixtures, docs or code, and frozen in 16806c4 as a confirmation set. Held out: measured twice, through aggregate
 * figures only, on the twenty-first round's rules: block never auto-approved 100%, decided block 64.5%, review to the committee
 * 98.4%, harmless broadcasts and opt-ins flagged 20.0% (16 of 80), harmless auto-approved 76.0%. It was then the twenty-second
 * round's tuning set: the floors below are in-sample.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12z',
  campaigns: 250,
  sha256Prefix: '85a0c3cb66d81e8b',
  frozenIn: '16806c4',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98; now 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.62], // target ≥ 0.60; now 0.645 (40 of 62)
    reviewToCommittee: ['>=', 0.96], // target ≥ 0.90; now 0.984 (62 of 63)
    hardNegatives: ['=', 76],
    hardNegativesFlagged: ['<=', 0.09], // no target; now 0.066 (5 of 76)
    broadcastsAndOptIns: ['=', 80],
    broadcastsAndOptInsFlagged: ['<=', 0.03], // target ≤ 0.05; now 0.000 (0 of 80), in-sample (held out 0.200)
    okAutoApproved: ['>=', 0.86], // target ≥ 0.70; now 0.888 (111 of 125)
    okBlocked: ['<=', 0.01], // now 0.000
  },
});
