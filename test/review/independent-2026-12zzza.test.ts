/**
 * The independent set 2026-12zzza (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 81 of them hard negatives,
 * 81 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261353) that never opened the rules, fixtures, docs or code; frozen unread in
 * 2c0e475 before it was measured, and measured once, through these aggregate figures only, on the final (thirty-eighth round's) rules (57773cc)
 * as a confirmation set with no change made for it. Every target is met on it (harmless broadcasts flagged 1 of 81, 1.2%). One of its 125 harmless campaigns is blocked outright.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzza',
  campaigns: 250,
  sha256Prefix: '142458693103e4e7',
  frozenIn: '2c0e475',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.77], // target ≥ 0.60, met; held out 0.790 (49 of 62)
    reviewToCommittee: ['>=', 0.97], // target ≥ 0.90, met; held out 0.984 (62 of 63)
    hardNegatives: ['=', 81],
    hardNegativesFlagged: ['<=', 0.05], // no target; held out 0.037 (3 of 81)
    broadcastsAndOptIns: ['=', 81],
    broadcastsAndOptInsFlagged: ['<=', 0.03], // target ≤ 0.05, met; held out 0.012 (1 of 81)
    okAutoApproved: ['>=', 0.85], // target ≥ 0.70, met; held out 0.872 (109 of 125)
    okBlocked: ['<=', 0.01], // held out 0.008 (1 of 125)
  },
});
