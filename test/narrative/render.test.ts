import { describe, expect, it } from 'vitest';
import { OfflineNarrator, renderNarrativeHtml, renderNarrativeMarkdown, type Narrative } from '../../src/narrative/index.js';
import { fixtureResult } from './fixtures.js';

async function narrative(): Promise<Narrative> {
  return new OfflineNarrator().narrate(fixtureResult());
}

function hostile(n: Narrative): Narrative {
  const copy = structuredClone(n);
  copy.segments[0].segmentName = '<script>alert("x")</script> & co';
  copy.segments[0].campaigns[0].message = 'Hi <img src=x onerror=alert(1)> *bold* `code`';
  return copy;
}

describe('renderNarrativeHtml', () => {
  it('escapes every text from the data or the model', async () => {
    const html = renderNarrativeHtml(hostile(await narrative()));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
  });

  it('marks every campaign with its stable id for the review decision', async () => {
    const n = await narrative();
    const html = renderNarrativeHtml(n);
    const ids = [...html.matchAll(/data-campaign-id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(n.segments.flatMap((s) => s.campaigns.map((c) => c.id)));
    expect(html).toContain('id="persona-S1"');
  });

  it('lists withheld segments with the reason', async () => {
    expect(renderNarrativeHtml(await narrative())).toMatch(/S5 · Wholesale outliers \(12 customers\): fewer than 20 customers/);
  });
});

describe('renderNarrativeMarkdown', () => {
  it('escapes Markdown and HTML in text', async () => {
    const md = renderNarrativeMarkdown(hostile(await narrative()));
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\*bold\\* \\`code\\`');
  });

  it('says which segments fell back to the offline text and why', async () => {
    const n = await narrative();
    n.segments[1] = { ...n.segments[1], fallbackReason: 'LLM request failed: HTTP 500' };
    expect(renderNarrativeMarkdown(n)).toContain('_Offline text (fallback: LLM request failed: HTTP 500).');
  });

  it('shows each campaign with channel, audience, offer, message, KPI and the A/B test against the 15% baseline', async () => {
    const md = renderNarrativeMarkdown(await narrative());
    const campaign = md.slice(md.indexOf('#### Campaign S2-c1'), md.indexOf('#### Campaign S2-c2'));
    for (const label of ['Channel', 'Audience', 'Offer', 'Message', 'KPI', 'A/B test']) expect(campaign).toContain(`**${label}:**`);
    expect(campaign).toContain('baseline lift 15%');
    expect(campaign).toMatch(/Holdout 20%/);
  });
});
