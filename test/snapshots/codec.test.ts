import { describe, expect, it } from 'vitest';
import { decodeAssignments, encodeAssignments, type SnapshotAssignments } from '../../src/snapshots/index.js';

function make(n: number): SnapshotAssignments {
  const customerIds = Array.from({ length: n }, (_, i) => `C${String(i).padStart(7, '0')}`);
  return {
    customerIds,
    segment: Int16Array.from({ length: n }, (_, i) => (i % 7) - 1),
    rfm: Uint8Array.from({ length: n }, (_, i) => i % 11),
    anomaly: Uint8Array.from({ length: n }, (_, i) => Number(i % 50 === 0)),
    recencyDays: Float32Array.from({ length: n }, (_, i) => i % 365),
    frequency: Float32Array.from({ length: n }, (_, i) => 1 + (i % 30)),
    monetary: Float32Array.from({ length: n }, (_, i) => (i * 7.31) % 5000),
  };
}

describe('snapshot codec', () => {
  it('round-trips every column, ids with commas and quotes included', () => {
    const a = make(1000);
    a.customerIds[0] = '00042';
    a.customerIds[1] = 'a,"b"';
    const b = decodeAssignments(encodeAssignments(a));
    expect(b).toEqual(a);
  });

  it('keeps a million customers in tens of MB', () => {
    const bytes = encodeAssignments(make(1_000_000)).length;
    expect(bytes).toBeLessThan(40 * 1024 * 1024);
  }, 60_000);

  it('refuses a corrupt file with a coded error', () => {
    expect(() => decodeAssignments(Buffer.from('not gzip'))).toThrow(/cannot be read/);
  });
});
