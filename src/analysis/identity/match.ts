/**
 * Stable segment identity across runs. This run's customers are first placed in last run's
 * segments with last run's model (the engine's own: its scaling and centroids; snapshots made
 * before it was kept, or a run clustered on other features, use the R/F/M model); the overlap of each new segment with each old one (Jaccard) and
 * the distance between their centroids (in last run's scaling) make a cost matrix, solved with an
 * optimal assignment. A matched segment keeps its id (and its name when it barely changed); the
 * rest get fresh ids that were never used before. Splits, merges, new and vanished segments are
 * reported. Same data twice gives the same ids.
 */
import { assignWithModel, centroidDistance, fitSegmentModel, type RfmColumns, type SegmentModel } from './model.js';
import { canPlace, nearestCentroids, segmentMeans, toModelSpace, type ClusteringSpace, type EngineSegmentModel } from './engine-model.js';
import { minCostAssignment } from './hungarian.js';

export interface PreviousSegments {
  /** The R/F/M model (every snapshot has it; the fallback). */
  model: SegmentModel;
  /** The engine's model, when the previous snapshot kept it. */
  engineModel?: EngineSegmentModel;
  /** Stable id → name in the previous snapshot. */
  names: ReadonlyMap<number, string>;
  /** Smallest id never used so far. */
  nextId: number;
}

export interface CurrentSegments {
  columns: RfmColumns;
  /** This run's clustering space, for placing customers with the previous engine model. */
  space?: ClusteringSpace;
  /** This run's segment (engine id) per customer; -1 noise. */
  segment: ArrayLike<number>;
  /** Engine id → name given by this run. */
  names: ReadonlyMap<number, string>;
}

export type IdentityEvent =
  | { kind: 'kept'; id: number; engineId: number; overlap: number; renamed: boolean }
  | { kind: 'new'; id: number; engineId: number }
  | { kind: 'split'; id: number; into: number[] }
  | { kind: 'merged'; id: number; from: number[] }
  | { kind: 'vanished'; id: number; name: string };

export interface IdentityResult {
  /** Engine id → stable id (noise stays -1). */
  stableIds: Map<number, number>;
  /** Stable id → name. */
  names: Map<number, string>;
  nextId: number;
  events: IdentityEvent[];
  /** Which model placed the customers: the engine's, or the R/F/M fallback (null for a first snapshot). */
  placedWith: 'engine' | 'rfm' | null;
}

export const IDENTITY_DEFAULTS = {
  /** Below this Jaccard overlap a pairing is not the same segment. */
  minOverlap: 0.2,
  /** From this overlap on, the segment keeps its previous name too. */
  keepNameOverlap: 0.5,
  /** A split: two or more new segments each hold this share of an old one; a merge: the other way round. */
  partShare: 0.25,
  /** Weight of centroid distance against overlap in the cost. */
  distanceWeight: 0.2,
};

export function firstIdentity(names: ReadonlyMap<number, string>): IdentityResult {
  const ids = [...names.keys()].filter((id) => id >= 0).sort((a, b) => a - b);
  return {
    stableIds: new Map([[-1, -1], ...ids.map((id) => [id, id] as [number, number])]),
    names: new Map(ids.map((id) => [id, names.get(id) as string])),
    nextId: ids.length === 0 ? 0 : Math.max(...ids) + 1,
    events: ids.map((id) => ({ kind: 'new', id, engineId: id })),
    placedWith: null,
  };
}

