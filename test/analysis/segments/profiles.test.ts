import { describe, expect, it } from 'vitest';
import { nameSegments } from '../../../src/analysis/segments/naming.js';
import { prepareFeatures } from '../../../src/analysis/features/preprocess.js';
import { orderSegments, profileSegments } from '../../../src/analysis/segments/profiles.js';
import { scoreRfm } from '../../../src/analysis/features/rfm.js';
import { FOUR_GROUPS, plantedCustomers } from '../planted.js';

function profilesOfTruth() {
  const { data, truth } = plantedCustomers(FOUR_GROUPS, 11);
  const prepared = prepareFeatures(data);
  const order = orderSegments(truth, data.revenue);
  const anomalous = new Uint8Array(truth.length);
  anomalous[0] = 1;
  const profiles = profileSegments({ data, features: prepared.features, rawValues: prepared.rawValues, order, anomalous, rfm: scoreRfm(data, 4) });
  return { data, truth, order, profiles: nameSegments(profiles, prepared.features) };
}

describe('segment profiles', () => {
  it('orders segments by descending revenue with keys S1..Sk', () => {
    const { profiles } = profilesOfTruth();
    expect(profiles.map((p) => p.key)).toEqual(['S1', 'S2', 'S3', 'S4']);
    const revenues = profiles.map((p) => p.revenue!);
    expect([...revenues].sort((a, b) => b - a)).toEqual(revenues);
    expect(profiles.reduce((s, p) => s + p.revenueShare!, 0)).toBeCloseTo(1, 12);
    expect(profiles.reduce((s, p) => s + p.size, 0)).toBe(350);
  });

  it('reports means, medians, lift and z on the raw scale', () => {
    const { profiles } = profilesOfTruth();
    const champions = profiles[0];
    const monetary = champions.features.find((f) => f.feature === 'monetary')!;
    expect(monetary.mean).toBeGreaterThan(6000);
    expect(monetary.lift!).toBeGreaterThan(3);
    expect(monetary.z).toBeGreaterThan(1);
    expect(champions.features.find((f) => f.feature === 'tenure_days')).toBeDefined();
    expect(champions.anomalies).toBe(1);
    expect(champions.rfmCode).toMatch(/^4[34]\d$/);
    expect(champions.rfmSegments[0].name).toMatch(/Champions|Loyal/);
  });

  it('lists top countries with share and lift', () => {
    const { profiles } = profilesOfTruth();
    const lapsed = profiles[3];
    expect(lapsed.topCountries[0].value).toBe('France');
    expect(lapsed.topCountries[0].share).toBeGreaterThan(0.7);
    expect(lapsed.topCountries[0].lift!).toBeGreaterThan(1.5);
    expect(lapsed.topProducts).toEqual([]);
  });

  it('puts density noise last as id -1, key "noise"', () => {
    const { data, truth } = plantedCustomers(FOUR_GROUPS, 11);
    const labels = truth.map((l, i) => (i % 50 === 0 ? -1 : l));
    const prepared = prepareFeatures(data);
    const order = orderSegments(labels, data.revenue);
    const profiles = nameSegments(
      profileSegments({ data, features: prepared.features, rawValues: prepared.rawValues, order, anomalous: new Uint8Array(350), rfm: null }),
      prepared.features,
    );
    const last = profiles[profiles.length - 1];
    expect(last).toMatchObject({ id: -1, key: 'noise', isNoise: true, size: 7, name: 'Unclustered outliers', rfmCode: null });
  });
});
