/**
 * The independent set 2026-12zj (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 94 of them hard negatives,
 * 82 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md) that never opened the rules, fixtures, docs or code; frozen in aa37777
 * (with 2026-12zk) before the twenty-seventh round's rules, as a confirmation set: measured once, through these aggregate
 * figures only, on the final (twenty-seventh round's) rules with no change made for it. The harmless-broadcast target is not
 * met on it, and 5 of its 125 harmless campaigns are blocked outright (a committee cannot approve those).
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zj',
  campaigns: 250,
  sha256Prefix: '29a0c1d01861c454',
  frozenIn: 'aa37777',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.64], // target ≥ 0.60, met; held out 0.661 (41 of 62)
    reviewToCommittee: ['>=', 0.93], // target ≥ 0.90, met; held out 0.952 (60 of 63)
    hardNegatives: ['=', 94],
    hardNegativesFlagged: ['<=', 0.2], // no target; held out 0.181 (17 of 94)
    broadcastsAndOptIns: ['=', 82],
    broadcastsAndOptInsFlagged: ['<=', 0.1], // target ≤ 0.05, NOT met; held out 0.098 (8 of 82)
    okAutoApproved: ['>=', 0.81], // target ≥ 0.70, met; held out 0.832 (104 of 125)
    okBlocked: ['<=', 0.04], // held out 0.040 (5 of 125)
  },
});
