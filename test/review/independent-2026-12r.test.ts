/**
 * The independent held-out set 2026-12r (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 111 of
 * them hard negatives, 79 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve
 * languages), written by a thirteenth helper that never opened the rules, fixtures, docs or code, and
 * frozen in 194e5bd before the fifteenth tuning round (on 2026-12q) was committed. It was measured through
 * these aggregate figures only (independent-figures.ts): once on the rules of the fourteenth round, and
 * once after the fifteenth was committed. Those are the held-out figures the README reports.
 * The floors sit a little under that measurement, so any later change can only keep or raise them; the
 * issue's targets are quoted next to them, all of them met on this set.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12r',
  campaigns: 250,
  sha256Prefix: '390d6485fe995a07',
  frozenIn: '194e5bd',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62); 1.000 before the round
    blockDecidedBlock: ['>=', 0.7], // target ≥ 0.60, met; held out 0.726 (45 of 62); 0.726 before
    reviewToCommittee: ['>=', 0.98], // target ≥ 0.90, met; held out 1.000 (63 of 63); 1.000 before
    hardNegatives: ['=', 111],
    hardNegativesFlagged: ['<=', 0.16], // no target for these; held out 0.153 (17 of 111); 0.153 before
    broadcastsAndOptIns: ['=', 79],
    broadcastsAndOptInsFlagged: ['<=', 0.03], // target ≤ 0.05, met; held out 0.025 (2 of 79); 0.025 before
    okAutoApproved: ['>=', 0.8], // target ≥ 0.70, met; held out 0.824 (103 of 125); 0.824 before
    okBlocked: ['<=', 0.01], // held out 0.008 (1 of 125); 0.008 before
  },
});
