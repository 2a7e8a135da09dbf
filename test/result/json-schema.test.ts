import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resultJsonSchema } from '../../src/result/index.js';

describe('docs/result.schema.json', () => {
  it('matches the zod schema (run `npm run schema` after changing src/result/schema.ts)', () => {
    const onDisk = JSON.parse(readFileSync(new URL('../../docs/result.schema.json', import.meta.url), 'utf8'));
    expect(onDisk).toEqual(resultJsonSchema());
  });
});
