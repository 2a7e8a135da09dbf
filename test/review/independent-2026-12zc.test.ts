/**
 * The independent set 2026-12zc (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 71 of them hard negatives,
 * 84 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a twenty-fourth helper from the kept brief that never opened the rules, fixtures, docs or code; frozen in
 * 87f2d53 before the twenty-second round's rules. Held out: measured once on the twenty-third round's rules as a confirmation set
 * (block never auto-approved 98.4%, decided block 56.5% — under the 60% target —, review to the committee 98.4%, harmless
 * broadcasts and opt-ins flagged 13.1% (11 of 84), harmless auto-approved 76.8%) and once, for comparison, on the twenty-first's
 * (14.3%, 75.2%). It was then a tuning set of the twenty-fourth round: the floors below are in-sample.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zc',
  campaigns: 250,
  sha256Prefix: 'e7d1c6634b1e3cb7',
  frozenIn: '87f2d53',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98; now 0.984 (61 of 62)
    blockDecidedBlock: ['>=', 0.54], // target ≥ 0.60, NOT met; now 0.565 (35 of 62), held out the same
    reviewToCommittee: ['>=', 0.96], // target ≥ 0.90; now 0.984 (62 of 63)
    hardNegatives: ['=', 71],
    hardNegativesFlagged: ['<=', 0.11], // no target; now 0.085 (6 of 71)
    broadcastsAndOptIns: ['=', 84],
    broadcastsAndOptInsFlagged: ['<=', 0.04], // target ≤ 0.05; now 0.024 (2 of 84), in-sample (held out 0.131)
    okAutoApproved: ['>=', 0.82], // target ≥ 0.70; now 0.848 (106 of 125)
    okBlocked: ['<=', 0.01], // now 0.008 (1 of 125)
  },
});
