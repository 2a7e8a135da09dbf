/** Issue 23: each play's copy goes only to segments its words are true of. */
import { describe, expect, it } from 'vitest';
import { buildNarrativePayload, OfflineNarrator, renderNarrativeMarkdown } from '../../src/narrative/index.js';
import { narrativeSections } from '../../src/narrative/sections.js';
import { boughtRecently, fittingTypes, mostlyNew, readSignals } from '../../src/narrative/offline/signals.js';
import { sealResult, type SegmentationResult } from '../../src/result/index.js';
import { customerTableFixture, fixtureResult } from './fixtures.js';

/** Sets a feature's mean, median and lift in segment `key` of a fixture result. */
function setFeature(r: SegmentationResult, key: string, feature: string, mean: number, median: number, populationMean: number) {
  const f = r.segments.find((s) => s.key === key)!.features.find((x) => x.feature === feature)!;
  Object.assign(f, { mean, median, lift: mean / populationMean });
}

const narrate = (r: SegmentationResult) => new OfflineNarrator().narrate(sealResult(r));
const allText = (s: { persona: object; campaigns: object[] }) => JSON.stringify([s.persona, s.campaigns]);

describe('the new-customer play', () => {
  it('goes to a segment that mostly has one order, joined recently and bought recently', async () => {
    const n = await narrate(fixtureResult());
    const s3 = n.segments.find((s) => s.segmentKey === 'S3')!;
    expect(s3.playbook).toMatch(/^new-customers:/);
    expect(allText(s3)).toContain('Thanks for your first order');
  });

  it('does not go to repeat buyers of long tenure, whatever their RFM group says (Online Retail S2 of issue 23)', async () => {
    const r = structuredClone(fixtureResult());
    // 3.37 orders on average (median 3), 213 days of tenure against 224 overall, recent.
    setFeature(r, 'S3', 'frequency', 3.37, 3, 4.27);
    setFeature(r, 'S3', 'tenure_days', 213, 210, 224);
    const n = await narrate(r);
    const s3 = n.segments.find((s) => s.segmentKey === 'S3')!;
    expect(s3.playbook).not.toMatch(/^new-customers:/);
    for (const s of n.segments) expect(allText(s)).not.toMatch(/your first order|first-time buyers/i);
  });

  it('needs a tenure column: recency and frequency alone cannot tell a newcomer from an old one-off buyer', () => {
    const payload = buildNarrativePayload(fixtureResult());
    const s3 = payload.segments.find((s) => s.key === 'S3')!;
    expect(mostlyNew(readSignals(s3))).toBe(true);
    const noTenure = { ...s3, features: s3.features.filter((f) => f.name !== 'tenure_days') };
    expect(mostlyNew(readSignals(noTenure))).toBe(false);
    expect(fittingTypes(readSignals(noTenure), noTenure.rfm?.segments)).not.toContain('new-customers');
  });
});

describe('"bought recently"', () => {
  it('is said only when the typical customer bought within 90 days (CDNOW: 280 days is not recent)', async () => {
    const r = structuredClone(fixtureResult());
    for (const s of r.segments) s.features.find((f) => f.feature === 'recency_days')!.lift = null;
    // A population 400 days gone on average; S3 at 280 days is "more recent", not "recent".
    r.features.find((f) => f.name === 'recency_days')!.mean = 400;
    setFeature(r, 'S3', 'recency_days', 280, 275, 400);
    setFeature(r, 'S1', 'recency_days', 30, 20, 400);
    const payload = buildNarrativePayload(sealResult(r));
    expect(boughtRecently(readSignals(payload.segments.find((s) => s.key === 'S3')!))).toBe(false);
    expect(boughtRecently(readSignals(payload.segments.find((s) => s.key === 'S1')!))).toBe(true);
    const n = await narrate(r);
    const s3 = n.segments.find((s) => s.segmentKey === 'S3')!;
    expect(s3.persona.portrait).not.toMatch(/bought recently/);
    expect(s3.persona.portrait).toMatch(/more recently than most, though not lately \(280 days/);
    expect(s3.playbook).not.toMatch(/^new-customers:/);
  });
});

describe('campaign copy', () => {
  it('shows no internal play labels to the reader', async () => {
    const n = await narrate(fixtureResult());
    const md = renderNarrativeMarkdown(n);
    const sections = JSON.stringify(narrativeSections(n));
    for (const text of [md, sections]) {
      expect(text).not.toMatch(/Offline playbook/);
      expect(text).not.toMatch(/\b(champions|lapsed-high-value|new-customers|dormant-low-value|steady-mid-value): /);
    }
  });

  it('treats a single product as a product and a spend column as a range', async () => {
    const tx = await narrate(fixtureResult());
    const txText = tx.segments.map(allText).join(' ');
    expect(txText).not.toMatch(/new arrivals in ‘/);
    expect(txText).toMatch(/new arrivals chosen for buyers of ‘regency cakestand 3 tier’/);
    const table = await narrate(customerTableFixture());
    expect(table.segments.map(allText).join(' ')).toMatch(/new arrivals in (meat products|wines|gold products|fish products|sweet products|fruits)/);
  });

  it('varies with the segment: audience figures and what they value come from the segment itself', async () => {
    const tx = await narrate(fixtureResult());
    const table = await narrate(customerTableFixture());
    const champions = [tx, table].map((n) => n.segments.find((s) => s.playbook?.startsWith('champions:'))!);
    expect(champions[0].persona.values).not.toEqual(champions[1].persona.values);
    expect(champions[0].campaigns[1].message).not.toBe(champions[1].campaigns[1].message);
    const s1 = tx.segments[0];
    expect(s1.campaigns[0].audience).toMatch(/412 customers; typically [\d.]+ orders/);
  });
});
