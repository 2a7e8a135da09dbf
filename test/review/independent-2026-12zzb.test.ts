/**
 * The independent set 2026-12zzb (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 81 of them hard negatives,
 * 74 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261328) that never opened the rules, fixtures, docs or code; frozen unread in
 * 3e0e757 before it was measured, and measured through these aggregate figures only: once on the thirty-first round's rules
 * (safety 0.952, broadcasts 0.081), and once on the thirty-second round's rules (4283b91), which were tuned on other sets. The floors keep the
 * second measurement. The harmless-broadcast target and the safety target (2 of 62 block cases auto-approved) are not met on it. 3 of its 125 harmless campaigns are blocked outright (a committee cannot approve them).
 * Read case by case in the thirty-third round (in-sample since; on its rules: safety 1.000, broadcasts 0.027).
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zzb',
  campaigns: 250,
  sha256Prefix: 'a0535c0cda91b41c',
  frozenIn: '3e0e757',
  floors: {
    blockNeverAutoApproved: ['>=', 0.96], // target ≥ 0.98, NOT met; held out 0.968 (60 of 62)
    blockDecidedBlock: ['>=', 0.80], // target ≥ 0.60, met; held out 0.823 (51 of 62)
    reviewToCommittee: ['>=', 0.95], // target ≥ 0.90, met; held out 0.968 (61 of 63)
    hardNegatives: ['=', 81],
    hardNegativesFlagged: ['<=', 0.20], // no target; held out 0.185 (15 of 81)
    broadcastsAndOptIns: ['=', 74],
    broadcastsAndOptInsFlagged: ['<=', 0.09], // target ≤ 0.05, NOT met; held out 0.081 (6 of 74)
    okAutoApproved: ['>=', 0.78], // target ≥ 0.70, met; held out 0.800 (100 of 125)
    okBlocked: ['<=', 0.03], // held out 0.024
  },
});
