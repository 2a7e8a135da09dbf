/**
 * The independent set 2026-12zr (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 76 of them hard negatives,
 * 83 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md) that never opened the rules, fixtures, docs or code; frozen unread in 8d40faa
 * before it was measured, and measured once, through these aggregate figures only, on the twenty-ninth round's rules (9d067ba),
 * which were written without it; then read case by case for the thirtieth round's rules, so it is in-sample now: the floors
 * keep its held-out figures. Every target of the issue is met on it.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zr',
  campaigns: 250,
  sha256Prefix: '8e22ac64b0413e27',
  frozenIn: '8d40faa',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.70], // target ≥ 0.60, met; held out 0.710 (44 of 62)
    reviewToCommittee: ['>=', 0.96], // target ≥ 0.90, met; held out 0.968 (61 of 63)
    hardNegatives: ['=', 76],
    hardNegativesFlagged: ['<=', 0.06], // no target; held out 0.053 (4 of 76)
    broadcastsAndOptIns: ['=', 83],
    broadcastsAndOptInsFlagged: ['<=', 0.03], // target ≤ 0.05, met; held out 0.024 (2 of 83)
    okAutoApproved: ['>=', 0.85], // target ≥ 0.70, met; held out 0.856 (107 of 125)
    okBlocked: ['<=', 0.01], // held out 0.000
  },
});
