import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/analysis/index.js';
import { fitSegmentModel, matchSegments, minCostAssignment, firstIdentity } from '../../../src/analysis/identity/index.js';

/** Customers in `centres.length` well-separated RFM blobs; segment = blob index. */
function blobs(centres: [number, number, number][], perBlob: number, seed: number) {
  const rng = createRng(seed);
  const recencyDays: number[] = [];
  const frequency: number[] = [];
  const monetary: number[] = [];
  const segment: number[] = [];
  centres.forEach(([r, f, m], s) => {
    for (let i = 0; i < perBlob; i++) {
      recencyDays.push(r * (0.9 + 0.2 * rng.next()));
      frequency.push(f * (0.9 + 0.2 * rng.next()));
      monetary.push(m * (0.9 + 0.2 * rng.next()));
      segment.push(s);
    }
  });
  return { columns: { recencyDays, frequency, monetary }, segment };
}

const CENTRES: [number, number, number][] = [[5, 30, 9000], [60, 5, 800], [300, 1, 90]];
const names = (...n: string[]) => new Map(n.map((v, i) => [i, v]));

describe('minCostAssignment', () => {
  it('finds the optimal pairing, also on rectangular matrices', () => {
    expect(minCostAssignment([[4, 1, 3], [2, 0, 5], [3, 2, 2]])).toEqual([1, 0, 2]);
    expect(minCostAssignment([[1, 0], [0, 1], [0.5, 0.5]])).toEqual([1, 0, -1]);
    expect(minCostAssignment([[0.9, 0.1, 0.5]])).toEqual([1]);
  });
});

describe('matchSegments', () => {
  it('gives the same ids to the same data run twice, in another engine order', () => {
    const first = blobs(CENTRES, 200, 1);
    const previous = { model: fitSegmentModel(first.columns, first.segment), names: names('Champions', 'Regulars', 'Lapsed'), nextId: 3 };
    // The engine numbers segments by revenue: a reordering must not change the stable ids.
    const relabel = [2, 0, 1];
    const current = { columns: first.columns, segment: first.segment.map((s) => relabel[s]), names: new Map([[2, 'Champions'], [0, 'Regulars'], [1, 'Lapsed']]) };
    const r = matchSegments(previous, current);
    expect([...r.stableIds]).toEqual(expect.arrayContaining([[2, 0], [0, 1], [1, 2]]));
    expect(r.events.every((e) => e.kind === 'kept')).toBe(true);
    expect(r.nextId).toBe(3);
    expect(r.names.get(0)).toBe('Champions');
  });

  it('calls out a new segment with a fresh id, and a vanished one', () => {
    const before = blobs(CENTRES, 200, 2);
    const previous = { model: fitSegmentModel(before.columns, before.segment), names: names('Champions', 'Regulars', 'Lapsed'), nextId: 3 };
    const after = blobs([CENTRES[0], CENTRES[1], [20, 2, 30000]], 200, 3); // the lapsed are gone; big one-off buyers appear
    const r = matchSegments(previous, { ...after, names: names('Champions', 'Regulars', 'Big one-off buyers') });
    expect(r.stableIds.get(0)).toBe(0);
    expect(r.stableIds.get(1)).toBe(1);
    expect(r.stableIds.get(2)).toBe(3);
    expect(r.events).toContainEqual({ kind: 'new', id: 3, engineId: 2 });
    expect(r.events).toContainEqual({ kind: 'vanished', id: 2, name: 'Lapsed' });
  });

  it('reports a split when two new segments share an old one', () => {
    const before = blobs([[5, 30, 9000], [150, 3, 400]], 300, 4);
    const previous = { model: fitSegmentModel(before.columns, before.segment), names: names('Champions', 'Others'), nextId: 2 };
    const after = blobs([[5, 30, 9000], [60, 5, 800], [300, 1, 90]], 200, 5);
    const r = matchSegments(previous, { ...after, names: names('Champions', 'Regulars', 'Lapsed') });
    expect(r.stableIds.get(0)).toBe(0);
    expect(r.events.some((e) => e.kind === 'split' && e.id === 1)).toBe(true);
  });

  it('numbers the first snapshot by engine id', () => {
    expect(firstIdentity(names('a', 'b')).nextId).toBe(2);
  });
});
