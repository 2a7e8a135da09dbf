import { describe, expect, it } from 'vitest';
import { buildNarrativePayload, segmentRequestPayload } from '../../src/narrative/index.js';
import { sealResult, type SegmentationResult } from '../../src/result/index.js';
import { FIXTURE_CUSTOMER_IDS, INJECTION, fixtureResult } from './fixtures.js';

function withSegments(edit: (r: SegmentationResult) => void): SegmentationResult {
  const r = structuredClone(fixtureResult());
  edit(r);
  return sealResult(r);
}

/** Every key anywhere in a JSON value. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, into));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  }
  return into;
}

describe('buildNarrativePayload (the privacy firewall)', () => {
  it('holds aggregates only: no id-like field, no customer id, no file name, no raw example values', () => {
    const payload = buildNarrativePayload(fixtureResult());
    const keys = [...keysOf(payload)];
    expect(keys.filter((k) => /customer.?id|email|address|phone|invoice.?no|fingerprint|source|examples|columnIssues|assignments/i.test(k))).toEqual([]);
    const text = JSON.stringify(payload);
    for (const id of FIXTURE_CUSTOMER_IDS) expect(text).not.toMatch(new RegExp(`(?<!\\d)${id}(?!\\d)`));
    expect(text).not.toContain('online_retail');
    expect(text).not.toContain('80995');
  });

  it('withholds segments under the minimum size and says why', () => {
    const payload = buildNarrativePayload(fixtureResult(), { minSegmentSize: 500 });
    expect(payload.segments.map((s) => s.key)).toEqual(['S2', 'S3', 'S4']);
    expect(payload.withheld.map((w) => [w.segmentKey, w.size])).toEqual([['S1', 412], ['S5', 12]]);
    expect(payload.withheld[0].reason).toMatch(/fewer than 500 customers/);
  });

  it('withholds density noise as a segment', () => {
    const r = withSegments((x) => {
      x.segments[3] = { ...x.segments[3], id: -1, key: 'noise', name: 'Unclustered', isNoise: true };
    });
    const payload = buildNarrativePayload(r);
    expect(payload.segments.map((s) => s.key)).not.toContain('noise');
    expect(payload.withheld.find((w) => w.segmentKey === 'noise')!.reason).toMatch(/density noise/);
  });

  it('leaves out top values shared by fewer than five customers', () => {
    const r = withSegments((x) => {
      x.segments[0].topProducts.push({ value: 'RARE ONE-OFF ITEM', customers: 2, share: 0.005, lift: 9 });
    });
    expect(JSON.stringify(buildNarrativePayload(r))).not.toContain('RARE ONE-OFF ITEM');
  });

  it('drops features and category columns that describe a person', () => {
    const r = withSegments((x) => {
      x.segments[0].features.push({ feature: 'customer_id_hash', mean: 123456, median: 1, lift: 1, z: 9 });
      x.segments[0].features.push({ feature: 'email_domain=gmail', mean: 0.5, median: 1, lift: 1, z: 8 });
      x.segments[0].topCategories = { Email: [{ value: 'gmail.com', customers: 40, share: 0.1, lift: 1 }], Education: [{ value: 'PhD', customers: 40, share: 0.1, lift: 1.4 }] };
    });
    const s1 = buildNarrativePayload(r).segments[0];
    expect(s1.features.map((f) => f.name)).not.toContain('customer_id_hash');
    expect(s1.features.map((f) => f.name)).not.toContain('email_domain=gmail');
    expect(Object.keys(s1.topCategories)).toEqual(['Education']);
  });

  it('withholds a product description that tries to give instructions', () => {
    const payload = buildNarrativePayload(fixtureResult());
    const text = JSON.stringify(payload).toLowerCase();
    expect(text).not.toContain(INJECTION);
    expect(payload.segments[1].topProducts[1].value).toBe('[withheld: text that reads like an instruction]');
  });

  it('is deterministic and rounds figures for quoting', () => {
    const a = JSON.stringify(buildNarrativePayload(fixtureResult()));
    expect(JSON.stringify(buildNarrativePayload(fixtureResult()))).toBe(a);
    const s1 = buildNarrativePayload(fixtureResult()).segments[0];
    expect(s1.share).toBe(0.095);
    expect(s1.features.find((f) => f.name === 'monetary')!.lift).toBe(5.78);
  });

  it('gives one segment in full and the others by name and size per request', () => {
    const request = segmentRequestPayload(buildNarrativePayload(fixtureResult()), 'S2');
    expect(request.segment.key).toBe('S2');
    expect(request.otherSegments.map((s) => s.key)).toEqual(['S1', 'S3', 'S4']);
    expect(JSON.stringify(request.otherSegments)).not.toContain('topProducts');
  });
});
