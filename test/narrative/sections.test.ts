import { describe, expect, it } from 'vitest';
import { buildNarrativePayload, campaignsForReview, narrativeSections, OfflineNarrator, PROFILE_MIN_Z, segmentProfile } from '../../src/narrative/index.js';
import { renderReport } from '../../src/report/index.js';
import { CampaignForReview, reviewCampaign } from '../../src/review/index.js';
import { fixtureResult } from './fixtures.js';

describe('narrative for the report and the reviewer', () => {
  it("gives every campaign in the reviewer's input shape", async () => {
    const narrative = await new OfflineNarrator().narrate(fixtureResult());
    const inputs = campaignsForReview(narrative);
    expect(inputs.map((i) => i.id)).toEqual(narrative.segments.flatMap((s) => s.campaigns.map((c) => c.id)));
    for (const input of inputs) CampaignForReview.parse(input);
    expect(inputs[0].segment_stats.size).toBe(412);
  });

  it('passes the creepiness review on the offline playbook', async () => {
    const narrative = await new OfflineNarrator().narrate(fixtureResult());
    const decisions = await Promise.all(campaignsForReview(narrative).map((c) => reviewCampaign(CampaignForReview.parse(c))));
    expect(decisions.filter((d) => d.decision === 'block')).toEqual([]);
  });

  it('renders into report.md and report.html with review badges next to campaigns', async () => {
    const narrative = await new OfflineNarrator().narrate(fixtureResult());
    const sections = narrativeSections(narrative, { 'S2-c1': { text: 'needs committee approval', tone: 'warn' } });
    expect(sections.map((s) => s.id)).toEqual(['persona-S1', 'persona-S2', 'persona-S3', 'persona-S4', 'personas-withheld']);
    const { markdown, html } = renderReport({ result: fixtureResult(), narrativeSections: sections });
    expect(markdown).toContain('S2-c1 · Win back high-value customers who have stopped buying');
    expect(markdown).toContain('needs committee approval');
    expect(html).toContain('Lapsed big spender');
  });
});

describe("the segment's profile for the reviewer (issue 24)", () => {
  it('passes the features that define each segment and by how much, from the engine, in both narrators', async () => {
    const result = fixtureResult();
    const payload = buildNarrativePayload(result);
    const narrative = await new OfflineNarrator().narrate(result);
    for (const s of narrative.segments) {
      const engine = payload.segments.find((p) => p.key === s.segmentKey)!;
      expect(s.profile).toEqual(segmentProfile(engine));
      expect(s.profile!.length).toBeGreaterThan(0);
      for (const f of s.profile!) {
        const computed = engine.features.find((x) => x.name === f.feature)!;
        expect(f).toEqual({ feature: computed.name, label: computed.label, lift: computed.lift, z: computed.z });
        expect(Math.abs(f.z)).toBeGreaterThanOrEqual(PROFILE_MIN_Z);
      }
      const zs = s.profile!.map((f) => Math.abs(f.z));
      expect(zs).toEqual([...zs].sort((a, b) => b - a));
    }
    for (const input of campaignsForReview(narrative)) {
      expect(input.segment_stats.profile).toEqual(narrative.segments.find((s) => s.segmentKey === input.segment_stats.segment)!.profile);
    }
  });
});
