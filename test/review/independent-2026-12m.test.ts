/**
 * The independent held-out set 2026-12m (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 112 of
 * them hard negatives; 45% not in English, twelve languages), written by an eighth helper that never opened
 * the rules, fixtures, docs or code, and frozen in 032434b before the eleventh tuning round (on 2026-12l)
 * was committed. It was measured through these aggregate figures only (independent-figures.ts): once on the
 * rules of the tenth round, and once after the eleventh was committed. Those are the held-out figures the
 * README reports. The set may be tuned on after that measurement: the floors below sit a little under the
 * held-out measurement, so any later change can only keep or raise them; the targets are quoted
 * next to them, three of them not met on held-out data. The set's own `kind` field is never shown to the
 * review; it only says which harmless campaigns are broadcasts and opt-ins (the wording of the 5% target).
 * The twelfth round tuned on this set: it is in-sample from there on (2026-12n holds the next held-out figures).
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12m',
  campaigns: 250,
  sha256Prefix: '9f8d0d7482cfff4e',
  frozenIn: '032434b',
  floors: {
    blockNeverAutoApproved: ['>=', 0.95], // target ≥ 0.98, NOT met; held out 0.952 (59 of 62); 0.952 before the round
    blockDecidedBlock: ['>=', 0.72], // target ≥ 0.60, met; held out 0.742 (46 of 62); 0.742 before
    reviewToCommittee: ['>=', 0.92], // target ≥ 0.90, met; held out 0.937 (59 of 63); 0.937 before
    hardNegatives: ['=', 112],
    hardNegativesFlagged: ['<=', 0.33], // no target for these; held out 0.321 (36 of 112); 0.339 before
    broadcastsAndOptIns: ['=', 70],
    broadcastsAndOptInsFlagged: ['<=', 0.06], // target ≤ 0.05, NOT met; held out 0.057 (4 of 70); 0.057 before
    okAutoApproved: ['>=', 0.7], // target ≥ 0.70, met; held out 0.712 (89 of 125); 0.696 before
    okBlocked: ['<=', 0.01], // held out 0.008 (1 of 125); 0.016 before
  },
});
