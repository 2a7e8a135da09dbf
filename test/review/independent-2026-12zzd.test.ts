/**
 * The independent set 2026-12zzd (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 88 of them hard negatives,
 * 80 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261330) that never opened the rules, fixtures, docs or code; frozen unread in
 * b0d88b8 before it was measured, and measured once, through these aggregate figures only, on the thirty-third round's
 * rules (9ef2c8e), as a confirmation set with no change made for it. Every target is met on it. None of its 125 harmless campaigns is blocked outright.
 * Never read case by case; on the thirty-fourth round's rules (d8d9914) its figures are unchanged.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzd',
  campaigns: 250,
  sha256Prefix: 'a19956e5b6108b7b',
  frozenIn: 'b0d88b8',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.78], // target ≥ 0.60, met; held out 0.806 (50 of 62)
    reviewToCommittee: ['>=', 0.97], // target ≥ 0.90, met; held out 1.000 (63 of 63)
    hardNegatives: ['=', 88],
    hardNegativesFlagged: ['<=', 0.16], // no target; held out 0.148 (13 of 88)
    broadcastsAndOptIns: ['=', 80],
    broadcastsAndOptInsFlagged: ['<=', 0.02], // target ≤ 0.05, met; held out 0.000 (0 of 80)
    okAutoApproved: ['>=', 0.84], // target ≥ 0.70, met; held out 0.856 (107 of 125)
    okBlocked: ['<=', 0.01], // held out 0.000
  },
});
