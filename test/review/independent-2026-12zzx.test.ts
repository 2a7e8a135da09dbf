/**
 * The independent set 2026-12zzx (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 95 of them hard negatives,
 * 78 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261350) that never opened the rules, fixtures, docs or code; frozen unread in
 * 2a64050 before it was measured, and measured once, through these aggregate figures only, on the thirty-seventh round's rules (8c7ac62)
 * as a confirmation set with no change made for it. Safety (no block case auto-approved) and the committee targets are met; the harmless-broadcast target is missed by one campaign (4 of 78, 5.1%). None of its 125 harmless campaigns is blocked outright.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzx',
  campaigns: 250,
  sha256Prefix: '9ce75bbd8277bf45',
  frozenIn: '2a64050',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.75], // target ≥ 0.60, met; held out 0.774 (48 of 62)
    reviewToCommittee: ['>=', 0.95], // target ≥ 0.90, met; held out 0.968 (61 of 63)
    hardNegatives: ['=', 95],
    hardNegativesFlagged: ['<=', 0.18], // no target; held out 0.168 (16 of 95)
    broadcastsAndOptIns: ['=', 78],
    broadcastsAndOptInsFlagged: ['<=', 0.06], // target ≤ 0.05, NOT met by one campaign; held out 0.051 (4 of 78)
    okAutoApproved: ['>=', 0.76], // target ≥ 0.70, met; held out 0.784 (98 of 125)
    okBlocked: ['<=', 0.01], // held out 0.000
  },
});
