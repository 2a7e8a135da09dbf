// Writes docs/result.schema.json from the zod schema (kept in sync by test/result/json-schema.test.ts).
import { writeFileSync } from 'node:fs';
import { resultJsonSchema } from '../src/result/json-schema.js';

writeFileSync(new URL('../docs/result.schema.json', import.meta.url), JSON.stringify(resultJsonSchema(), null, 2) + '\n');
console.log('wrote docs/result.schema.json');
