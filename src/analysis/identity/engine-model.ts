/**
 * The engine's own model, kept in a snapshot so that next week's customers can be placed in this
 * week's segments: the clustering features with this run's transform, centre and scale, and each
 * segment's centroid in that standardized space (the selection's centroids). Next week's customers
 * arrive in next week's scaling; they are taken back to the transformed values and standardized
 * with this model's centre and scale, then each goes to its nearest centroid. Pure, serializable.
 */
export interface EngineSegmentModel {
  kind: 'engine';
  /** Clustering features (numeric names, then `column=level` one-hot columns), in the model's order. */
  features: string[];
  /** Whether each feature is one-hot (a level missing next week means 0 there, not the centre). */
  onehot: boolean[];
  center: number[];
  scale: number[];
  /** One per segment id present (noise, -1, has none), in the standardized space above. */
  centroids: { segment: number; center: number[]; customers: number }[];
}

/** A run's clustering space as the engine used it: standardized values per customer (row-major) and the scaling that made them. */
export interface ClusteringSpace {
  columns: string[];
  center: ArrayLike<number>;
  scale: ArrayLike<number>;
  /** n × columns.length, row-major, in this run's scaling. */
  values: ArrayLike<number>;
}

/**
 * The model of a run: its scaling and its segments' centroids, keyed by the ids given (stable ids).
 * `centroids[e]` is the centroid of engine segment e; `ids` maps engine ids to the ids to keep.
 */
export function engineModelOf(space: Pick<ClusteringSpace, 'columns' | 'center' | 'scale'>, onehot: (feature: string) => boolean, centroids: readonly (readonly number[])[], ids: ReadonlyMap<number, number>, sizes: ReadonlyMap<number, number>): EngineSegmentModel {
  const segments = centroids
    .map((center, engineId) => ({ segment: ids.get(engineId) ?? -1, center: center.map(round), customers: sizes.get(ids.get(engineId) ?? -1) ?? 0 }))
    .filter((c) => c.segment >= 0)
    .sort((a, b) => a.segment - b.segment);
  return { kind: 'engine', features: [...space.columns], onehot: space.columns.map(onehot), center: Array.from(space.center, round), scale: Array.from(space.scale, round), centroids: segments };
}

/**
 * Whether `space` can be placed with `model`: every numeric feature of the model is clustered on
 * now too (one-hot levels may come and go). Otherwise the caller falls back to the R/F/M model.
 */
export function canPlace(model: EngineSegmentModel, space: Pick<ClusteringSpace, 'columns'>): boolean {
  const now = new Set(space.columns);
  return model.features.every((f, j) => model.onehot[j] || now.has(f));
}

/** The customers of `space` in the model's standardized space, n × model.features.length, row-major. */
export function toModelSpace(model: EngineSegmentModel, space: ClusteringSpace, n: number): Float64Array {
  const d = model.features.length;
  const cols = space.columns.length;
  const source = model.features.map((f) => space.columns.indexOf(f));
  const out = new Float64Array(n * d);
  for (let j = 0; j < d; j++) {
    const s = source[j];
    // A one-hot level nobody has this week: every customer's value is 0 on the transformed scale.
    const absent = (0 - model.center[j]) / model.scale[j];
    for (let i = 0; i < n; i++) {
      const transformed = s < 0 ? null : Number(space.values[i * cols + s]) * space.scale[s] + space.center[s];
      out[i * d + j] = transformed === null ? absent : (transformed - model.center[j]) / model.scale[j];
    }
  }
  return out;
}

/** Each point's nearest centroid of `model` (ties: the lower segment id). */
export function nearestCentroids(model: EngineSegmentModel, points: Float64Array, n: number): Int16Array {
  const d = model.features.length;
  const out = new Int16Array(n);
  for (let i = 0; i < n; i++) {
    let best = -1;
    let bestDistance = Infinity;
    for (const c of model.centroids) {
      let dist = 0;
      for (let k = 0; k < d; k++) dist += (points[i * d + k] - c.center[k]) ** 2;
      if (dist < bestDistance) {
        bestDistance = dist;
        best = c.segment;
      }
    }
    out[i] = best;
  }
  return out;
}

/** Mean point of each segment (engine id), in the model's space. */
export function segmentMeans(points: Float64Array, d: number, segment: ArrayLike<number>): Map<number, number[]> {
  const sums = new Map<number, { sum: number[]; count: number }>();
  for (let i = 0; i < segment.length; i++) {
    const s = segment[i];
    if (s < 0) continue;
    const e = sums.get(s) ?? { sum: new Array<number>(d).fill(0), count: 0 };
    for (let k = 0; k < d; k++) e.sum[k] += points[i * d + k];
    e.count++;
    sums.set(s, e);
  }
  return new Map([...sums].map(([s, e]) => [s, e.sum.map((v) => v / e.count)]));
}

// Twelve significant digits: stable across platforms, so that the same data gives the same bytes.
function round(v: number): number {
  return Number(v.toPrecision(12));
}