export function matchSegments(previous: PreviousSegments, current: CurrentSegments, options: Partial<typeof IDENTITY_DEFAULTS> = {}): IdentityResult {
  const o = { ...IDENTITY_DEFAULTS, ...options };
  const n = current.segment.length;
  const placed = placeCustomers(previous, current, n);
  const { predicted, centres, oldIds, oldCentres } = placed;
  const newIds = [...new Set(Array.from(current.segment))].filter((s) => s >= 0).sort((a, b) => a - b);
  const newIndex = new Map(newIds.map((id, i) => [id, i]));
  const oldIndex = new Map(oldIds.map((id, j) => [id, j]));
  const overlap = newIds.map(() => new Array<number>(oldIds.length).fill(0));
  const newSize = new Array<number>(newIds.length).fill(0);
  const oldSize = new Array<number>(oldIds.length).fill(0);
  for (let c = 0; c < n; c++) {
    const i = newIndex.get(current.segment[c]);
    const j = oldIndex.get(predicted[c]);
    if (i !== undefined) newSize[i]++;
    if (j !== undefined) oldSize[j]++;
    if (i !== undefined && j !== undefined) overlap[i][j]++;
  }
  const jaccard = (i: number, j: number) => overlap[i][j] / Math.max(1, newSize[i] + oldSize[j] - overlap[i][j]);
  // Distances grow with the number of features: scaled so that the R/F/M space (3 features) keeps its calibration.
  const distanceUnit = 2 * Math.sqrt(Math.max(1, placed.dims) / 3);
  const cost = newIds.map((id, i) =>
    oldIds.map((_, j) => {
      const distance = centroidDistance(centres.get(id) ?? new Array<number>(placed.dims).fill(0), oldCentres[j]);
      return (1 - o.distanceWeight) * (1 - jaccard(i, j)) + o.distanceWeight * Math.min(1, distance / distanceUnit);
    }),
  );
  const pairing = minCostAssignment(cost);
  const stableIds = new Map<number, number>([[-1, -1]]);
  const names = new Map<number, string>();
  const events: IdentityEvent[] = [];
  let nextId = previous.nextId;
  const matchedOld = new Set<number>();
  newIds.forEach((engineId, i) => {
    const j = pairing[i];
    const share = j >= 0 ? jaccard(i, j) : 0;
    const engineName = current.names.get(engineId) ?? `Segment ${engineId + 1}`;
    if (j >= 0 && share >= o.minOverlap) {
      const id = oldIds[j];
      matchedOld.add(id);
      const keepName = share >= o.keepNameOverlap && previous.names.has(id);
      stableIds.set(engineId, id);
      names.set(id, keepName ? (previous.names.get(id) as string) : engineName);
      events.push({ kind: 'kept', id, engineId, overlap: round(share), renamed: !keepName && previous.names.get(id) !== engineName });
    } else {
      const id = nextId++;
      stableIds.set(engineId, id);
      names.set(id, engineName);
      events.push({ kind: 'new', id, engineId });
    }
  });
  // Splits: an old segment whose customers now fill large parts of two or more segments; merges the other way round.
  oldIds.forEach((oldId, j) => {
    const parts = newIds.flatMap((engineId, i) => (overlap[i][j] > 0 && overlap[i][j] >= o.partShare * oldSize[j] ? [stableIds.get(engineId) as number] : []));
    if (parts.length >= 2) events.push({ kind: 'split', id: oldId, into: parts });
  });
  newIds.forEach((engineId, i) => {
    const parts = oldIds.filter((_, j) => overlap[i][j] > 0 && overlap[i][j] >= o.partShare * newSize[i]);
    if (parts.length >= 2) events.push({ kind: 'merged', id: stableIds.get(engineId) as number, from: parts });
  });
  for (const oldId of oldIds) if (!matchedOld.has(oldId)) events.push({ kind: 'vanished', id: oldId, name: previous.names.get(oldId) ?? `S${oldId + 1}` });
  return { stableIds, names, nextId, events, placedWith: placed.with };
}

interface Placement {
  with: 'engine' | 'rfm';
  /** The previous segment each customer falls in. */
  predicted: Int16Array;
  /** This run's segments' centroids (engine id → point) in the previous model's space. */
  centres: Map<number, number[]>;
  oldIds: number[];
  oldCentres: number[][];
  dims: number;
}

/** This run's customers in last run's segments: with the engine's model when both runs have it, else with the R/F/M model. */
function placeCustomers(previous: PreviousSegments, current: CurrentSegments, n: number): Placement {
  const model = previous.engineModel;
  if (model && current.space && model.centroids.length > 0 && canPlace(model, current.space)) {
    const points = toModelSpace(model, current.space, n);
    const dims = model.features.length;
    return { with: 'engine', predicted: nearestCentroids(model, points, n), centres: segmentMeans(points, dims, current.segment), oldIds: model.centroids.map((c) => c.segment), oldCentres: model.centroids.map((c) => c.center), dims };
  }
  const here = fitSegmentModel(current.columns, current.segment, previous.model);
  return {
    with: 'rfm',
    predicted: assignWithModel(previous.model, current.columns, n),
    centres: new Map(here.centroids.map((c) => [c.segment, c.center])),
    oldIds: previous.model.centroids.map((c) => c.segment),
    oldCentres: previous.model.centroids.map((c) => c.center),
    dims: 3,
  };
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
