/**
 * The independent held-out set 2026-12zi (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 70 of them hard
 * negatives, 81 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper
 * from the kept brief (test/review/fixtures/held-out-brief.md) that never opened the rules, fixtures, docs or code; frozen in
 * 0f5f4ba (with 2026-12zh) before the twenty-sixth round's rules, as a confirmation set: measured once, through these
 * aggregate figures only, on the final (twenty-sixth round's) rules with no change made for it; one of the targets (safety) not met: two block cases auto-approved.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zi',
  campaigns: 250,
  sha256Prefix: '8dda89cc53cbdffc',
  frozenIn: '0f5f4ba',
  floors: {
    blockNeverAutoApproved: ['>=', 0.96], // target ≥ 0.98, NOT met; held out 0.968 (60 of 62)
    blockDecidedBlock: ['>=', 0.69], // target ≥ 0.60, met; held out 0.710 (44 of 62)
    reviewToCommittee: ['>=', 0.93], // target ≥ 0.90, met; held out 0.952 (60 of 63)
    hardNegatives: ['=', 70],
    hardNegativesFlagged: ['<=', 0.12], // no target; held out 0.100 (7 of 70)
    broadcastsAndOptIns: ['=', 81],
    broadcastsAndOptInsFlagged: ['<=', 0.05], // target ≤ 0.05, met; held out 0.049 (4 of 81)
    okAutoApproved: ['>=', 0.83], // target ≥ 0.70, met; held out 0.856 (107 of 125)
    okBlocked: ['<=', 0.01], // held out 0.008 (1 of 125)
  },
});
