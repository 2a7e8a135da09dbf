/**
 * Per-customer assignments of a snapshot, compact: the customer ids sorted and joined by newlines,
 * then one typed array per column (segment as Int16, RFM segment and anomaly flag as Uint8, RFM
 * values as Float32), gzip'd. A million customers take tens of MB, not a JSON row each.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { StoreError } from '../errors.js';

export const NO_RFM = 255;

export interface SnapshotAssignments {
  /** Sorted (code-unit order), unique. */
  customerIds: string[];
  /** Stable segment id per customer (-1: density noise). */
  segment: Int16Array;
  /** Index into the snapshot's rfmNames, or NO_RFM. */
  rfm: Uint8Array;
  /** 1 when the isolation forest flagged the customer. */
  anomaly: Uint8Array;
  recencyDays: Float32Array;
  frequency: Float32Array;
  monetary: Float32Array;
}

const MAGIC = 'SEGSNAP1';

export function encodeAssignments(a: SnapshotAssignments): Buffer {
  const n = a.customerIds.length;
  const ids = Buffer.from(a.customerIds.join('\n'), 'utf8');
  const header = Buffer.alloc(16);
  header.write(MAGIC, 0, 'latin1');
  header.writeUInt32LE(n, 8);
  header.writeUInt32LE(ids.length, 12);
  const parts = [header, ids, bytes(a.segment), a.rfm, a.anomaly, bytes(a.recencyDays), bytes(a.frequency), bytes(a.monetary)];
  for (const column of [a.segment, a.rfm, a.anomaly, a.recencyDays, a.frequency, a.monetary]) {
    if (column.length !== n) throw new StoreError('BAD_SNAPSHOT', `snapshot columns must all hold ${n} customers; one holds ${column.length}.`);
  }
  return gzipSync(Buffer.concat(parts), { level: 6 });
}

export function decodeAssignments(data: Buffer): SnapshotAssignments {
  let raw: Buffer;
  try {
    raw = gunzipSync(data);
  } catch {
    throw corrupt('it is not gzip');
  }
  if (raw.length < 16 || raw.toString('latin1', 0, 8) !== MAGIC) throw corrupt('it does not start with the snapshot header');
  const n = raw.readUInt32LE(8);
  const idBytes = raw.readUInt32LE(12);
  const expected = 16 + idBytes + n * (2 + 1 + 1 + 4 + 4 + 4);
  if (raw.length !== expected) throw corrupt(`it holds ${raw.length} bytes, ${expected} expected`);
  let at = 16;
  const customerIds = n === 0 ? [] : raw.toString('utf8', at, at + idBytes).split('\n');
  if (customerIds.length !== n) throw corrupt('its id list does not match its customer count');
  at += idBytes;
  const take = <T>(make: (buf: ArrayBuffer) => T, width: number): T => {
    const copy = new Uint8Array(n * width);
    copy.set(raw.subarray(at, at + n * width));
    at += n * width;
    return make(copy.buffer);
  };
  return {
    customerIds,
    segment: take((b) => new Int16Array(b), 2),
    rfm: take((b) => new Uint8Array(b), 1),
    anomaly: take((b) => new Uint8Array(b), 1),
    recencyDays: take((b) => new Float32Array(b), 4),
    frequency: take((b) => new Float32Array(b), 4),
    monetary: take((b) => new Float32Array(b), 4),
  };
}

function bytes(a: ArrayBufferView): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

function corrupt(why: string): StoreError {
  return new StoreError('BAD_SNAPSHOT', `a stored snapshot cannot be read (${why}). Delete it with a new run of the dataset, or restore the artifacts folder.`);
}
