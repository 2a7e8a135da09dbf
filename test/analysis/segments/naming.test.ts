import { describe, expect, it } from 'vitest';
import { nameSegments } from '../../../src/analysis/segments/naming.js';
import { prepareFeatures } from '../../../src/analysis/features/preprocess.js';
import { orderSegments, profileSegments } from '../../../src/analysis/segments/profiles.js';
import type { SegmentProfile } from '../../../src/result/index.js';
import { FOUR_GROUPS, plantedCustomers } from '../planted.js';

function plantedProfiles(): SegmentProfile[] {
  const { data, truth } = plantedCustomers(FOUR_GROUPS, 11);
  const prepared = prepareFeatures(data);
  const order = orderSegments(truth, data.revenue);
  return profileSegments({ data, features: prepared.features, rawValues: prepared.rawValues, order, anomalous: new Uint8Array(truth.length), rfm: null });
}

function profile(id: number, features: [string, number][]): SegmentProfile {
  return {
    id, key: `S${id + 1}`, name: '', isNoise: false, size: 10, share: 0.1, revenue: null, revenueShare: null,
    features: features.map(([feature, z]) => ({ feature, mean: 0, median: 0, lift: null, z })),
    rfmCode: null, rfmCodeShare: null, rfmSegments: [], topCountries: [], topProducts: [], topCategories: {}, anomalies: 0,
  };
}

describe('segment names', () => {
  it('describes the planted groups the way a marketer would', () => {
    expect(nameSegments(plantedProfiles(), []).map((p) => p.name)).toEqual([
      'High-value frequent buyers',
      'Mid-value occasional buyers',
      'Recent newcomers',
      'Lapsed one-time buyers',
    ]);
  });

  it('judges frequency and recency on the standardized centroid when given, value on spend lift', () => {
    const profiles = plantedProfiles().slice(1, 2);
    expect(profiles[0].features.find((f) => f.feature === 'recency_days')!.z).toBeLessThan(0);
    const centroid = new Map([[profiles[0].id, new Map([['recency_days', 0.8], ['frequency', 0.9], ['monetary', 3]])]]);
    expect(nameSegments(profiles, [], centroid)[0].name).toBe('Lapsed frequent buyers');
  });

  it('names customer-table segments by their two most distinctive features', () => {
    const definitions = prepareFeatures({
      shape: 'customers', customerIds: ['a', 'b'], revenue: null,
      numeric: [{ name: 'Income', label: 'Income', description: '', unit: 'money', values: Float64Array.from([1, 2]), log1p: false, clustering: true }],
      categorical: [{ name: 'Education', levels: ['Basic', 'PhD'], codes: Int32Array.from([0, 1]), clustering: true }],
    }).features;
    const [named] = nameSegments([profile(0, [['Income', 1.2], ['Education=Basic', -0.9], ['Education=PhD', 0.9]])], definitions);
    expect(named.name).toBe('High income, mostly Education: PhD');
  });

  it('tells same-named segments apart by what differs most between them', () => {
    const a = profile(0, [['Income', 1.0], ['Age', 0.2]]);
    const b = profile(1, [['Income', 1.0], ['Age', -0.1]]);
    const c = profile(2, [['Income', -1.0], ['Age', 0]]);
    const names = nameSegments([a, b, c], []).map((p) => p.name);
    expect(names).toEqual(['High income (higher age)', 'High income (lower age)', 'Low income']);
  });

  it('keeps names unique even for identical profiles', () => {
    const twins = [profile(0, [['Income', 1]]), profile(1, [['Income', 1]])];
    expect(nameSegments(twins, []).map((p) => p.name)).toEqual(['High income (S1)', 'High income (S2)']);
  });

  it('calls density noise unclustered outliers', () => {
    const noise = { ...profile(-1, [['Income', 3]]), key: 'noise', isNoise: true };
    expect(nameSegments([noise], [])[0].name).toBe('Unclustered outliers');
  });
});
