/**
 * The independent set 2026-12zz (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 79 of them hard negatives,
 * 84 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a helper from the kept
 * brief (test/review/fixtures/held-out-brief.md, seed 20261326) that never opened the rules, fixtures, docs or code; frozen unread in
 * 8fdf482 before it was measured, and measured through these aggregate figures only: once on the thirty-first round's rules
 * (safety 1.000, broadcasts 0.024), and once on the thirty-second round's rules (4283b91), which were tuned on other sets. The floors keep the
 * second measurement. Safety, the committee targets and the harmless-broadcast target are met on it. 2 of its 125 harmless campaigns are blocked outright (a committee cannot approve them).
 * Never read case by case; on the thirty-third and thirty-fourth rounds' rules (9ef2c8e, d8d9914) its figures are unchanged.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zz',
  campaigns: 250,
  sha256Prefix: '831ea418c55c7525',
  frozenIn: '8fdf482',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.75], // target ≥ 0.60, met; held out 0.774 (48 of 62)
    reviewToCommittee: ['>=', 0.95], // target ≥ 0.90, met; held out 0.968 (61 of 63)
    hardNegatives: ['=', 79],
    hardNegativesFlagged: ['<=', 0.09], // no target; held out 0.076 (6 of 79)
    broadcastsAndOptIns: ['=', 84],
    broadcastsAndOptInsFlagged: ['<=', 0.04], // target ≤ 0.05, met; held out 0.024 (2 of 84)
    okAutoApproved: ['>=', 0.87], // target ≥ 0.70, met; held out 0.888 (111 of 125)
    okBlocked: ['<=', 0.02], // held out 0.016
  },
});
