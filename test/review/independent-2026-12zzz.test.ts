/**
 * The independent set 2026-12zzz (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 76 of them hard negatives,
 * 81 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261352) that never opened the rules, fixtures, docs or code; frozen unread in
 * 5b199c9 before it was measured, and measured once, through these aggregate figures only, on the final (thirty-eighth round's) rules (57773cc)
 * as a confirmation set with no change made for it. Every target is met on it (harmless broadcasts flagged 4 of 81, 4.9%). Three of its 125 harmless campaigns are blocked outright.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzz',
  campaigns: 250,
  sha256Prefix: 'dc5b09768e197fc0',
  frozenIn: '5b199c9',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.70], // target ≥ 0.60, met; held out 0.726 (45 of 62)
    reviewToCommittee: ['>=', 0.95], // target ≥ 0.90, met; held out 0.968 (61 of 63)
    hardNegatives: ['=', 76],
    hardNegativesFlagged: ['<=', 0.15], // no target; held out 0.132 (10 of 76)
    broadcastsAndOptIns: ['=', 81],
    broadcastsAndOptInsFlagged: ['<=', 0.05], // target ≤ 0.05, met; held out 0.049 (4 of 81)
    okAutoApproved: ['>=', 0.80], // target ≥ 0.70, met; held out 0.816 (102 of 125)
    okBlocked: ['<=', 0.03], // held out 0.024 (3 of 125)
  },
});
