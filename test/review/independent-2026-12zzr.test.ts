/**
 * The independent set 2026-12zzr (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 81 of them hard negatives,
 * 81 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261344) that never opened the rules, fixtures, docs or code; frozen unread in
 * cdaa66d before it was measured, and measured once, through these aggregate figures only, on the thirty-sixth round's rules
 * (0969cb5) as a confirmation set with no change made for it. Every target is met on it (harmless broadcasts flagged 3 of 81, 3.7%). One of its 125 harmless campaigns is blocked outright.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzr',
  campaigns: 250,
  sha256Prefix: 'b07a704ea472977a',
  frozenIn: 'cdaa66d',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.984 (61 of 62)
    blockDecidedBlock: ['>=', 0.82], // target ≥ 0.60, met; held out 0.839 (52 of 62)
    reviewToCommittee: ['>=', 0.92], // target ≥ 0.90, met; held out 0.937 (59 of 63)
    hardNegatives: ['=', 81],
    hardNegativesFlagged: ['<=', 0.09], // no target; held out 0.074 (6 of 81)
    broadcastsAndOptIns: ['=', 81],
    broadcastsAndOptInsFlagged: ['<=', 0.05], // target ≤ 0.05, met; held out 0.037 (3 of 81)
    okAutoApproved: ['>=', 0.84], // target ≥ 0.70, met; held out 0.856 (107 of 125)
    okBlocked: ['<=', 0.01], // held out 0.008 (1 of 125)
  },
});
