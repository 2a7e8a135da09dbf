import { describe, expect, it } from 'vitest';
import { frequencyBins, quantileBins, scoreRfm, summarizeRfm } from '../../../src/analysis/features/rfm.js';
import { RFM_SEGMENT_NAMES, rfmSegmentName, rfmSegmentRules } from '../../../src/analysis/features/rfm-segments.js';
import { createRng } from '../../../src/analysis/compute/random.js';
import type { CustomerFeatures } from '../../../src/analysis/types.js';

function parseRule(rule: string): [number, number][] {
  const expand = (s: string) =>
    s.split(',').flatMap((part) => {
      const [a, b] = part.split('-').map(Number);
      return Array.from({ length: (b ?? a) - a + 1 }, (_, i) => a + i);
    });
  return rule.split('; or ').flatMap((clause) => {
    const m = /^R (\S+) and F (\S+)$/.exec(clause);
    if (!m) throw new Error(`unparseable rule clause: ${clause}`);
    return expand(m[1]).flatMap((r) => expand(m[2]).map((f) => [r, f] as [number, number]));
  });
}

function txFeatures(recency: number[], frequency: number[], monetary: number[]): CustomerFeatures {
  const column = (name: string, values: number[]) => ({
    name, label: name, description: name, unit: 'none' as const, values: Float64Array.from(values), log1p: true, clustering: true,
  });
  return {
    shape: 'tx',
    customerIds: recency.map((_, i) => String(i)),
    numeric: [column('recency_days', recency), column('frequency', frequency), column('monetary', monetary)],
    categorical: [],
    revenue: Float64Array.from(monetary),
  };
}

describe('RFM rule table', () => {
  for (const bins of [4, 5] as const) {
    it(`maps every code 111..${bins}${bins}${bins} to exactly one named segment (bins=${bins})`, () => {
      const owner = new Map<string, string>();
      for (const rule of rfmSegmentRules(bins)) {
        for (const [r, f] of parseRule(rule.rule)) {
          const cell = `${r}${f}`;
          expect(owner.has(cell), `cell R${r} F${f} claimed by ${owner.get(cell)} and ${rule.name}`).toBe(false);
          owner.set(cell, rule.name);
        }
        expect(rule.action.length).toBeGreaterThan(10);
      }
      for (let r = 1; r <= bins; r++) {
        for (let f = 1; f <= bins; f++) {
          for (let m = 1; m <= bins; m++) expect(owner.get(`${r}${f}`)).toBe(rfmSegmentName(r, f, bins));
        }
      }
      expect(owner.size).toBe(bins * bins);
    });
  }

  it('uses the standard names, recent frequent buyers being Champions', () => {
    expect(rfmSegmentName(4, 4, 4)).toBe('Champions');
    expect(rfmSegmentName(1, 1, 4)).toBe('Lost');
    expect(rfmSegmentName(5, 1, 5)).toBe('New Customers');
    expect(rfmSegmentName(1, 5, 5)).toBe("Can't Lose Them");
    expect(RFM_SEGMENT_NAMES).toHaveLength(11);
  });
});

