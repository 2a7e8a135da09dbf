/**
 * The independent held-out set 2026-12zh (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 62 of them hard
 * negatives, 75 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper
 * from the kept brief (test/review/fixtures/held-out-brief.md) that never opened the rules, fixtures, docs or code; frozen in
 * 0f5f4ba (with 2026-12zi) before the twenty-sixth round's rules, as a confirmation set: measured once, through these
 * aggregate figures only, on the final (twenty-sixth round's) rules with no change made for it; every target of the issue met.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zh',
  campaigns: 250,
  sha256Prefix: '5648cc1c0bb04b25',
  frozenIn: '0f5f4ba',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.72], // target ≥ 0.60, met; held out 0.742 (46 of 62)
    reviewToCommittee: ['>=', 0.98], // target ≥ 0.90, met; held out 1.000 (63 of 63)
    hardNegatives: ['=', 62],
    hardNegativesFlagged: ['<=', 0.08], // no target; held out 0.065 (4 of 62)
    broadcastsAndOptIns: ['=', 75],
    broadcastsAndOptInsFlagged: ['<=', 0.05], // target ≤ 0.05, met; held out 0.040 (3 of 75)
    okAutoApproved: ['>=', 0.86], // target ≥ 0.70, met; held out 0.880 (110 of 125)
    okBlocked: ['<=', 0.02], // held out 0.016 (2 of 125)
  },
});
