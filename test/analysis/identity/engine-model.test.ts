/** Stable identity with the engine's own model: next week's customers placed with last week's scaling and centroids, the R/F/M model only as the fallback. */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/analysis/index.js';
import { canPlace, engineModelOf, fitSegmentModel, matchSegments, nearestCentroids, toModelSpace, type ClusteringSpace } from '../../../src/analysis/identity/index.js';

/**
 * Customers who look alike on R/F/M (one blob) but differ on a feature only the engine clustered on
 * (a tenure in months, and a region as one-hot): the R/F/M model cannot tell the segments apart.
 */
function week(seed: number, perSegment: number, shift = 0) {
  const rng = createRng(seed);
  const rows: { tenure: number; north: number; r: number; f: number; m: number; segment: number }[] = [];
  [[6, 1], [60, 0], [24, 1]].forEach(([tenure, north], segment) => {
    for (let i = 0; i < perSegment; i++) rows.push({ tenure: tenure * (0.9 + 0.2 * rng.next()) + shift, north, r: 30 * (0.5 + rng.next()), f: 4 * (0.5 + rng.next()), m: 500 * (0.5 + rng.next()), segment });
  });
  // The engine's clustering space of this run: log1p(tenure) and the region, z-scored with this run's statistics.
  const raw = rows.map((x) => [Math.log1p(x.tenure), x.north, 1 - x.north]);
  const d = 3;
  const center = [0, 1, 2].map((j) => raw.reduce((a, v) => a + v[j], 0) / raw.length);
  const scale = [0, 1, 2].map((j) => Math.sqrt(raw.reduce((a, v) => a + (v[j] - center[j]) ** 2, 0) / raw.length) || 1);
  const values = new Float32Array(rows.length * d);
  raw.forEach((v, i) => v.forEach((x, j) => (values[i * d + j] = (x - center[j]) / scale[j])));
  const space: ClusteringSpace = { columns: ['tenure_months', 'region=North', 'region=South'], center, scale, values };
  const segment = rows.map((x) => x.segment);
  const centroids = [0, 1, 2].map((s) => [0, 1, 2].map((j) => {
    const mine = segment.flatMap((g, i) => (g === s ? [values[i * d + j]] : []));
    return mine.reduce((a, v) => a + v, 0) / mine.length;
  }));
  return { space, segment, centroids, columns: { recencyDays: rows.map((x) => x.r), frequency: rows.map((x) => x.f), monetary: rows.map((x) => x.m) } };
}

const names = new Map([[0, 'Newcomers north'], [1, 'Old hands'], [2, 'Settled north']]);
const isOnehot = (f: string) => f.includes('=');
const identityIds = new Map([[0, 0], [1, 1], [2, 2]]);

function previousOf(w: ReturnType<typeof week>, engine = true) {
  return {
    model: fitSegmentModel(w.columns, w.segment),
    ...(engine ? { engineModel: engineModelOf(w.space, isOnehot, w.centroids, identityIds, new Map([[0, 1], [1, 1], [2, 1]])) } : {}),
    names,
    nextId: 3,
  };
}

describe('identity with the engine model', () => {
  it('places next week\'s customers (in next week\'s scaling) in last week\'s segments through the stored scaling', () => {
    const last = week(1, 150);
    const next = week(2, 180, 1.5); // more customers, everyone a little older: another centre and scale
    const model = previousOf(last).engineModel!;
    const placed = nearestCentroids(model, toModelSpace(model, next.space, next.segment.length), next.segment.length);
    expect(Array.from(placed)).toEqual(next.segment);
  });

  it('keeps every id when the engine renumbers its segments, where the R/F/M model could not tell them apart', () => {
    const last = week(3, 150);
    const next = week(4, 150, 0.5);
    const relabel = [2, 0, 1];
    const current = { columns: next.columns, space: next.space, segment: next.segment.map((s) => relabel[s]), names: new Map([[2, 'Newcomers north'], [0, 'Old hands'], [1, 'Settled north']]) };
    const r = matchSegments(previousOf(last), current);
    expect(r.placedWith).toBe('engine');
    expect([...r.stableIds]).toEqual(expect.arrayContaining([[2, 0], [0, 1], [1, 2]]));
    expect(r.events.every((e) => e.kind === 'kept')).toBe(true);
    expect(r.events.every((e) => e.kind !== 'kept' || e.overlap === 1)).toBe(true);
    // The same week with the R/F/M model only (an older snapshot): it cannot see tenure or region, so the overlaps fall apart.
    const fallback = matchSegments(previousOf(last, false), current);
    expect(fallback.placedWith).toBe('rfm');
    expect(fallback.events.some((e) => e.kind !== 'kept' || e.overlap < 0.9)).toBe(true);
  });

  it('falls back to the R/F/M model when this run clustered on other numeric features, and keeps one-hot levels that disappeared', () => {
    const last = week(5, 100);
    const model = previousOf(last).engineModel!;
    expect(canPlace(model, { columns: ['recency_days', 'region=North'] })).toBe(false);
    // Nobody from the South this week: the level's column is missing, placed as 0 on its raw scale.
    expect(canPlace(model, { columns: ['tenure_months', 'region=North'] })).toBe(true);
    const next = week(6, 100);
    const d = 3;
    const keep = [0, 1];
    const values = new Float32Array(next.segment.length * 2);
    for (let i = 0; i < next.segment.length; i++) keep.forEach((j, k) => (values[i * 2 + k] = next.space.values[i * d + j] as number));
    const partial: ClusteringSpace = { columns: ['tenure_months', 'region=North'], center: keep.map((j) => next.space.center[j]), scale: keep.map((j) => next.space.scale[j]), values };
    const points = toModelSpace(model, partial, next.segment.length);
    const southAbsent = (0 - model.center[2]) / model.scale[2];
    expect(points[2]).toBeCloseTo(southAbsent, 12);
    const r = matchSegments(previousOf(last), { columns: next.columns, space: { ...next.space, columns: ['recency_days', 'x', 'y'] }, segment: next.segment, names });
    expect(r.placedWith).toBe('rfm');
  });

  it('the same data twice gives the same ids and the same bytes', () => {
    const w = week(7, 120);
    const a = matchSegments(previousOf(w), { columns: w.columns, space: w.space, segment: w.segment, names });
    const b = matchSegments(previousOf(w), { columns: w.columns, space: w.space, segment: w.segment, names });
    expect(JSON.stringify([...a.stableIds, a.events])).toBe(JSON.stringify([...b.stableIds, b.events]));
    expect(a.events.map((e) => e.kind)).toEqual(['kept', 'kept', 'kept']);
  });
});