describe('RFM scoring', () => {
  it('bins at pandas qcut positions, ties staying in the lower bin (right-closed)', () => {
    const { bin, upperBounds } = quantileBins(Float64Array.from([5, 3, 3, 9, 1, 1, 1, 7, 2, 8, 3]), 4);
    // sorted: 1 1 1 2 3 3 3 5 7 8 9; last ranks at the edges 3, 6, 8 (values 1, 3, 5). Unlike
    // rank(method='first') the third 3 is not pushed up a bin for coming later.
    expect([...bin]).toEqual([3, 2, 2, 4, 1, 1, 1, 4, 2, 4, 2]);
    expect(upperBounds).toEqual([1, 3, 5]);
  });

  it('gives equal values equal scores whatever the customer order (random data with many ties, NaN last, tiny n)', () => {
    const rng = createRng(8);
    for (const n of [0, 1, 2, 3, 5, 50, 997]) {
      const values = Float64Array.from({ length: n }, () => (rng.next() < 0.1 ? Number.NaN : rng.int(12)));
      for (const bins of [4, 5]) {
        const { bin } = quantileBins(values, bins);
        const byValue = new Map<number, number>();
        values.forEach((v, i) => {
          const key = Number.isNaN(v) ? Infinity : v;
          expect(byValue.get(key) ?? bin[i]).toBe(bin[i]);
          byValue.set(key, bin[i]);
        });
        // monotone: a larger value never gets a smaller bin
        const keys = [...byValue.keys()].sort((x, y) => x - y);
        keys.slice(1).forEach((k, j) => expect(byValue.get(k)!).toBeGreaterThanOrEqual(byValue.get(keys[j])!));
        // reversing the customers' order changes nothing for any value
        const reversed = quantileBins(Float64Array.from([...values].reverse()), bins).bin;
        expect([...reversed].reverse()).toEqual([...bin]);
      }
    }
  });

  it('matches pandas qcut(rank(method="first")) exactly when no values tie', () => {
    const rng = createRng(4);
    const values = Float64Array.from({ length: 503 }, () => rng.next() * 1000);
    const order = Array.from(values.keys()).sort((a, b) => values[a] - values[b]);
    for (const bins of [4, 5]) {
      const expected = new Uint8Array(values.length);
      order.forEach((customer, p) => {
        expected[customer] = 1 + Array.from({ length: bins - 1 }, (_, j) => j + 1).filter((j) => p + 1 > 1 + (j / bins) * (values.length - 1)).length;
      });
      expect([...quantileBins(values, bins).bin]).toEqual([...expected]);
    }
  });

  it('uses fixed order bands where ties collapse the quantile edges, and quantiles where they do not', () => {
    // CDNOW-like: half the customers have one order
    const few = Float64Array.from({ length: 1000 }, (_, i) => (i % 2 === 0 ? 1 : 1 + ((i * 7) % 9)));
    const bands = frequencyBins(few, 4);
    expect(bands.method).toBe('bands');
    few.forEach((v, i) => expect(bands.bin[i]).toBe(v <= 1 ? 1 : v <= 2 ? 2 : v <= 4 ? 3 : 4));
    expect(frequencyBins(few, 5).bin[0]).toBe(1);
    const spread = Float64Array.from({ length: 400 }, (_, i) => 1 + (i % 40));
    expect(frequencyBins(spread, 4).method).toBe('quantile');
  });

  it('gives every one-order customer the same F (=1) and equal R/F/M values equal codes', () => {
    const rng = createRng(3);
    const n = 2000;
    const frequency = Array.from({ length: n }, () => (rng.next() < 0.55 ? 1 : 2 + rng.int(8)));
    const recency = Array.from({ length: n }, () => rng.int(60));
    const monetary = Array.from({ length: n }, () => 10 * rng.int(30));
    for (const bins of [4, 5] as const) {
      const scores = scoreRfm(txFeatures(recency, frequency, monetary), bins)!;
      frequency.forEach((f, i) => f === 1 && expect(scores.f[i]).toBe(1));
      const codeOf = new Map<string, number>();
      for (let i = 0; i < n; i++) {
        const key = `${recency[i]}|${frequency[i]}|${monetary[i]}`;
        expect(codeOf.get(key) ?? scores.code[i]).toBe(scores.code[i]);
        codeOf.set(key, scores.code[i]);
      }
    }
  });

  it('scores recency reversed and builds the code', () => {
    const data = txFeatures([1, 10, 100, 200], [9, 5, 2, 1], [900, 500, 200, 10]);
    const scores = scoreRfm(data, 4)!;
    expect([...scores.code]).toEqual([444, 333, 222, 111]);
    expect(scores.segment[0]).toBe(RFM_SEGMENT_NAMES.indexOf('Champions'));
    expect(scores.segment[3]).toBe(RFM_SEGMENT_NAMES.indexOf('Lost'));
  });

  it('summarizes segments, revenue shares and a full R×F grid', () => {
    const n = 100;
    const data = txFeatures(
      Array.from({ length: n }, (_, i) => (i * 37) % 101),
      Array.from({ length: n }, (_, i) => 1 + ((i * 13) % 7)),
      Array.from({ length: n }, (_, i) => 10 + ((i * 29) % 53)),
    );
    const summary = summarizeRfm(scoreRfm(data, 5)!, data.revenue);
    expect(summary.grid).toHaveLength(25);
    expect(summary.segments.reduce((s, g) => s + g.customers, 0)).toBe(n);
    expect(summary.segments.reduce((s, g) => s + g.revenueShare, 0)).toBeCloseTo(1, 12);
    expect(summary.thresholds.recency).toHaveLength(4);
  });

  it('is null for customer tables without the RFM triple', () => {
    const data = txFeatures([1, 2, 3], [1, 2, 3], [1, 2, 3]);
    data.numeric = data.numeric.slice(1);
    expect(scoreRfm(data)).toBeNull();
  });
});
