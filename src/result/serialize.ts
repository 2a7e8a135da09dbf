import { createHash } from 'node:crypto';
import { SegmentationResult } from './schema.js';

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

/** Sets contentHash from the canonical form and returns the result. */
export function sealResult(result: SegmentationResult): SegmentationResult {
  const unsealed = { ...result, contentHash: '' };
  return { ...result, contentHash: sha256(canonicalJson(unsealed)) };
}

/** The bytes of result.json: canonical key order, two-space indent, trailing newline. */
export function serializeResult(result: SegmentationResult): string {
  return JSON.stringify(JSON.parse(canonicalJson(result)), null, 2) + '\n';
}

/** Reads result.json back, validating it against the schema. */
export function parseResult(text: string): SegmentationResult {
  return SegmentationResult.parse(JSON.parse(text));
}
