/**
 * The independent set 2026-12zy (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 76 of them hard negatives,
 * 81 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261325) that never opened the rules, fixtures, docs or code; frozen unread in
 * 338469e before it was measured, and measured through these aggregate figures only: once on the thirty-first round's rules
 * (safety 0.984, broadcasts 0.062), and once on the thirty-second round's rules (4283b91), which were tuned on other sets. The floors keep the
 * second measurement. Safety and the committee targets are met on it; the harmless-broadcast target is not. 4 of its 125 harmless campaigns are blocked outright (a committee cannot approve them).
 * Read case by case in the thirty-third round (in-sample since; on its rules: safety 1.000, broadcasts 0.037).
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zy',
  campaigns: 250,
  sha256Prefix: 'bb15bc65d859ab26',
  frozenIn: '338469e',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.984 (61 of 62)
    blockDecidedBlock: ['>=', 0.72], // target ≥ 0.60, met; held out 0.742 (46 of 62)
    reviewToCommittee: ['>=', 0.95], // target ≥ 0.90, met; held out 0.968 (61 of 63)
    hardNegatives: ['=', 76],
    hardNegativesFlagged: ['<=', 0.20], // no target; held out 0.184 (14 of 76)
    broadcastsAndOptIns: ['=', 81],
    broadcastsAndOptInsFlagged: ['<=', 0.07], // target ≤ 0.05, NOT met; held out 0.062 (5 of 81)
    okAutoApproved: ['>=', 0.83], // target ≥ 0.70, met; held out 0.848 (106 of 125)
    okBlocked: ['<=', 0.04], // held out 0.032
  },
});
