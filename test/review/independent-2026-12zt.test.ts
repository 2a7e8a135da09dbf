/**
 * The independent set 2026-12zt (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 76 of them hard negatives,
 * 78 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md) that never opened the rules, fixtures, docs or code; frozen unread in 82e8afb
 * before it was measured, and measured once, through these aggregate figures only, on the thirtieth round's rules (9d1e558),
 * which were written without it. Every target of the issue is met on it. 2 of its 125 harmless campaigns are blocked outright (a committee cannot approve them).
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zt',
  campaigns: 250,
  sha256Prefix: 'fc730453e7c451ad',
  frozenIn: '82e8afb',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.984 (61 of 62)
    blockDecidedBlock: ['>=', 0.76], // target ≥ 0.60, met; held out 0.774 (48 of 62)
    reviewToCommittee: ['>=', 0.98], // target ≥ 0.90, met; held out 1.000 (63 of 63)
    hardNegatives: ['=', 76],
    hardNegativesFlagged: ['<=', 0.13], // no target; held out 0.118 (9 of 76)
    broadcastsAndOptIns: ['=', 78],
    broadcastsAndOptInsFlagged: ['<=', 0.05], // target ≤ 0.05, met; held out 0.038 (3 of 78)
    okAutoApproved: ['>=', 0.83], // target ≥ 0.70, met; held out 0.840 (105 of 125)
    okBlocked: ['<=', 0.03], // held out 0.016
  },
});
