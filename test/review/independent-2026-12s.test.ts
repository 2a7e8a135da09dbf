/**
 * The independent held-out set 2026-12s (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 114 of
 * them hard negatives, 77 of the harmless ones broadcasts or opt-ins; 46% not in English, twelve
 * languages), written by a fourteenth helper that never opened the rules, fixtures, docs or code, and
 * frozen in 1d8b36c as a confirmation set: measured once, through these aggregate figures only
 * (independent-figures.ts), on the fifteenth round's rules with no change made for it; it was then the
 * sixteenth round's tuning set, so it is in-sample from 4f4a250. The floors sit a little under the held-out
 * measurement; the targets are quoted next to them.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12s',
  campaigns: 250,
  sha256Prefix: '44a6a50960d08109',
  frozenIn: '1d8b36c',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.984 (61 of 62)
    blockDecidedBlock: ['>=', 0.63], // target ≥ 0.60, met; held out 0.645 (40 of 62)
    reviewToCommittee: ['>=', 0.95], // target ≥ 0.90, met; held out 0.968 (61 of 63)
    hardNegatives: ['=', 114],
    hardNegativesFlagged: ['<=', 0.21], // no target for these; held out 0.202 (23 of 114)
    broadcastsAndOptIns: ['=', 77],
    broadcastsAndOptInsFlagged: ['<=', 0.07], // target ≤ 0.05, NOT met; held out 0.065 (5 of 77)
    okAutoApproved: ['>=', 0.78], // target ≥ 0.70, met; held out 0.800 (100 of 125)
    okBlocked: ['<=', 0.01], // held out 0.0 (0 of 125)
  },
});
