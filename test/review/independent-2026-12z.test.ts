/**
 * The independent held-out set 2026-12z (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 76 of
 * them hard negatives, 80 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve
 * languages), written by a twenty-first helper that never opened the rules, fixtures, docs or code, and
 * frozen in 16806c4 as a confirmation set: measured once, through these aggregate figures only
 * (independent-figures.ts), on the twenty-first round's rules with no change made for it. Those are the
 * latest held-out figures the README reports. The floors sit a little under that measurement; the issue's
 * targets are quoted next to them, one of them (harmless broadcasts and opt-ins flagged) far from met.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12z',
  campaigns: 250,
  sha256Prefix: '85a0c3cb66d81e8b',
  frozenIn: '16806c4',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.62], // target ≥ 0.60, met; held out 0.645 (40 of 62)
    reviewToCommittee: ['>=', 0.96], // target ≥ 0.90, met; held out 0.984 (62 of 63)
    hardNegatives: ['=', 76],
    hardNegativesFlagged: ['<=', 0.29], // no target; held out 0.276 (21 of 76)
    broadcastsAndOptIns: ['=', 80],
    broadcastsAndOptInsFlagged: ['<=', 0.21], // target ≤ 0.05, NOT met; held out 0.200 (16 of 80)
    okAutoApproved: ['>=', 0.74], // target ≥ 0.70, met; held out 0.760 (95 of 125)
    okBlocked: ['<=', 0.02], // held out 0.016 (2 of 125)
  },
});
