/**
 * The independent set 2026-12zza (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 70 of them hard negatives,
 * 79 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261327) that never opened the rules, fixtures, docs or code; frozen unread in
 * 12e1b3e before it was measured, and measured through these aggregate figures only: once on the thirty-first round's rules
 * (safety 1.000, broadcasts 0.025), and once on the thirty-second round's rules (4283b91), which were tuned on other sets. The floors keep the
 * second measurement. Safety, the committee targets and the harmless-broadcast target are met on it. 1 of its 125 harmless campaigns is blocked outright (a committee cannot approve it).
 * Never read case by case; on the thirty-third and thirty-fourth rounds' rules (9ef2c8e, d8d9914) its figures are unchanged.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zza',
  campaigns: 250,
  sha256Prefix: 'b4b4000b1655b1ef',
  frozenIn: '12e1b3e',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.62], // target ≥ 0.60, met; held out 0.645 (40 of 62)
    reviewToCommittee: ['>=', 0.92], // target ≥ 0.90, met; held out 0.937 (59 of 63)
    hardNegatives: ['=', 70],
    hardNegativesFlagged: ['<=', 0.10], // no target; held out 0.086 (6 of 70)
    broadcastsAndOptIns: ['=', 79],
    broadcastsAndOptInsFlagged: ['<=', 0.04], // target ≤ 0.05, met; held out 0.025 (2 of 79)
    okAutoApproved: ['>=', 0.86], // target ≥ 0.70, met; held out 0.880 (110 of 125)
    okBlocked: ['<=', 0.01], // held out 0.008
  },
});
