/** Why the run chose its model: from result.selection and the scored candidates. */
import { Figures, safe } from '../format.js';
import type { QuestionContext, ToolOutput } from '../types.js';
import { finish, realSegments } from './common.js';

const ALGORITHM: Record<string, string> = { kmeans: 'k-means', ward: 'Ward clustering', dbscan: 'DBSCAN', gmm: 'Gaussian mixture' };

export function modelChoice(ctx: QuestionContext): ToolOutput {
  const fig = new Figures();
  const { selection, candidates } = ctx.result;
  const chosen = candidates.find((c) => c.id === selection.chosenId);
  const eligible = candidates.filter((c) => c.eligible);
  const k = chosen?.k ?? realSegments(ctx.result).length;
  const s = chosen?.scores;
  const lines = [
    selection.forced
      ? `*${fig.count(k)} segments* because the run was asked for them (${safe(ALGORITHM[chosen?.algorithm ?? ''] ?? selection.chosenId)} was forced).`
      : `*${fig.count(k)} segments* (${safe(ALGORITHM[chosen?.algorithm ?? ''] ?? selection.chosenId)}) ranked best of ${fig.count(eligible.length)} eligible models out of ${fig.count(candidates.length)} tried.`,
    s
      ? `Its scores: silhouette ${s.silhouette === null ? 'n/a' : fig.measure(s.silhouette, 2)} (separation, higher is better), stability ${s.stability === null ? 'n/a' : fig.measure(s.stability, 2)} (the same segments come back on resampled data), smallest segment ${fig.percent(s.smallestSegmentShare)} of customers.`
      : '',
    // The engine's own reason, in its words and figures.
    `The engine’s reason: ${fig.passage(selection.reason)}`,
  ];
  const ranked = eligible.filter((c) => c.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).slice(0, 5);
  const caveats: string[] = [];
  if (s?.silhouette !== null && s?.silhouette !== undefined && s.silhouette < 0.25) {
    caveats.push('The silhouette is low: the customers form a continuous cloud more than separate groups, so read the segments as tiers.');
  }
  return finish(fig, {
    filter: 'model selection',
    lines,
    segments: realSegments(ctx.result).map((x) => x.key),
    caveats: [...caveats, `How candidates are ranked: ${safe(selection.rule)}`],
    table: {
      columns: ['Rank', 'Model', 'Segments', 'Silhouette', 'Davies-Bouldin', 'Stability'],
      align: ['right', 'left', 'right', 'right', 'right', 'right'],
      rows: ranked.map((c) => [String(c.rank), safe(c.id), String(c.k), fig.cell('measure', c.scores.silhouette), fig.cell('measure', c.scores.daviesBouldin), fig.cell('measure', c.scores.stability)]),
    },
  });
}
