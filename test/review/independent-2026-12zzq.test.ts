/**
 * The independent set 2026-12zzq (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 80 of them hard negatives,
 * 78 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261343) that never opened the rules, fixtures, docs or code; frozen unread in
 * fa5e8c2 before it was measured, and measured once, through these aggregate figures only, on the thirty-sixth round's rules
 * (0969cb5) as a confirmation set with no change made for it. Every target is met on it (harmless broadcasts flagged 2 of 78, 2.6%). None of its 125 harmless campaigns is blocked outright.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzq',
  campaigns: 250,
  sha256Prefix: 'c79e6f8f7a1f258f',
  frozenIn: 'fa5e8c2',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.984 (61 of 62)
    blockDecidedBlock: ['>=', 0.67], // target ≥ 0.60, met; held out 0.694 (43 of 62)
    reviewToCommittee: ['>=', 0.95], // target ≥ 0.90, met; held out 0.968 (61 of 63)
    hardNegatives: ['=', 80],
    hardNegativesFlagged: ['<=', 0.14], // no target; held out 0.125 (10 of 80)
    broadcastsAndOptIns: ['=', 78],
    broadcastsAndOptInsFlagged: ['<=', 0.04], // target ≤ 0.05, met; held out 0.026 (2 of 78)
    okAutoApproved: ['>=', 0.82], // target ≥ 0.70, met; held out 0.840 (105 of 125)
    okBlocked: ['<=', 0.01], // held out 0.000
  },
});
