/**
 * The independent set 2026-12zzs (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 79 of them hard negatives,
 * 75 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261345) that never opened the rules, fixtures, docs or code; frozen unread in
 * 4280ff5 before it was measured, and measured once, through these aggregate figures only, on the thirty-sixth round's rules
 * (0969cb5) as a confirmation set with no change made for it. Safety (2 of 62 block cases auto-approved, 96.8%) and the harmless-broadcast target (6 of 75, 8.0%) are missed; decided-block, review-to-committee and harmless auto-approval are met. Three of its 125 harmless campaigns are blocked outright.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzs',
  campaigns: 250,
  sha256Prefix: '3530b0e94d6b5fa6',
  frozenIn: '4280ff5',
  floors: {
    blockNeverAutoApproved: ['>=', 0.95], // target ≥ 0.98, NOT met; held out 0.968 (60 of 62)
    blockDecidedBlock: ['>=', 0.85], // target ≥ 0.60, met; held out 0.871 (54 of 62)
    reviewToCommittee: ['>=', 0.97], // target ≥ 0.90, met; held out 0.984 (62 of 63)
    hardNegatives: ['=', 79],
    hardNegativesFlagged: ['<=', 0.15], // no target; held out 0.139 (11 of 79)
    broadcastsAndOptIns: ['=', 75],
    broadcastsAndOptInsFlagged: ['<=', 0.09], // target ≤ 0.05, NOT met; held out 0.080 (6 of 75)
    okAutoApproved: ['>=', 0.75], // target ≥ 0.70, met; held out 0.768 (96 of 125)
    okBlocked: ['<=', 0.03], // held out 0.024 (3 of 125)
  },
});
