/**
 * The independent held-out set 2026-12zi (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 70 of them hard
 * negatives, 81 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper
 * from the kept brief (test/review/fixtures/held-out-brief.md) that never opened the rules, fixtures, docs or code; frozen in
 * 0f5f4ba (with 2026-12zh) before the twenty-sixth round's rules, as a confirmation set: measured once, through these
 * aggregate figures only, on the final (twenty-sixth round's) rules with no change made for it; one of the targets (safety) not met: two block cases auto-approved.
 * It was then a tuning set of the twenty-seventh round: the floors below are in-sample.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zi',
  campaigns: 250,
  sha256Prefix: '8dda89cc53cbdffc',
  frozenIn: '0f5f4ba',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98; now 1.000 (62 of 62), in-sample (held out 0.968)
    blockDecidedBlock: ['>=', 0.72], // target ≥ 0.60; now 0.742 (46 of 62)
    reviewToCommittee: ['>=', 0.96], // target ≥ 0.90; now 0.984 (62 of 63)
    hardNegatives: ['=', 70],
    hardNegativesFlagged: ['<=', 0.06], // no target; now 0.043 (3 of 70)
    broadcastsAndOptIns: ['=', 81],
    broadcastsAndOptInsFlagged: ['<=', 0.02], // target ≤ 0.05; now 0.000 (0 of 81), in-sample (held out 0.049)
    okAutoApproved: ['>=', 0.86], // target ≥ 0.70; now 0.888 (111 of 125)
    okBlocked: ['<=', 0.01], // now 0.008 (1 of 125)
  },
});
