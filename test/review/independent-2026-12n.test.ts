/**
 * The independent held-out set 2026-12n (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 110 of
 * them hard negatives; 45% not in English, twelve languages), written by a ninth helper that never opened
 * the rules, fixtures, docs or code, and frozen in 4502fe4 before the twelfth tuning round (on 2026-12m)
 * was committed. It was measured through these aggregate figures only (independent-figures.ts): once on the
 * rules of the eleventh round, and once after the twelfth was committed. Those are the held-out figures the
 * README reports. The set may be tuned on after that measurement: the floors below sit a little under the
 * held-out measurement, so any later change can only keep or raise them; the targets are quoted
 * next to them; on this set all of them are met, before and after the round. The set's own `kind` field is never shown to the
 * review; it only says which harmless campaigns are broadcasts and opt-ins (the wording of the 5% target).
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12n',
  campaigns: 250,
  sha256Prefix: '33b112d5c7e9766a',
  frozenIn: '4502fe4',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62); 1.000 before the round
    blockDecidedBlock: ['>=', 0.69], // target ≥ 0.60, met; held out 0.710 (44 of 62); 0.645 before
    reviewToCommittee: ['>=', 0.96], // target ≥ 0.90, met; held out 0.984 (62 of 63); 0.984 before
    hardNegatives: ['=', 110],
    hardNegativesFlagged: ['<=', 0.17], // no target for these; held out 0.164 (18 of 110); 0.182 before
    broadcastsAndOptIns: ['=', 71],
    broadcastsAndOptInsFlagged: ['<=', 0.05], // target ≤ 0.05, met; held out 0.042 (3 of 71); 0.042 before
    okAutoApproved: ['>=', 0.82], // target ≥ 0.70, met; held out 0.832 (104 of 125); 0.816 before
    okBlocked: ['<=', 0.01], // held out 0.008 (1 of 125); 0.008 before
  },
});
