/** `--labels FILE`: read here (data/ never reads files itself), parsed by data/labels. */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DataError } from '../errors.js';
import { MAX_DICTIONARY_BYTES, parseDataDictionary, type DataDictionary } from '../data/labels.js';

export function readDataDictionary(file: string): DataDictionary {
  const name = path.basename(file);
  const fail = (what: string): never => {
    throw new DataError('BAD_LABELS_FILE', `--labels ${name}: ${what}`, { source: name });
  };
  let size = 0;
  try {
    const st = statSync(file);
    if (!st.isFile()) fail('is not a file. Give a CSV (column,label[,description]) or a JSON object of column → label.');
    size = st.size;
  } catch (e) {
    if (e instanceof DataError) throw e;
    fail('cannot be read (no such file, or no permission).');
  }
  if (size > MAX_DICTIONARY_BYTES) fail(`is ${Math.round(size / 1024)} KB; a data dictionary is at most 1 MB.`);
  return parseDataDictionary(readFileSync(file, 'utf8'), name);
}
