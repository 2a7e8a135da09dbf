/**
 * The engine entry point: CustomerFeatures -> every analysis part of a SegmentationResult plus the
 * per-customer Assignments. Pure and seeded: the same input and seed give identical output.
 */
import { AnalysisError } from '../errors.js';
import { silentProgress, type Progress } from '../progress.js';
import type { Assignments, FeatureDefinition, ModelCandidate, RfmSummary, SegmentationResult, SegmentProfile, Selection } from '../result/index.js';
import { detectAnomalies, projectCustomers } from './features/projection.js';
import { columnSpans, groupMeans } from './compute/matrix-ops.js';
import { nameSegments } from './segments/naming.js';
import { prepareFeatures } from './features/preprocess.js';
import { orderSegments, profileSegments } from './segments/profiles.js';
import { deriveSeed } from './compute/random.js';
import { scoreRfm, summarizeRfm } from './features/rfm.js';
import { RFM_SEGMENT_NAMES } from './features/rfm-segments.js';
import { roundOutput } from './rounding.js';
import { CLEAR_CLUSTERS_SILHOUETTE } from './scoring/ranking.js';
import { SELECTION_DEFAULTS, selectModel, type SelectionOptions, type SelectionOutcome } from './scoring/selection.js';
import type { CustomerFeatures } from './types.js';
import { withDefaults } from './options.js';
import { PARALLEL_DEFAULTS } from './models/kmeans-parallel.js';
import { assertWorkers, callingThread, defaultWorkers, openPool, withCallingThread, type ComputePool } from './compute/worker-pool.js';

/** The selection's options (k range, algorithms, eligibility rules...) plus RFM bins and the anomaly share. */
export interface EngineOptions extends Omit<SelectionOptions, 'families' | 'stabilitySample' | 'stabilityFloor' | 'maxNoiseShare' | 'pool'> {
  rfmBins?: 4 | 5;
  /** Share of customers flagged as anomalies by the isolation forest (default 0.02). */
  contamination?: number;
  /**
   * Worker threads for the k-means sweep, the silhouette and isolation-forest scoring (default min(2, cores);
   * 1 = the calling thread only). Speed only: the output is byte-identical for any value, so it is not recorded.
   */
  workers?: number;
  /**
   * Below this many customers (default 20,000) one background thread scores the isolation forest and
   * the silhouette beside the calling thread and shares the k-means restarts with it (no thread with
   * workers = 1); from it on, the `workers` threads share all three.
   */
  minRowsForWorkers?: number;
}

export interface EngineOutput {
  features: FeatureDefinition[];
  projection: SegmentationResult['projection'];
  anomalies: SegmentationResult['anomalies'];
  candidates: ModelCandidate[];
  selection: Selection;
  segments: SegmentProfile[];
  rfm: RfmSummary | null;
  assignments: Assignments;
  options: Record<string, unknown>;
}

const ENGINE_DEFAULTS = { rfmBins: 4 as 4 | 5, contamination: 0.02, ...PARALLEL_DEFAULTS };

/** The options that shape the outcome, defaults filled in, in a fixed key order. */
function recordedOptions(o: EngineOptions & typeof ENGINE_DEFAULTS): Record<string, unknown> {
  const s = withDefaults(SELECTION_DEFAULTS, o);
  return {
    kMin: s.kMin,
    kMax: s.kMax,
    algorithms: s.algorithm ? [s.algorithm] : s.algorithms,
    ...(o.algorithm !== undefined ? { algorithm: o.algorithm } : {}),
    ...(o.k !== undefined ? { k: o.k } : {}),
    rfmBins: o.rfmBins,
    minSegmentShare: s.minSegmentShare,
    minSegmentSize: s.minSegmentSize,
    minSegments: s.minSegments,
    silhouetteSample: s.silhouetteSample,
    stabilityResamples: s.stabilityResamples,
    contamination: o.contamination,
  };
}

function checkOptions(data: CustomerFeatures, o: EngineOptions & typeof ENGINE_DEFAULTS): void {
  const n = data.customerIds.length;
  if (n === 0) throw new AnalysisError('NO_CUSTOMERS', 'no customers to segment: every row was dropped or the input is empty. Check the data-quality report.');
  if (n === 1) throw new AnalysisError('TOO_FEW_CUSTOMERS', 'only 1 customer left after cleaning; segmentation needs at least 3. Check the data-quality report for what was dropped.');
  if (o.rfmBins !== 4 && o.rfmBins !== 5) throw new AnalysisError('BAD_OPTION', `RFM bins must be 4 (quartiles) or 5 (quintiles), got ${String(o.rfmBins)}.`);
  if (!(o.contamination > 0 && o.contamination < 0.5)) {
    throw new AnalysisError('BAD_OPTION', `contamination (the share of customers flagged as anomalies) must be between 0 and 0.5, got ${o.contamination}.`);
  }
  if (o.workers !== undefined) assertWorkers(o.workers);
}

