import { z } from 'zod';
import { SegmentationResult } from './schema.js';

/** The JSON Schema of result.json, exported to docs/result.schema.json (`npm run schema`). */
export function resultJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(SegmentationResult, { target: 'draft-2020-12', io: 'output' }),
    $id: 'https://segbot.invalid/schemas/segmentation-result.json',
    title: 'SegmentationResult',
    description: 'The aggregate result of one Segbot analysis run (result.json). Per-customer rows live in assignments.csv.',
  };
}
