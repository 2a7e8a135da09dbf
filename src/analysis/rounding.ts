/**
 * Rounding of the engine's aggregates so that result.json reads well: 6 significant digits,
 * money totals (keys named "revenue") to the cent, whole numbers untouched (counts must stay exact),
 * and the scaling entries and centroids to 12 digits so that a database reproduces the transform
 * and the nearest-centroid assignment closely.
 */
// Not the result index: that loads the zod schemas (about 60 ms), which the engine never needs.
import { roundSig } from '../result/canonical.js';

function roundDeep(value: unknown, key: string, digits: number): unknown {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Number.isInteger(value)) return value;
    if (key === 'revenue') return Math.round(value * 100) / 100;
    return roundSig(value, digits);
  }
  if (Array.isArray(value)) return value.map((v) => roundDeep(v, key, digits));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, roundDeep(v, k, k === 'scaling' || k === 'centroids' ? 12 : digits)]),
    );
  }
  return value;
}

export function roundOutput<T extends object>(value: T): T {
  return roundDeep(value, '', 6) as T;
}