export async function runSegmentation(data: CustomerFeatures, options: EngineOptions): Promise<EngineOutput> {
  const o = withDefaults(ENGINE_DEFAULTS, options);
  const progress = o.progress ?? silentProgress;
  checkOptions(data, o);
  const pools = openPools(data.customerIds.length, o, progress);
  try {
    return await segment(data, o, pools);
  } finally {
    await Promise.all([...new Set([pools.main, pools.side])].map((pool) => pool.close()));
  }
}

interface EnginePools {
  /** Shares the k-means sweep (and the silhouette, unless side differs). */
  main: ComputePool;
  /** Runs isolation-forest scoring and the silhouette beside the calling thread's k-means and stability. */
  side: ComputePool;
}

/**
 * From minRowsForWorkers customers on, the threads share all the work. Below it, one thread scores
 * the isolation forest and the silhouette beside this one, and shares the k-means restarts with it
 * (whole restarts: splitting one would cost more than it saves). Opened first, so that the thread
 * boots while this one standardizes and projects.
 */
function openPools(n: number, o: EngineOptions & typeof ENGINE_DEFAULTS, progress: Progress): EnginePools {
  const onWorkerFailure = (error: Error) => progress.info(`Worker threads unavailable (${error.message}); continuing on one thread, with the same result.`);
  const workers = o.workers ?? defaultWorkers();
  if (n >= o.minRowsForWorkers) {
    const pool = openPool({ workers, onWorkerFailure });
    return { main: pool, side: pool };
  }
  if (workers === 1) return { main: callingThread, side: callingThread };
  const side = openPool({ workers: 1, background: true, onWorkerFailure });
  return { main: withCallingThread(side), side };
}

/** Whether every column is constant (to rounding): every customer then looks the same. */
function everyRowAlike(matrix: { rows: number; cols: number; data: Float64Array }): boolean {
  return columnSpans(matrix).every((span) => span <= 1e-9);
}


/**
 * Whether the segments are clear clusters, and if not, the clustering features along which they are
 * tiers: those whose segment means spread most (size-weighted, in standard deviations).
 */
function describeStructure(
  outcome: SelectionOutcome,
  columns: string[],
  features: FeatureDefinition[],
  centroids: { rows: number; cols: number; data: Float64Array },
  segmentOf: Int32Array,
): NonNullable<Selection['structure']> {
  const chosen = outcome.candidates.find((c) => c.id === outcome.selection.chosenId);
  const silhouette = chosen?.scores.silhouette ?? null;
  // A winner taken although no candidate met the rules (unstable, too small...) is no evidence of clusters either.
  const fallback = chosen !== undefined && !chosen.eligible && !outcome.selection.forced;
  const clear = !outcome.continuousCloud && !fallback && silhouette !== null && silhouette >= CLEAR_CLUSTERS_SILHOUETTE;
  const sizes = new Float64Array(centroids.rows);
  for (const s of segmentOf) if (s >= 0 && s < sizes.length) sizes[s]++;
  const spread = columns.map((name, j) => {
    let sum = 0;
    for (let r = 0; r < centroids.rows; r++) sum += sizes[r] * centroids.data[r * centroids.cols + j] ** 2;
    return { name, spread: sum };
  });
  // A tier runs along a quantity: a one-hot level ("Education: 2n Cycle") is no scale to rank
  // segments on, so categories are axes only when the data has nothing numeric.
  const onehot = new Set(features.filter((f) => f.kind === 'onehot').map((f) => f.name));
  const scales = spread.some((a) => !onehot.has(a.name)) ? spread.filter((a) => !onehot.has(a.name)) : spread;
  const axis = scales
    .sort((a, b) => b.spread - a.spread)
    .slice(0, 2)
    .map((a) => a.name);
  const label = (name: string) => features.find((f) => f.name === name)?.label ?? name;
  const sil = silhouette === null ? 'n/a' : silhouette.toFixed(2);
  const along = axis.map(label).join(' and ');
  const summary = clear
    ? `The segments are distinct groups (silhouette ${sil}).`
    : outcome.continuousCloud
      ? `No clear clusters: the customers form one continuous cloud (silhouette ${sil}), so the segments are tiers along ${along} rather than distinct groups.`
      : fallback
        ? `No clear clusters: no segmentation met the rules (stable, large enough), so the segments are tiers along ${along} rather than distinct groups.`
      : `No clear clusters: the segments overlap (silhouette ${sil}, under ${CLEAR_CLUSTERS_SILHOUETTE}), so read them as tiers along ${along} rather than distinct groups.`;
  return { clear, silhouette, threshold: CLEAR_CLUSTERS_SILHOUETTE, axis, summary };
}

