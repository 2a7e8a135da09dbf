/**
 * The winner of the ranked candidates and the sentence that says why: the rule's winner with its
 * numbers (and, when the lowest-BIC partition was set aside, why), or, when no candidate met the
 * rules, the best k-means by silhouette with the reasons the others were rejected.
 */
import type { Algorithm } from '../../result/index.js';
import { CLEAR_GROUPS_SILHOUETTE, CLOUD_RATIO, SHAPE_RATIO, describeCandidate, rankWithStructure, winnerReason, type EligibilityRules, type ScoredCandidate } from './ranking.js';

export interface Choice {
  winnerIndex: number;
  reason: string;
  continuousCloud: boolean;
}

export function chooseWinner(candidates: ScoredCandidate[], rules: EligibilityRules, force: { algorithm?: Algorithm; k?: number }): Choice {
  const ranked = rankWithStructure(candidates, rules);
  const forced = force.algorithm !== undefined || force.k !== undefined;
  const forcedBy = [force.algorithm !== undefined ? `algorithm=${force.algorithm}` : '', force.k !== undefined ? `k=${force.k}` : ''].filter(Boolean).join(', ');
  if (ranked.winner < 0) {
    const winnerIndex = fallbackIndex(candidates, forced);
    const w = candidates[winnerIndex];
    const reason =
      `No candidate met the rules (${uniqueReasons(candidates)}), so ${describeCandidate(w)} was taken as the ${forced ? `best of the forced choice (${forcedBy})` : 'best k-means'} by silhouette ` +
      `(${w.scores.silhouette === null ? 'n/a' : w.scores.silhouette.toFixed(2)}); treat its segments with caution: ${w.rejectedBecause.join('; ')}.`;
    return { winnerIndex, reason, continuousCloud: ranked.continuousCloud };
  }
  let reason = winnerReason(candidates[ranked.winner], candidates);
  if (ranked.overSplit) {
    const lowest = candidates.filter((c) => c.eligible && c.scores.bic != null).sort((a, b) => a.scores.bic! - b.scores.bic!)[0];
    const best = Math.max(...candidates.filter((c) => c.eligible).map((c) => c.scores.silhouette ?? -Infinity));
    const ratio = (lowest.scores.silhouette ?? 0) / best;
    const share = `its silhouette is ${ratio.toFixed(2)} of the best, ${best.toFixed(2)}; under ${ratio < CLOUD_RATIO ? CLOUD_RATIO : `${SHAPE_RATIO} where the best is ${CLEAR_GROUPS_SILHOUETTE} or more`}`;
    reason += ranked.continuousCloud
      ? ` No clear clusters: the lowest-BIC partition (${describeCandidate(lowest)}, silhouette ${lowest.scores.silhouette?.toFixed(2) ?? 'n/a'}) describes the shape of one continuous cloud rather than groups apart from each other ` +
        `(${share}), so the customers were cut into a few tiers by the average rank of silhouette, Davies-Bouldin, Calinski-Harabasz and stability.`
      : ` The lowest-BIC partition (${describeCandidate(lowest)}, silhouette ${lowest.scores.silhouette?.toFixed(2) ?? 'n/a'}) splits segments that are apart but not Gaussian (${share}), ` +
        'so the winner was taken by the average rank of silhouette, Davies-Bouldin, Calinski-Harabasz and stability.';
  }
  if (forced) reason = `Forced by ${forcedBy}. ${reason}`;
  return { winnerIndex: ranked.winner, reason, continuousCloud: ranked.continuousCloud };
}

/** Best silhouette among k-means candidates (any candidate when forced or when there is no k-means). */
function fallbackIndex(candidates: ScoredCandidate[], forced: boolean): number {
  const pool = candidates.map((c, i) => ({ c, i })).filter(({ c }) => forced || c.algorithm === 'kmeans');
  const from = pool.length ? pool : candidates.map((c, i) => ({ c, i }));
  return from.reduce((best, cur) => ((cur.c.scores.silhouette ?? -Infinity) > (best.c.scores.silhouette ?? -Infinity) ? cur : best)).i;
}

function uniqueReasons(candidates: ScoredCandidate[]): string {
  const kinds: [RegExp, string][] = [
    [/^found/, 'too few segments'],
    [/too coarse/, 'fewer segments than wanted'],
    [/^smallest segment/, 'a segment below the minimum size'],
    [/^stability/, 'unstable'],
    [/noise/, 'too much noise'],
    [/^quality/, 'no quality indices'],
  ];
  const counts = new Map<string, number>();
  for (const c of candidates) {
    for (const r of c.rejectedBecause) {
      const kind = kinds.find(([re]) => re.test(r))?.[1] ?? r;
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
  }
  return [...counts].map(([kind, count]) => `${kind}: ${count}`).join(', ');
}
