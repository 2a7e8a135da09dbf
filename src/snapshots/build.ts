/**
 * From a run's result and per-customer assignments to a snapshot: customers sorted by id, engine
 * segment ids replaced by stable ids (matched against the previous snapshot), the model that
 * places next week's customers, and the per-segment totals.
 */
import { engineModelOf, firstIdentity, fitSegmentModel, matchSegments, type ClusteringSpace, type EngineSegmentModel, type IdentityEvent, type SegmentModel } from '../analysis/identity/index.js';
import { segmentLabel } from '../analysis/change/index.js';
import type { Assignments, Currency, SegmentationResult } from '../result/index.js';
import { NO_RFM, type SnapshotAssignments } from './codec.js';

export const SNAPSHOT_FORMAT = 1;

export interface SnapshotSegment {
  id: number;
  label: string;
  name: string;
  customers: number;
  revenue: number;
}

export interface SnapshotMeta {
  format: typeof SNAPSHOT_FORMAT;
  id: string;
  dataset: string;
  asOf: string;
  /** The amounts' currency when the data names one (absent in older snapshots). */
  currency?: Currency;
  runId: string | null;
  /** contentHash of the run's result.json. */
  resultHash: string;
  customers: number;
  segments: SnapshotSegment[];
  rfmNames: string[];
  /** The R/F/M model: places next week's customers when this snapshot has no engine model (older snapshots) or the features changed. */
  model: SegmentModel;
  /** The engine's own model (its scaling and this run's centroids, keyed by stable id): how next week's customers are placed. */
  engineModel?: EngineSegmentModel;
  /** Which model placed this run's customers in the previous snapshot's segments (null: first snapshot). */
  placedWith?: 'engine' | 'rfm' | null;
  /** Smallest stable id never used in this dataset's history. */
  nextId: number;
  /** The snapshot this one was matched against, and what the matching found. */
  previousId: string | null;
  identity: IdentityEvent[];
}

export interface Snapshot {
  meta: SnapshotMeta;
  assignments: SnapshotAssignments;
}

export interface SnapshotInput {
  id: string;
  dataset: string;
  runId: string | null;
  result: SegmentationResult;
  assignments: Assignments;
}

export function buildSnapshot(input: SnapshotInput, previous: Snapshot | null): Snapshot {
  const { result, assignments: a } = input;
  const n = a.customerIds.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => (a.customerIds[x] < a.customerIds[y] ? -1 : a.customerIds[x] > a.customerIds[y] ? 1 : 0));
  const engineNames = new Map(result.segments.map((s) => [s.id, s.name]));
  const columns = { recencyDays: a.recencyDays, frequency: a.frequency, monetary: a.monetary };
  const space: ClusteringSpace | undefined = a.clustering;
  const identity = previous
    ? matchSegments(
        { model: previous.meta.model, engineModel: previous.meta.engineModel, names: new Map(previous.meta.segments.map((s) => [s.id, s.name])), nextId: previous.meta.nextId },
        { columns, space, segment: a.segment, names: engineNames },
      )
    : firstIdentity(engineNames);
  const threshold = result.anomalies.threshold;
  const out: SnapshotAssignments = {
    customerIds: order.map((i) => a.customerIds[i]),
    segment: new Int16Array(n),
    rfm: new Uint8Array(n),
    anomaly: new Uint8Array(n),
    recencyDays: new Float32Array(n),
    frequency: new Float32Array(n),
    monetary: new Float32Array(n),
  };
  order.forEach((i, k) => {
    out.segment[k] = identity.stableIds.get(a.segment[i]) ?? -1;
    out.rfm[k] = a.rfmSegment[i] >= 0 ? a.rfmSegment[i] : NO_RFM;
    out.anomaly[k] = a.anomalyScore[i] > threshold ? 1 : 0;
    out.recencyDays[k] = a.recencyDays[i];
    out.frequency[k] = a.frequency[i];
    out.monetary[k] = a.monetary[i];
  });
  const totals = new Map<number, { customers: number; revenue: number }>();
  for (let k = 0; k < n; k++) {
    const t = totals.get(out.segment[k]) ?? { customers: 0, revenue: 0 };
    t.customers++;
    t.revenue += a.monetary[order[k]];
    totals.set(out.segment[k], t);
  }
  const segments = [...totals]
    .sort((x, y) => Number(x[0] < 0) - Number(y[0] < 0) || x[0] - y[0])
    .map(([id, t]) => ({ id, label: segmentLabel(id), name: id < 0 ? 'Noise' : (identity.names.get(id) ?? segmentLabel(id)), customers: t.customers, revenue: Math.round(t.revenue * 100) / 100 }));
  const onehot = new Set(result.features.filter((f) => f.kind === 'onehot').map((f) => f.name));
  const meta: SnapshotMeta = {
    format: SNAPSHOT_FORMAT,
    id: input.id,
    dataset: input.dataset,
    asOf: result.input.asOf ?? result.input.lastDate ?? 'unknown',
    ...(result.input.currency ? { currency: result.input.currency } : {}),
    runId: input.runId,
    resultHash: result.contentHash,
    customers: n,
    segments,
    rfmNames: [...a.rfmSegmentNames],
    model: fitSegmentModel(out, out.segment),
    ...(space && result.selection.centroids.length
      ? { engineModel: engineModelOf(space, (f) => onehot.has(f), result.selection.centroids, identity.stableIds, new Map(segments.map((g) => [g.id, g.customers]))) }
      : {}),
    placedWith: identity.placedWith,
    nextId: identity.nextId,
    previousId: previous?.meta.id ?? null,
    identity: identity.events,
  };
  return { meta, assignments: out };
}
