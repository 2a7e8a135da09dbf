/**
 * The independent set 2026-12zk (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 78 of them hard negatives,
 * 80 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md) that never opened the rules, fixtures, docs or code; frozen in aa37777
 * (with 2026-12zj) before the twenty-seventh round's rules, as a confirmation set: measured once, through these aggregate
 * figures only, on the final (twenty-seventh round's) rules with no change made for it. The harmless-broadcast target is not
 * met on it.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zk',
  campaigns: 250,
  sha256Prefix: 'a86ae666f338e505',
  frozenIn: 'aa37777',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.984 (61 of 62)
    blockDecidedBlock: ['>=', 0.67], // target ≥ 0.60, met; held out 0.694 (43 of 62)
    reviewToCommittee: ['>=', 0.96], // target ≥ 0.90, met; held out 0.984 (62 of 63)
    hardNegatives: ['=', 78],
    hardNegativesFlagged: ['<=', 0.16], // no target; held out 0.141 (11 of 78)
    broadcastsAndOptIns: ['=', 80],
    broadcastsAndOptInsFlagged: ['<=', 0.09], // target ≤ 0.05, NOT met; held out 0.088 (7 of 80)
    okAutoApproved: ['>=', 0.83], // target ≥ 0.70, met; held out 0.856 (107 of 125)
    okBlocked: ['<=', 0.01], // held out 0.000
  },
});
