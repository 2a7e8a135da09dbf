/**
 * The independent held-out set 2026-12q (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 112 of
 * them hard negatives, 73 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve
 * languages), written by a twelfth helper that never opened the rules, fixtures, docs or code, and frozen
 * in 95d9c80 before the fourteenth tuning round (on 2026-12p) was committed. It was measured through these
 * aggregate figures only (independent-figures.ts): once on the rules of the thirteenth round, and once
 * after the fourteenth was committed. Those are the held-out figures the README reports. The
 * floors sit a little under that measurement, so any later change can only keep or raise them; the
 * issue's targets are quoted next to them, one of them not met on this set. The fifteenth round then
 * tuned on it: it is in-sample from there on (2026-12r holds the next held-out figures).
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12q',
  campaigns: 250,
  sha256Prefix: 'd8bc89bb57312a35',
  frozenIn: '95d9c80',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62); 1.000 before the round
    blockDecidedBlock: ['>=', 0.67], // target ≥ 0.60, met; held out 0.694 (43 of 62); 0.694 before
    reviewToCommittee: ['>=', 0.9], // target ≥ 0.90, met; held out 0.921 (58 of 63); 0.921 before
    hardNegatives: ['=', 112],
    hardNegativesFlagged: ['<=', 0.25], // no target for these; held out 0.241 (27 of 112); 0.259 before
    broadcastsAndOptIns: ['=', 73],
    broadcastsAndOptInsFlagged: ['<=', 0.12], // target ≤ 0.05, NOT met; held out 0.110 (8 of 73); 0.110 before
    okAutoApproved: ['>=', 0.76], // target ≥ 0.70, met; held out 0.776 (97 of 125); 0.760 before
    okBlocked: ['<=', 0.05], // held out 0.048 (6 of 125); 0.048 before
  },
});
