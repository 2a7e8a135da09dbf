import { describe, expect, it } from 'vitest';
import { buildNarrativePayload, checkGrounding, OfflineNarrator } from '../../src/narrative/index.js';
import { answerTexts } from '../../src/narrative/llm/answer.js';
import { fixtureResult } from './fixtures.js';

const payload = {
  segment: { key: 'S2', name: 'Lapsed big spenders', size: 1187, share: 0.2345, revenue: 1_502_220, lift: 2.34, recency: 197.5, product: 'SET OF 3 CAKE TINS' },
  otherSegments: [{ key: 'S1', size: 412 }],
  campaignRules: { baselineLift: 0.15, holdoutShares: [0.1, 0.2], testWeeks: [4, 6] },
};
const grounded = (text: string) => checkGrounding({ text }, payload);

describe('checkGrounding', () => {
  it.each([
    ['an exact count', '1187 customers'],
    ['thousands separators', '1,187 customers bring in 1,502,220'],
    ['a currency symbol', 'revenue of £1,502,220'],
    ['a share as a percent', '23.45% of the base'],
    ['a share as a rounded percent', 'about 23% of the base'],
    ['a lift as times', '2.3× the average'],
    ['a lift as percent more', '134% more than average'],
    ['a complement', '76.5% are elsewhere'],
    ['a millions suffix', '£1.5m in revenue'],
    ['a thousands suffix', '1.2k customers'],
    ['rounding to hundreds', 'about 1,200 customers'],
    ['a rounded mean', '198 days since the last order'],
    ['campaign design numbers', 'a 10% holdout for 6 weeks, to beat 15%'],
    ['numerals inside product names', 'they love the SET OF 3 CAKE TINS'],
    ['known segment keys', 'unlike S1 (412 customers), S2 lapsed'],
    ['percent in words', '23 per cent of the base'],
  ])('accepts %s', (_case, text) => {
    expect(grounded(text).issues).toEqual([]);
  });

  it.each([
    ['an invented amount', 'they spend £987,654 a year'],
    ['an invented percent', 'growing 73.2% a year'],
    ['a percent that is no share of the data', '30% of the base'],
    ['a wrong rounding', '23.9% of the base'],
    ['a count off by one', '1,188 customers'],
    ['an invented number of weeks', 'run it for 5 weeks'],
    ['an amount glued to a currency code', 'worth EUR98765'],
    ['a count at the wrong magnitude', 'about 41,187,000 visits'],
    ['digits glued to a product name', 'the SET OF 3 CAKE TINS99 bundle'],
  ])('rejects %s', (_case, text) => {
    const report = grounded(text);
    expect(report.ok).toBe(false);
    expect(report.issues[0].reason).toMatch(/not one of the computed figures/);
  });

  it('rejects a size that belongs to another segment', () => {
    const report = grounded('S1 has 1,187 customers.');
    expect(report.issues).toEqual([{ field: 'text', token: '1,187 customers', reason: 'S1 has 412 customers; this count belongs to no figure about it' }]);
  });

  it('accepts sizes next to the right segment names, and the customer base', () => {
    expect(grounded('Lapsed big spenders are 1,187 customers; S1 has 412 customers.').issues).toEqual([]);
    const withBase = { ...payload, population: { customers: 1599 } };
    expect(checkGrounding({ text: 'S1 has 412 of our 1,599 customers.' }, withBase).issues).toEqual([]);
    expect(checkGrounding({ text: 'Lapsed big spenders: about 1,200 customers.' }, withBase).issues).toEqual([]);
  });

  it('rejects a percent that only a z-score, a mean or a count would ground', () => {
    const withStats = { ...payload, features: [{ name: 'frequency', unit: 'count', mean: 73.1, z: 0.412 }] };
    expect(checkGrounding({ text: '73.1% buy weekly' }, withStats).ok).toBe(false);
    expect(checkGrounding({ text: '41.2% buy weekly' }, withStats).ok).toBe(false);
    expect(checkGrounding({ text: 'they order 73.1 times' }, withStats).ok).toBe(true);
  });

  it('accepts the mean of a rate column as a percent', () => {
    const withRate = { ...payload, features: [{ name: 'Response', unit: 'ratio', mean: 0.375 }] };
    expect(checkGrounding({ text: '37.5% accepted the last campaign' }, withRate).issues).toEqual([]);
  });

  it('rejects a segment key that does not exist', () => {
    expect(grounded('much like S7').issues[0].reason).toMatch(/S7, which is not in the data/);
  });

  it('rejects an email address', () => {
    expect(grounded('write to jane@example.com').issues.map((i) => i.reason)).toContainEqual(expect.stringMatching(/email/));
  });

  it('names the field and token of each issue', () => {
    const report = checkGrounding({ 'persona.portrait': 'fine', 'campaigns[0].offer': '33% off' }, payload);
    expect(report.issues).toEqual([{ field: 'campaigns[0].offer', token: '33%', reason: expect.any(String) }]);
  });

  it('passes every text of the offline narrator on the fixture', async () => {
    const narrative = await new OfflineNarrator().narrate(fixtureResult());
    const p = buildNarrativePayload(fixtureResult());
    for (const s of narrative.segments) {
      expect(checkGrounding(answerTexts({ persona: s.persona, campaigns: s.campaigns }), p).issues).toEqual([]);
    }
  });
});
