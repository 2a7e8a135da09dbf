/**
 * The independent set 2026-12zu (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 88 of them hard negatives,
 * 76 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md) that never opened the rules, fixtures, docs or code; frozen unread in 2e9e782
 * before it was measured, and measured once, through these aggregate figures only, on the thirtieth round's rules (9d1e558),
 * which were written without it. Every target of the issue is met on it. 1 of its 125 harmless campaigns is blocked outright (a committee cannot approve it).
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zu',
  campaigns: 250,
  sha256Prefix: 'be724c7b4cc504ab',
  frozenIn: '2e9e782',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.73], // target ≥ 0.60, met; held out 0.742 (46 of 62)
    reviewToCommittee: ['>=', 0.97], // target ≥ 0.90, met; held out 0.984 (62 of 63)
    hardNegatives: ['=', 88],
    hardNegativesFlagged: ['<=', 0.11], // no target; held out 0.102 (9 of 88)
    broadcastsAndOptIns: ['=', 76],
    broadcastsAndOptInsFlagged: ['<=', 0.04], // target ≤ 0.05, met; held out 0.026 (2 of 76)
    okAutoApproved: ['>=', 0.86], // target ≥ 0.70, met; held out 0.872 (109 of 125)
    okBlocked: ['<=', 0.02], // held out 0.008
  },
});
