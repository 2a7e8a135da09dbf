/**
 * Text DuckDB cannot read as it is (Windows-1252 / Latin-1, UTF-16, mixed or bare-CR line endings) is
 * copied once, streamed, into a UTF-8 file with "\n" line endings in the session's temp directory.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { DataError } from '../errors.js';
import type { FileFacts } from './file.js';

/** Encodings a user may name with --encoding (WHATWG labels, which Node's TextDecoder knows). */
export function checkEncodingLabel(label: string, source: string): string {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    throw new DataError(
      'BAD_ENCODING',
      `${source}: --encoding "${label}" is not an encoding Segbot knows. Use utf-8, windows-1252 (also for Latin-1), utf-16le, utf-16be, iso-8859-15 or another standard name.`,
      { source, encoding: label },
    );
  }
}

/** Whether the file must be copied before DuckDB reads it. */
export const needsTranscoding = (facts: FileFacts) => facts.format === 'csv' && (facts.encoding !== 'utf-8' || facts.lineEndings === 'mixed');

/** Writes the UTF-8, "\n"-terminated copy into `dir` and returns the facts that point DuckDB at it. */
export async function transcodeToUtf8(facts: FileFacts, dir: string): Promise<FileFacts> {
  const target = path.join(dir, 'input-utf8.csv');
  const decoder = new TextDecoder(facts.encoding);
  const input = createReadStream(facts.path, { highWaterMark: 1 << 20 });
  const output = createWriteStream(target);
  const write = async (text: string) => {
    if (!output.write(text)) await once(output, 'drain');
  };
  let pendingCr = false;
  const normalise = (text: string) => {
    // A "\r" at the end of a chunk may be the first half of "\r\n": hold it for the next chunk.
    let t = (pendingCr ? '\r' : '') + text;
    pendingCr = t.endsWith('\r');
    if (pendingCr) t = t.slice(0, -1);
    return t.replace(/\r\n?/g, '\n');
  };
  try {
    const stream = facts.compression === 'gzip' ? input.pipe(createGunzip()) : input;
    for await (const chunk of stream) await write(normalise(decoder.decode(chunk as Buffer, { stream: true })));
    await write(normalise(decoder.decode()) + (pendingCr ? '\n' : ''));
    output.end();
    await once(output, 'finish');
  } catch (e) {
    output.destroy();
    const reason = e instanceof Error ? e.message : String(e);
    throw new DataError('UNREADABLE_FILE', `${facts.source}: could not be read through to the end as ${facts.encoding} text (${reason}). Export the file again, or pass --encoding NAME.`, {
      source: facts.source,
    });
  } finally {
    input.destroy();
  }
  const head = facts.head.replace(/\r\n?/g, '\n');
  return { ...facts, path: target, compression: 'none', encoding: 'utf-8', lineEndings: 'lf', head, transcodedFrom: facts.encoding };
}