async function segment(data: CustomerFeatures, o: EngineOptions & typeof ENGINE_DEFAULTS, pools: EnginePools): Promise<EngineOutput> {
  const progress = o.progress ?? silentProgress;
  const n = data.customerIds.length;
  progress.start('standardizing features');
  const prepared = prepareFeatures(data);
  progress.end('standardizing features', `${n.toLocaleString('en-US')} customers × ${prepared.columns.length} clustering features`);
  if (prepared.missingImputed > 0) progress.info(`${prepared.missingImputed} missing clustering values were set to the column mean.`);
  if (everyRowAlike(prepared.matrix)) {
    throw new AnalysisError(
      'NO_STRUCTURE',
      `every customer has the same values on every clustering feature (${prepared.columns.join(', ')}), so there is no structure to find: segments would be arbitrary splits of identical customers. Check that the right columns were read (see the decisions printed above), or use data in which customers differ.`,
    );
  }

  const projection = projectCustomers(prepared, progress);
  // Scored on the side pool while the models are fitted; awaited when the segments are profiled.
  const anomaliesScored = detectAnomalies(prepared.matrix, { seed: deriveSeed(o.seed, 'isolation-forest'), contamination: o.contamination }, progress, pools.side);
  anomaliesScored.catch(() => undefined); // a failure surfaces at the await below, not as an unhandled rejection

  const { workers: _w, minRowsForWorkers: _m, ...selectionOptions } = o;
  const outcome = await selectModel(prepared.matrix, { ...selectionOptions, seed: deriveSeed(o.seed, 'selection'), progress, pool: pools.main, sidePool: pools.side });
  progress.info(outcome.selection.reason);
  const anomalies = await anomaliesScored;

  progress.start('profiling segments');
  const order = orderSegments(outcome.chosen.labels, data.revenue);
  const centroids = groupMeans(prepared.matrix, order.segment, order.rawLabel.length).centroids;
  const rfmScores = scoreRfm(data, o.rfmBins);
  const rfm = rfmScores ? summarizeRfm(rfmScores, data.revenue) : null;
  const segmentCentroids = new Map(
    order.rawLabel.map((_, id) => [id, new Map(prepared.columns.map((feature, j) => [feature, centroids.data[id * centroids.cols + j]]))]),
  );
  const segments = nameSegments(
    profileSegments({ data, features: prepared.features, rawValues: prepared.rawValues, order, anomalous: anomalies.flags, rfm: rfmScores }),
    prepared.features,
    segmentCentroids,
  );
  progress.end('profiling segments', `${segments.length} segments`);

  const missing = () => new Float64Array(n).fill(NaN);
  const assignments: Assignments = {
    customerIds: data.customerIds,
    segment: order.segment,
    segmentNames: new Map(segments.map((s) => [s.id, s.name])),
    rfmSegment: rfmScores ? rfmScores.segment : new Int16Array(n).fill(-1),
    rfmSegmentNames: [...RFM_SEGMENT_NAMES],
    recencyDays: rfmScores?.recency ?? missing(),
    frequency: rfmScores?.frequency ?? missing(),
    monetary: rfmScores?.monetary ?? missing(),
    anomalyScore: anomalies.scores,
    x: projection.x,
    y: projection.y,
    clustering: { columns: prepared.columns, center: prepared.scaling.map((e) => e.center), scale: prepared.scaling.map((e) => e.scale), values: Float32Array.from(prepared.matrix.data) },
  };
  const structure = describeStructure(outcome, prepared.columns, prepared.features, centroids, order.segment);
  if (!structure.clear) progress.info(structure.summary);
  const selection: Selection = {
    ...outcome.selection,
    structure,
    centroids: Array.from({ length: centroids.rows }, (_, r) => Array.from(centroids.data.subarray(r * centroids.cols, (r + 1) * centroids.cols))),
    scaling: prepared.scaling,
  };
  return {
    ...roundOutput({
      features: prepared.features,
      projection: projection.summary,
      anomalies: anomalies.summary,
      candidates: outcome.candidates,
      selection,
      segments,
      rfm,
    }),
    assignments,
    options: recordedOptions(o),
  };
}
