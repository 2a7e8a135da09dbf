/** What the report's own sections say (issue 23): which revenue the headline shows. */
import { describe, expect, it } from 'vitest';
import { dataQualitySection, summarySection } from '../../src/report/sections.js';
import { fixtureResult } from '../narrative/fixtures.js';

const firstText = (blocks: { kind: string; text?: string }[]) => blocks.find((b) => b.kind === 'p')?.text ?? '';

describe('the summary headline', () => {
  it('says the revenue is net of returns when returns were netted, and lists customers who returned everything', () => {
    const r = fixtureResult();
    r.dataQuality = { ...r.dataQuality, returnsPolicy: 'net', netReturns: { returnsSeen: 10, matched: 8, unmatched: 2, fullyReturnedCustomers: 3, fullyReturnedValue: 90_000, largestFullyReturned: 77_183.6 } };
    expect(firstText(summarySection(r).blocks)).toMatch(/in revenue \(net of returns\)/);
    const dq = dataQualitySection(r).blocks.map((b) => ('text' in b ? b.text : '')).join(' ');
    expect(dq).toMatch(/3 customers returned everything they bought/);
    expect(dq).toMatch(/77,183\.60/);
  });

  it('says the revenue is gross when cancellations were dropped', () => {
    const r = fixtureResult();
    r.dataQuality = { ...r.dataQuality, returnsPolicy: 'drop' };
    expect(firstText(summarySection(r).blocks)).toMatch(/\(gross: cancellations dropped, their purchases kept at full value\)/);
  });
});

describe('report tables', () => {
  it('use human labels, never machine names such as "Mean recency_days"', async () => {
    const { segmentsSection, featuresSection, rfmSection } = await import('../../src/report/sections.js');
    const r = fixtureResult();
    const text = JSON.stringify([segmentsSection(r), rfmSection(r)]);
    expect(text).not.toMatch(/recency_days|tenure_days|avg_basket_items|Mean monetary/);
    expect(text).toContain('Days since last purchase (mean)');
    expect(JSON.stringify(featuresSection(r).blocks[0])).toContain('"Days since first purchase","tenure_days"');
  });
});

describe('the segments table of a customer table', () => {
  it('has no "Typical RFM" column of dashes when no segment has RFM scores', async () => {
    const { segmentsSection } = await import('../../src/report/sections.js');
    const r = fixtureResult();
    const table = (res: typeof r) => segmentsSection(res).blocks[0] as { header: string[]; rows: string[][] };
    expect(table(r).header).toContain('Typical RFM');
    const noRfm = { ...r, segments: r.segments.map((s) => ({ ...s, rfmCode: null, rfmCodeShare: null })) };
    expect(table(noRfm).header).not.toContain('Typical RFM');
    expect(table(noRfm).rows.every((row) => row.length === table(noRfm).header.length)).toBe(true);
  });
});

describe('RFM grid colours', () => {
  it('give every named RFM segment its own fixed colour', async () => {
    const { RFM_SEGMENT_COLOURS } = await import('../../src/charts/rfm-grid.js');
    const { RFM_SEGMENT_NAMES } = await import('../../src/analysis/features/rfm-segments.js');
    expect(Object.keys(RFM_SEGMENT_COLOURS).sort()).toEqual([...RFM_SEGMENT_NAMES].sort());
    expect(new Set(Object.values(RFM_SEGMENT_COLOURS)).size).toBe(RFM_SEGMENT_NAMES.length);
  });
});

describe('segment product lines', () => {
  it('call a product distinctive only when the segment buys it more than customers overall; a segment with none gets its most bought, said as such', async () => {
    const { segmentsSection } = await import('../../src/report/sections.js');
    const text = JSON.stringify(segmentsSection(fixtureResult()));
    // S1: all three above the usual share. S3: both below (0.72×, 0.80×). S4: one above (1.6×), one below (0.4×).
    expect(text).toContain('Most distinctive products: REGENCY CAKESTAND 3 TIER');
    expect(text).toMatch(/Most bought products \(none is bought more here than by customers overall\): WHITE HANGING HEART T-LIGHT HOLDER \(16% of the segment, 0\.72× the usual share\)/);
    expect(text).toMatch(/Most distinctive products: PAPER CHAIN KIT 50S CHRISTMAS \(7% of the segment, 1\.60× the usual share\)"/);
    expect(text).not.toMatch(/Most distinctive products:[^"]*[^\d.]0\.\d+× the usual share/);
  });
});
