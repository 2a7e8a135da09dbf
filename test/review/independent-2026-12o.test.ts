/**
 * The independent held-out set 2026-12o (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 115 of
 * them hard negatives, 78 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve
 * languages), written by a tenth helper that never opened the rules, fixtures, docs or code, and frozen in
 * 993a06a as a confirmation set: measured once, through these aggregate figures only
 * (independent-figures.ts), on the twelfth round's rules with no change made for it. Those are the
 * held-out figures the README reports. The floors sit a little under that measurement, so any later
 * change can only keep or raise them; the targets are quoted next to them, one of them (harmless
 * broadcasts and opt-ins flagged) not met on this set. The thirteenth round then tuned on it: it is
 * in-sample from there on (2026-12p holds the next held-out figures).
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12o',
  campaigns: 250,
  sha256Prefix: '4e8a1ddc55ba3e22',
  frozenIn: '993a06a',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.69], // target ≥ 0.60, met; held out 0.710 (44 of 62)
    reviewToCommittee: ['>=', 0.98], // target ≥ 0.90, met; held out 1.000 (63 of 63)
    hardNegatives: ['=', 115],
    hardNegativesFlagged: ['<=', 0.25], // no target for these; held out 0.243 (28 of 115)
    broadcastsAndOptIns: ['=', 78],
    broadcastsAndOptInsFlagged: ['<=', 0.08], // target ≤ 0.05, NOT met; held out 0.077 (6 of 78)
    okAutoApproved: ['>=', 0.72], // target ≥ 0.70, met; held out 0.736 (92 of 125)
    okBlocked: ['<=', 0.02], // held out 0.016 (2 of 125)
  },
});
