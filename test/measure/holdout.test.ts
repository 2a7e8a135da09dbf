import { describe, expect, it } from 'vitest';
import { groupOf, splitAudience, stableCampaignId } from '../../src/measure/index.js';

const ids = Array.from({ length: 20_000 }, (_, i) => `C${i}`);

describe('holdout split', () => {
  it('is about the asked share, and the same customer lands in the same group whatever the rest of the audience', () => {
    const all = splitAudience('camp-1', ids, 0.1);
    const share = all.filter((r) => r.group === 'holdout').length / all.length;
    expect(share).toBeGreaterThan(0.09);
    expect(share).toBeLessThan(0.11);
    const half = splitAudience('camp-1', ids.slice(0, 10_000).reverse(), 0.1);
    const byId = new Map(all.map((r) => [r.customerId, r.group]));
    expect(half.every((r) => byId.get(r.customerId) === r.group)).toBe(true);
  });

  it('depends on the campaign id, and a larger holdout only adds customers to it', () => {
    const a = ids.slice(0, 2000).map((c) => groupOf('camp-1', c, 0.1));
    const b = ids.slice(0, 2000).map((c) => groupOf('camp-2', c, 0.1));
    expect(a).not.toEqual(b);
    expect(ids.slice(0, 2000).every((c) => groupOf('camp-1', c, 0.1) === 'treatment' || groupOf('camp-1', c, 0.2) === 'holdout')).toBe(true);
  });

  it('refuses a holdout share outside (0, 1)', () => {
    expect(() => splitAudience('x', ids, 0)).toThrow(expect.objectContaining({ code: 'BAD_HOLDOUT' }));
    expect(() => splitAudience('x', ids, 10)).toThrow(expect.objectContaining({ code: 'BAD_HOLDOUT' }));
  });
});

describe('stable campaign id', () => {
  const base = { dataset: 'online-retail', segment: 'S2', text: { channel: 'email', audience: 'lapsed buyers', message: 'We miss you', offer: '10% off' }, name: 'C1' };
  it('is the same across runs, and changes with the dataset, the segment or the text', () => {
    expect(stableCampaignId(base)).toBe(stableCampaignId({ ...base, text: { ...base.text, message: ' We miss you ' } }));
    expect(stableCampaignId(base)).toMatch(/^[0-9a-f]{12}:C1$/);
    expect(stableCampaignId({ ...base, dataset: 'other' })).not.toBe(stableCampaignId(base));
    expect(stableCampaignId({ ...base, segment: 'S3' })).not.toBe(stableCampaignId(base));
    expect(stableCampaignId({ ...base, text: { ...base.text, offer: '20% off' } })).not.toBe(stableCampaignId(base));
  });
});
