import { describe, expect, it } from 'vitest';
import { buildNarrativePayload, checkGrounding, Narrative, OfflineNarrator, renderNarrativeMarkdown, serializeNarrative } from '../../src/narrative/index.js';
import { answerTexts } from '../../src/narrative/llm/answer.js';
import { sealResult, type SegmentationResult } from '../../src/result/index.js';
import { customerTableFixture, fixtureResult } from './fixtures.js';

async function narrate(result: SegmentationResult) {
  return new OfflineNarrator().narrate(result);
}

describe.each([
  ['transaction log', fixtureResult],
  ['customer table', customerTableFixture],
])('offline narrator on a %s', (_shape, fixture) => {
  it('writes a valid narrative for every segment of sufficient size', async () => {
    const narrative = Narrative.parse(await narrate(fixture()));
    const payload = buildNarrativePayload(fixture());
    expect(narrative.segments.map((s) => s.segmentKey)).toEqual(payload.segments.map((s) => s.key));
    for (const s of narrative.segments) {
      expect(s.source).toBe('offline');
      expect(s.campaigns.length).toBeGreaterThanOrEqual(1);
      expect(s.campaigns.map((c) => c.id)).toEqual(s.campaigns.map((_c, i) => `${s.segmentKey}-c${i + 1}`));
      expect(s.persona.portrait.split(/(?<=\.)\s+(?=[A-Z0-9])/)).toHaveLength(2);
      for (const c of s.campaigns) {
        expect(c.abTest.baselineLift).toBe(0.15);
        expect(payload.campaignRules.holdoutShares).toContain(c.abTest.holdoutShare);
      }
    }
  });

  it('is byte-identical across runs and reads back', async () => {
    const bytes = serializeNarrative(await narrate(fixture()));
    expect(serializeNarrative(await narrate(fixture()))).toBe(bytes);
    expect(Narrative.parse(JSON.parse(bytes))).toEqual(await narrate(fixture()));
  });

  it('writes personas specific to each segment, not one template with the name swapped', async () => {
    const narrative = await narrate(fixture());
    const names = narrative.segments.map((s) => s.persona.name);
    expect(new Set(names).size).toBe(names.length);
    const shapes = narrative.segments.map((s) => (s.persona.portrait + s.persona.buyingBehaviour).replace(/[\d.,%×]+/g, '#'));
    expect(new Set(shapes).size).toBe(shapes.length);
    const plays = narrative.segments.map((s) => s.playbook);
    expect(new Set(plays).size).toBe(plays.length);
  });

  it('uses only grounded numbers', async () => {
    const narrative = await narrate(fixture());
    const payload = buildNarrativePayload(fixture());
    for (const s of narrative.segments) expect(checkGrounding(answerTexts({ persona: s.persona, campaigns: s.campaigns }), payload).issues).toEqual([]);
  });

  it('never builds an offer or message around alcohol, tobacco or gambling, even where the segment spends most on wine', async () => {
    const narrative = await narrate(fixture());
    for (const s of narrative.segments) for (const c of s.campaigns) expect(`${c.offer} ${c.message}`).not.toMatch(/\b(wines?|beer|spirits|tobacco|betting|casino)\b/i);
  });

  it('renders the same Markdown as before', async () => {
    expect(renderNarrativeMarkdown(await narrate(fixture()))).toMatchSnapshot();
  });
});

describe('offline playbook', () => {
  it('addresses every campaign to its whole segment, the audience the export delivers (no "current quarter", "who open but do not buy" or "repeat order of the same product" filter it cannot apply)', async () => {
    const { PLAYBOOK } = await import('../../src/narrative/offline/playbook.js');
    const payload = buildNarrativePayload(fixtureResult());
    const segment = payload.segments[0]!;
    const context = { segment, rules: payload.campaignRules, channel: 'Email', favourite: "'x'", secondFavourite: "'y'", favouriteKind: 'product' as const, figures: '10 customers' };
    for (const [type, entry] of Object.entries(PLAYBOOK)) {
      for (const c of entry.campaigns(context)) {
        expect(c.audience, `${type}: ${c.goal}`).toMatch(/^All customers of segment /);
        expect(c.audience, `${type}: ${c.goal}`).not.toMatch(/current quarter|this quarter|this month|last month| who (?:open|have opened|do not respond)|repeat order/i);
        // Copy that presumes a purchase of the favourite product is true only of those who bought it.
        expect(c.message, `${type}: ${c.goal}`).not.toMatch(/running low on/i);
      }
    }
  });

  it('picks the play from lifts and recency on a transaction log', async () => {
    const plays = (await narrate(fixtureResult())).segments.map((s) => [s.segmentKey, s.playbook!.split(':')[0]]);
    expect(plays).toEqual([['S1', 'champions'], ['S2', 'lapsed-high-value'], ['S3', 'new-customers'], ['S4', 'dormant-low-value']]);
  });

  it("picks the play from the user's own columns on a customer table", async () => {
    const narrative = await narrate(customerTableFixture());
    expect(narrative.segments.map((s) => s.playbook!.split(':')[0])).toEqual(['champions', 'responsive', 'deal-seekers', 'dormant-low-value']);
    expect(narrative.segments[0].campaigns[0].channel).toBe('Catalogue / direct mail');
    expect(narrative.segments[1].campaigns[0].channel).toBe('Web (on-site personalisation)');
  });

  it('reads a one-hot column as a trait when it sets a segment apart', async () => {
    const r = structuredClone(customerTableFixture());
    r.features.push({ ...r.features[0], name: 'Education=PhD', label: 'Education: PhD', unit: 'ratio', kind: 'onehot', mean: 0.21, std: 0.4 });
    r.segments[1].features.push({ feature: 'Education=PhD', mean: 0.62, median: 1, lift: 2.95, z: 9 });
    const narrative = await narrate(sealResult(r));
    expect(narrative.segments[1].persona.portrait).toContain('What sets them apart most: 62.0% of them have education PhD, 3.0× the overall rate.');
  });

  it('writes a money feature that sets a segment apart in the data\'s currency', async () => {
    const r = structuredClone(customerTableFixture());
    r.input.currency = { code: 'USD', symbol: '$' };
    const narrative = await narrate(sealResult(r));
    expect(narrative.segments[0].persona.portrait).toContain('What sets them apart most is income: $78,000 on average');
    const payload = buildNarrativePayload(sealResult(r));
    for (const seg of narrative.segments) expect(checkGrounding(answerTexts({ persona: seg.persona, campaigns: seg.campaigns }), payload).issues).toEqual([]);
  });

  it('still describes segments when the data has no recency, spend, products or categories', async () => {
    const r = structuredClone(customerTableFixture());
    for (const segment of r.segments) {
      segment.features = segment.features.filter((f) => f.feature === 'Kidhome');
      segment.topCategories = {};
    }
    const narrative = Narrative.parse(await narrate(sealResult(r)));
    expect(narrative.segments).toHaveLength(4);
    expect(narrative.segments[0].persona.portrait).toMatch(/^540 customers \(24\.4% of the base\) who buy at their own pace\./);
    expect(narrative.segments[0].campaigns[0].offer).toContain('our best sellers');
  });

  it('names withheld segments with the reason instead of describing them', async () => {
    const narrative = await narrate(fixtureResult());
    expect(narrative.withheld).toEqual([expect.objectContaining({ segmentKey: 'S5', size: 12 })]);
    expect(JSON.stringify(narrative.segments)).not.toContain('Wholesale outliers');
  });
});
