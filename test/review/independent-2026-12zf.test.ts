/**
 * The independent set 2026-12zf (issue 24): 250 campaigns (62 block, 63 review, 125 ok, 66 of them hard negatives,
 * 76 of the harmless ones broadcasts or opt-ins; 45% not in English, twelve languages), written by a twenty-seventh helper from the kept brief that never opened the rules, fixtures, docs or code; frozen in
 * 5f02f18 before the last rules of the twenty-fifth round, as a confirmation set: measured through these aggregate figures only, on the
 * twenty-fifth round's rules with no change made for it, again on the twenty-sixth's (the same figures) and on the
 * twenty-seventh's (harmless broadcasts and opt-ins flagged 2.6%, harmless auto-approved 85.6%): every target of the issue met.
 */
import { describeFrozenSet } from './held-out-set.js';

describeFrozenSet({
  name: '2026-12zf',
  campaigns: 250,
  sha256Prefix: 'e6bcc34101dc77df',
  frozenIn: '5f02f18',
  floors: {
    blockNeverAutoApproved: ['>=', 0.98], // target ≥ 0.98, met; held out 1.000 (62 of 62)
    blockDecidedBlock: ['>=', 0.69], // target ≥ 0.60, met; held out 0.710 (44 of 62)
    reviewToCommittee: ['>=', 0.96], // target ≥ 0.90, met; held out 0.984 (62 of 63)
    hardNegatives: ['=', 66],
    hardNegativesFlagged: ['<=', 0.12], // no target; held out 0.106 (7 of 66)
    broadcastsAndOptIns: ['=', 76],
    broadcastsAndOptInsFlagged: ['<=', 0.05], // target ≤ 0.05, met; held out 0.039 (3 of 76)
    okAutoApproved: ['>=', 0.82], // target ≥ 0.70, met; held out 0.848 (106 of 125)
    okBlocked: ['<=', 0.01], // held out 0.000
  },
});
