/**
 * The independent set 2026-12zzt (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 84 of them hard negatives,
 * 83 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261346) that never opened the rules, fixtures, docs or code; frozen unread in
 * f65f456 before it was measured, and measured once, through these aggregate figures only, on the thirty-sixth round's rules
 * (0969cb5) as a confirmation set with no change made for it. Safety (no block case auto-approved) and the committee targets are met; the harmless-broadcast target is missed (6 of 83, 7.2%). One of its 125 harmless campaigns is blocked outright.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzt',
  campaigns: 250,
  sha256Prefix: 'bb87958c5868adac',
  frozenIn: 'f65f456',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.65], // target ≥ 0.60, met; held out 0.677 (42 of 62)
    reviewToCommittee: ['>=', 0.97], // target ≥ 0.90, met; held out 0.984 (62 of 63)
    hardNegatives: ['=', 84],
    hardNegativesFlagged: ['<=', 0.17], // no target; held out 0.155 (13 of 84)
    broadcastsAndOptIns: ['=', 83],
    broadcastsAndOptInsFlagged: ['<=', 0.08], // target ≤ 0.05, NOT met; held out 0.072 (6 of 83)
    okAutoApproved: ['>=', 0.79], // target ≥ 0.70, met; held out 0.808 (101 of 125)
    okBlocked: ['<=', 0.01], // held out 0.008 (1 of 125)
  },
});
