/**
 * The independent held-out set 2026-12p (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 117 of
 * them hard negatives, 74 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve
 * languages), written by an eleventh helper that never opened the rules, fixtures, docs or code (its brief
 * also asked for at least 70 harmless broadcasts and opt-ins), and frozen in e598dc4 before the thirteenth
 * tuning round (on 2026-12o) was committed. It was measured through these aggregate figures only
 * (independent-figures.ts): once on the rules of the twelfth round, and once after the thirteenth was
 * committed. Those are the held-out figures the README reports. The floors sit a little under that
 * measurement, so any later change can only keep or raise them; the targets are quoted next to
 * them, two of them not met on this set. The fourteenth round then tuned on it: it is in-sample from there
 * on (2026-12q holds the next held-out figures).
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12p',
  campaigns: 250,
  sha256Prefix: 'fbefc9af6722454e',
  frozenIn: 'e598dc4',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 0.984 (61 of 62); 0.984 before the round
    blockDecidedBlock: ['>=', 0.61], // target ≥ 0.60, met; held out 0.629 (39 of 62); 0.629 before
    reviewToCommittee: ['>=', 0.94], // target ≥ 0.90, met; held out 0.952 (60 of 63); 0.952 before
    hardNegatives: ['=', 117],
    hardNegativesFlagged: ['<=', 0.31], // no target for these; held out 0.299 (35 of 117); 0.299 before
    broadcastsAndOptIns: ['=', 74],
    broadcastsAndOptInsFlagged: ['<=', 0.11], // target ≤ 0.05, NOT met; held out 0.108 (8 of 74); 0.108 before
    okAutoApproved: ['>=', 0.69], // target ≥ 0.70, NOT met; held out 0.696 (87 of 125); 0.696 before
    okBlocked: ['<=', 0.01], // held out 0.008 (1 of 125); 0.016 before
  },
});
