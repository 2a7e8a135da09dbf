export * from './schema.js';
export * from './assignments.js';
export { roundSig, canonicalJson, sha256 } from './canonical.js';
export { sealResult, serializeResult, parseResult } from './serialize.js';
export { resultJsonSchema } from "./json-schema.js";
export { withCurrency } from './currency.js';
export { readableColumnName } from './column-labels.js';
