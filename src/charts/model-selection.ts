/**
 * Model selection: the elbow (inertia by k) above silhouette by k, one line per algorithm,
 * the chosen model starred. Two panels in one chart: stacked y-axes sharing the k axis.
 */
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { Algorithm, ModelCandidate, SegmentationResult } from '../result/index.js';
import { compact } from './format.js';
import { titleAndCaption } from './layout.js';
import { ANOMALY_COLOUR, SEGMENT_COLOURS } from './palette.js';

export const MODEL_SELECTION_SIZE = { width: 1000, height: 760 };

const ALGORITHM_NAMES: Record<Algorithm, string> = { kmeans: 'k-means', ward: 'Ward (hierarchical)', dbscan: 'DBSCAN', gmm: 'Gaussian mixture' };
const ALGORITHM_COLOURS: Record<Algorithm, string> = { kmeans: SEGMENT_COLOURS[0], ward: SEGMENT_COLOURS[1], dbscan: SEGMENT_COLOURS[2], gmm: SEGMENT_COLOURS[3] };

type KPoint = { x: number; y: number | null };
type LineDataset = ChartDataset<'line', KPoint[]>;

/** One point per k: where an algorithm has several candidates at the same k (DBSCAN's eps), the best ranked. */
function byK(candidates: ModelCandidate[]): ModelCandidate[] {
  const best = new Map<number, ModelCandidate>();
  for (const c of candidates) {
    const seen = best.get(c.k);
    const better = !seen || (c.eligible && !seen.eligible) || (c.eligible === seen.eligible && (c.scores.silhouette ?? -2) > (seen.scores.silhouette ?? -2));
    if (better) best.set(c.k, c);
  }
  return [...best.values()].sort((a, b) => a.k - b.k);
}

function algorithmLine(algorithm: Algorithm, points: ModelCandidate[], metric: 'inertia' | 'silhouette'): LineDataset {
  const colour = ALGORITHM_COLOURS[algorithm];
  return {
    label: ALGORITHM_NAMES[algorithm],
    data: points.map((c) => ({ x: c.k, y: c.scores[metric] })),
    yAxisID: metric,
    borderColor: colour,
    backgroundColor: colour,
    // Hollow points: candidates that could not win (too small a segment, unstable, mostly noise).
    pointBackgroundColor: points.map((c) => (c.eligible ? colour : '#FFFFFF')),
    pointBorderColor: colour,
    pointRadius: 4,
    pointBorderWidth: 1.5,
    borderWidth: 2,
    spanGaps: true,
    // DBSCAN's k is an outcome of its radius, not a setting swept in order: points, no line through them.
    showLine: algorithm !== 'dbscan',
  };
}

export function modelSelectionSpec(result: SegmentationResult, width = MODEL_SELECTION_SIZE.width): ChartConfiguration<'line', KPoint[]> {
  const algorithms = [...new Set(result.candidates.map((c) => c.algorithm))].sort();
  const datasets: LineDataset[] = [];
  for (const algorithm of algorithms) {
    const points = byK(result.candidates.filter((c) => c.algorithm === algorithm));
    if (points.some((c) => c.scores.inertia !== null)) datasets.push(algorithmLine(algorithm, points, 'inertia'));
    if (points.some((c) => c.scores.silhouette !== null)) datasets.push(algorithmLine(algorithm, points, 'silhouette'));
  }
  const chosen = result.candidates.find((c) => c.id === result.selection.chosenId);
  if (chosen) {
    const star = (metric: 'inertia' | 'silhouette'): LineDataset => ({
      label: `Chosen: ${ALGORITHM_NAMES[chosen.algorithm]}, k = ${chosen.k}`,
      data: [{ x: chosen.k, y: chosen.scores[metric] }],
      yAxisID: metric,
      showLine: false,
      pointStyle: 'star',
      pointRadius: 12,
      pointBorderWidth: 2.5,
      borderColor: ANOMALY_COLOUR,
      backgroundColor: ANOMALY_COLOUR,
    });
    if (chosen.scores.inertia !== null) datasets.push(star('inertia'));
    if (chosen.scores.silhouette !== null) datasets.push(star('silhouette'));
  }
  const eligible = result.candidates.filter((c) => c.eligible).length;
  const title = chosen
    ? `Chosen: ${ALGORITHM_NAMES[chosen.algorithm]} with ${chosen.k} segments (silhouette ${chosen.scores.silhouette?.toFixed(2) ?? 'n/a'}), from ${eligible} eligible of ${result.candidates.length} candidates`
    : `${result.candidates.length} candidate models`;
  const reason = result.selection.reason.trim().replace(/\.*$/, '.');
  const caption = `Top: the elbow, within-segment spread (inertia) by number of segments k; past the bend more segments stop paying. Bottom: silhouette by k, higher = better separated. Hollow points could not win.${result.selection.forced ? ' The model was forced by a flag.' : ''} ${reason}`;
  const ks = result.candidates.map((c) => c.k);
  return {
    type: 'line',
    data: { datasets },
    options: {
      layout: { padding: 8 },
      plugins: {
        ...titleAndCaption<'line'>(title, caption, width),
        // Each algorithm appears once in the legend although it draws a line in both panels.
        legend: { position: 'top', align: 'start', labels: { usePointStyle: true, filter: (item, data) => data.datasets.findIndex((d) => d.label === item.text) === item.datasetIndex } },
        tooltip: { enabled: false },
      },
      scales: {
        x: { type: 'linear', min: Math.min(...ks, 2) - 0.5, max: Math.max(...ks, 2) + 0.5, title: { display: true, text: 'Number of segments k' },
          // One tick per tried k: the scale's own ticks would fall on the half-steps of the padded range.
          afterBuildTicks: (axis) => {
            axis.ticks = [...new Set(ks)].sort((a, b) => a - b).map((value) => ({ value }));
          },
        },
        silhouette: { type: 'linear', position: 'left', stack: 'panels', stackWeight: 1, offset: true, title: { display: true, text: 'Silhouette (higher = better)' }, grace: '10%', border: { width: 2, color: '#999999' } },
        inertia: { type: 'linear', position: 'left', stack: 'panels', stackWeight: 1, offset: true, title: { display: true, text: 'Inertia (lower = tighter)' }, border: { width: 2, color: '#999999' }, ticks: { callback: (v) => compact(Number(v)) } },
      },
    },
  };
}
