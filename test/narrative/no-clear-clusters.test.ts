import { describe, expect, it } from 'vitest';
import { buildNarrativePayload, checkGrounding, OfflineNarrator } from '../../src/narrative/index.js';
import { answerTexts } from '../../src/narrative/llm/answer.js';
import { summarySection } from '../../src/report/sections.js';
import type { SegmentationResult } from '../../src/result/index.js';
import { fixtureResult } from './fixtures.js';

/** The fixture as a run on data with no clear clusters: tiers along spend, then orders. */
function cloudResult(): SegmentationResult {
  const result = fixtureResult();
  result.selection.structure = {
    clear: false,
    silhouette: 0.12,
    threshold: 0.25,
    axis: ['monetary', 'frequency'],
    summary: 'No clear clusters: the customers form one continuous cloud (silhouette 0.12), so the segments are tiers along Total spend and Orders rather than distinct groups.',
  };
  return result;
}

describe('no clear clusters', () => {
  it('the payload carries the flag and each segment’s tier along what separates them', () => {
    const payload = buildNarrativePayload(cloudResult());
    expect(payload.structure).toEqual({ clear: false, tiersAlong: ['Total spend', 'Number of invoices'] });
    const bySpend = [...payload.segments].sort((a, b) => b.features.find((f) => f.name === 'monetary')!.z - a.features.find((f) => f.name === 'monetary')!.z);
    expect(bySpend[0].tier).toBe('highest');
    expect(bySpend[bySpend.length - 1].tier).toBe('lowest');
    expect(bySpend.slice(1, -1).every((s) => s.tier === 'middle')).toBe(true);
  });

  it('the offline personas say so plainly, with grounded numbers only', async () => {
    const result = cloudResult();
    const narrative = await new OfflineNarrator().narrate(result);
    for (const s of narrative.segments) expect(s.persona.portrait).toMatch(/Not a distinct group: the customers form one continuous range with no clear clusters, and this segment is (the tier (highest|lowest)|a middle tier) on Total spend\./i);
    const payload = buildNarrativePayload(result);
    for (const s of narrative.segments) expect(checkGrounding(answerTexts({ persona: s.persona, campaigns: s.campaigns }), payload).issues).toEqual([]);
  });

  it('the report summary says so and lists the segments as tiers', () => {
    const section = summarySection(cloudResult());
    const callout = section.blocks.find((b) => b.kind === 'callout' && b.title === 'No clear clusters:');
    expect(callout).toBeDefined();
    const text = (callout as { text: string }).text;
    expect(text).toMatch(/^The customers form one continuous cloud \(silhouette 0\.12\)/);
    expect(text).toMatch(/From highest to lowest Total spend: S\d "[^"]+", S\d/);
    expect(text).toMatch(/treat the segments as tiers, not as different kinds of customer\.$/);
  });

  it('says nothing of the kind when the clusters are clear', async () => {
    const result = fixtureResult();
    result.selection.structure = { clear: true, silhouette: 0.6, threshold: 0.25, axis: ['monetary'], summary: 'The segments are distinct groups (silhouette 0.60).' };
    expect(summarySection(result).blocks.some((b) => b.kind === 'callout' && b.title === 'No clear clusters:')).toBe(false);
    const narrative = await new OfflineNarrator().narrate(result);
    for (const s of narrative.segments) expect(s.persona.portrait).not.toMatch(/distinct group/);
  });
});
