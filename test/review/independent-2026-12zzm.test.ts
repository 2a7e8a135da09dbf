/**
 * The independent set 2026-12zzm (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 84 of them hard negatives,
 * 80 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261339) that never opened the rules, fixtures, docs or code; frozen unread in
 * a67af14 before it was measured, and measured once, through these aggregate figures only, on the thirty-fifth round's rules
 * (c298d77) as a confirmation set with no change made for it. Safety (2 of 62 block cases auto-approved, 96.8%) and decided-block (51.6%) are missed; review-to-committee, harmless auto-approval and the harmless-broadcast target (1 of 80, 1.3%) are met. One of its 125 harmless campaigns is blocked outright.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzm',
  campaigns: 250,
  sha256Prefix: 'cd75338f03b95f60',
  frozenIn: 'a67af14',
  floors: {
    blockNeverAutoApproved: ['>=', 0.95], // target ≥ 0.98, NOT met; held out 0.968 (60 of 62)
    blockDecidedBlock: ['>=', 0.50], // target ≥ 0.60, NOT met; held out 0.516 (32 of 62)
    reviewToCommittee: ['>=', 0.95], // target ≥ 0.90, met; held out 0.968 (61 of 63)
    hardNegatives: ['=', 84],
    hardNegativesFlagged: ['<=', 0.17], // no target; held out 0.155 (13 of 84)
    broadcastsAndOptIns: ['=', 80],
    broadcastsAndOptInsFlagged: ['<=', 0.03], // target ≤ 0.05, met; held out 0.013 (1 of 80)
    okAutoApproved: ['>=', 0.81], // target ≥ 0.70, met; held out 0.832 (104 of 125)
    okBlocked: ['<=', 0.01], // held out 0.008 (1 of 125)
  },
});
