/**
 * The canonical forms behind a result's bytes and hash: rounding, key-sorted JSON, sha256. No
 * dependency beyond node:crypto, so the engine can round without loading the result schema.
 */
import { createHash } from 'node:crypto';

/** Rounds to a fixed number of significant digits so that result.json reads well and is stable. */
export function roundSig(value: number, digits = 6): number {
  if (!Number.isFinite(value) || value === 0) return value === 0 ? 0 : value;
  const r = Number(value.toPrecision(digits));
  return Object.is(r, -0) ? 0 : r;
}

/** JSON with sorted object keys: the canonical form that is hashed. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]));
    }
    return v;
  });
}

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}
