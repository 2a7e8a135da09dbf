/**
 * The independent set 2026-12zzzd (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 82 of them hard negatives,
 * 74 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261356) that never opened the rules, fixtures, docs or code; frozen unread in
 * 69f8156 before it was measured, and measured once, through these aggregate figures only, on the final (thirty-eighth round's) rules (05b9c26)
 * as a confirmation set with no change made for it. Every target is met on it (harmless broadcasts flagged 3 of 74, 4.1%). Two of its 125 harmless campaigns are blocked outright.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzzd',
  campaigns: 250,
  sha256Prefix: 'de15564094dd7246',
  frozenIn: '69f8156',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.70], // target ≥ 0.60, met; held out 0.726 (45 of 62)
    reviewToCommittee: ['>=', 0.93], // target ≥ 0.90, met; held out 0.952 (60 of 63)
    hardNegatives: ['=', 82],
    hardNegativesFlagged: ['<=', 0.16], // no target; held out 0.146 (12 of 82)
    broadcastsAndOptIns: ['=', 74],
    broadcastsAndOptInsFlagged: ['<=', 0.05], // target ≤ 0.05, met; held out 0.041 (3 of 74)
    okAutoApproved: ['>=', 0.85], // target ≥ 0.70, met; held out 0.872 (109 of 125)
    okBlocked: ['<=', 0.02], // held out 0.016 (2 of 125)
  },
});
