export { normalizeUnicode, normalizeStrings, lookalikeWords, type LookalikeWord } from './unicode.js';
export { visibleText, type VisibleTextOptions } from './visible.js';
