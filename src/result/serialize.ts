import { SegmentationResult } from './schema.js';
import { canonicalJson, sha256 } from './canonical.js';

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
