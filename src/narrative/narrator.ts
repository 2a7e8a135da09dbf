/**
 * The Narrator interface and the offline implementation. createNarrator picks the LLM narrator
 * when an endpoint is configured, the offline one otherwise.
 */
import type { SegmentationResult } from '../result/index.js';
import { narrateOffline } from './offline/narrator.js';
import { buildNarrativePayload, DEFAULT_MIN_SEGMENT_SIZE } from './payload.js';
import type { Narrative } from './schema.js';

/** The version of the offline playbook and templates; bump it when their text changes. */
export const OFFLINE_VERSION = 'offline-1.0.0';

export interface Narrator {
  readonly kind: 'llm' | 'offline';
  /** Personas and campaigns for every narratable segment. Never throws for LLM trouble: it falls back. */
  narrate(result: SegmentationResult): Promise<Narrative>;
}

export class OfflineNarrator implements Narrator {
  readonly kind = 'offline' as const;
  constructor(private readonly minSegmentSize = DEFAULT_MIN_SEGMENT_SIZE) {}

  async narrate(result: SegmentationResult): Promise<Narrative> {
    const payload = buildNarrativePayload(result, { minSegmentSize: this.minSegmentSize });
    return {
      promptVersion: OFFLINE_VERSION,
      model: 'offline',
      resultHash: result.contentHash,
      segments: narrateOffline(payload),
      withheld: payload.withheld,
      tokens: { prompt: 0, completion: 0, total: 0 },
    };
  }
}
