/**
 * Segment profiles: size, revenue, raw-scale means and medians with lift and z against the whole
 * population, RFM mix, top categories, anomaly count. Segments are numbered by descending revenue,
 * then size (ids 0..k-1, keys S1..Sk); density noise is id -1, key "noise", listed last.
 */
import type { FeatureDefinition, SegmentProfile, TopValue } from '../result/index.js';
import { medianOfSorted } from './preprocess.js';
import type { RfmScores } from './rfm.js';
import { RFM_SEGMENT_NAMES } from './rfm-segments.js';
import type { CustomerFeatures, Labels } from './types.js';

const TOP_VALUES = 5;

export interface SegmentOrder {
  /** Final segment id per customer (-1 = noise). */
  segment: Int32Array;
  /** rawLabel[id] = the model's label of final segment id. */
  rawLabel: number[];
  hasNoise: boolean;
}

/** Renumbers the model's labels by descending revenue (or size when there is no money), then size. */
export function orderSegments(labels: Labels, revenue: Float64Array | null): SegmentOrder {
  const size = new Map<number, number>();
  const money = new Map<number, number>();
  let hasNoise = false;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l < 0) {
      hasNoise = true;
      continue;
    }
    size.set(l, (size.get(l) ?? 0) + 1);
    money.set(l, (money.get(l) ?? 0) + (revenue ? revenue[i] : 0));
  }
  const rawLabel = [...size.keys()].sort((a, b) => money.get(b)! - money.get(a)! || size.get(b)! - size.get(a)! || a - b);
  const finalOf = new Map(rawLabel.map((raw, id) => [raw, id]));
  const segment = Int32Array.from(labels, (l) => (l < 0 ? -1 : finalOf.get(l)!));
  return { segment, rawLabel, hasNoise };
}

export interface ProfileInput {
  data: CustomerFeatures;
  features: FeatureDefinition[];
  rawValues: Map<string, Float64Array>;
  order: SegmentOrder;
  anomalous: Uint8Array;
  rfm: RfmScores | null;
}

/** Customer indices per segment id, ascending, by one counting pass (no array growth per customer). */
function membersBySegment(segment: Int32Array, ids: number[]): Map<number, Int32Array> {
  const counts = new Map<number, number>(ids.map((id) => [id, 0]));
  for (const s of segment) counts.set(s, counts.get(s)! + 1);
  const lists = new Map(ids.map((id) => [id, new Int32Array(counts.get(id)!)]));
  const filled = new Map<number, number>(ids.map((id) => [id, 0]));
  for (let i = 0; i < segment.length; i++) {
    const s = segment[i];
    const at = filled.get(s)!;
    lists.get(s)![at] = i;
    filled.set(s, at + 1);
  }
  return lists;
}

function mean(values: Float64Array): number {
  let sum = 0;
  let count = 0;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    sum += v;
    count++;
  }
  return count ? sum / count : 0;
}

function topValues(codes: Int32Array, levels: string[], members: Int32Array, population: Float64Array): TopValue[] {
  const counts = new Float64Array(levels.length);
  for (const i of members) if (codes[i] >= 0) counts[codes[i]]++;
  return levels
    .map((value, code) => ({ value, code, customers: counts[code] }))
    .filter((t) => t.customers > 0)
    .sort((a, b) => b.customers - a.customers || a.code - b.code)
    .slice(0, TOP_VALUES)
    .map(({ value, code, customers }) => {
      const share = customers / members.length;
      return { value, customers, share, lift: population[code] > 0 ? share / population[code] : null };
    });
}

function populationShares(codes: Int32Array, levels: number): Float64Array {
  const shares = new Float64Array(levels);
  for (const c of codes) if (c >= 0) shares[c]++;
  for (let c = 0; c < levels; c++) shares[c] /= codes.length;
  return shares;
}

function rfmMix(rfm: RfmScores, members: Int32Array): Pick<SegmentProfile, 'rfmCode' | 'rfmCodeShare' | 'rfmSegments'> {
  const codeCounts = new Map<number, number>();
  const nameCounts = new Float64Array(RFM_SEGMENT_NAMES.length);
  for (const i of members) {
    codeCounts.set(rfm.code[i], (codeCounts.get(rfm.code[i]) ?? 0) + 1);
    nameCounts[rfm.segment[i]]++;
  }
  // Most common code; ties go to the higher code (the better-scored customers), deterministic either way.
  const [code, count] = [...codeCounts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  const rfmSegments = RFM_SEGMENT_NAMES.map((name, g) => ({ name, g, share: nameCounts[g] / members.length }))
    .filter((s) => s.share > 0)
    .sort((a, b) => b.share - a.share || a.g - b.g)
    .map(({ name, share }) => ({ name, share }));
  return { rfmCode: String(code), rfmCodeShare: count / members.length, rfmSegments };
}

/** Profiles in output order (S1..Sk, then noise); `name` is left empty for naming.ts. */
export function profileSegments(input: ProfileInput): SegmentProfile[] {
  const { data, features, rawValues, order, anomalous, rfm } = input;
  const n = data.customerIds.length;
  const ids = [...order.rawLabel.keys(), ...(order.hasNoise ? [-1] : [])];
  const memberLists = membersBySegment(order.segment, ids);
  let totalRevenue = 0;
  if (data.revenue) for (const v of data.revenue) totalRevenue += v;
  const country = data.categorical.find((c) => c.name.toLowerCase() === 'country');
  const others = data.categorical.filter((c) => c !== country);
  const populations = new Map(data.categorical.map((c) => [c.name, populationShares(c.codes, c.levels.length)]));
  return ids.map((id) => {
    const members = memberLists.get(id)!;
    const size = members.length;
    let revenue: number | null = null;
    if (data.revenue) {
      revenue = 0;
      for (const i of members) revenue += data.revenue[i];
    }
    const gathered = new Float64Array(size);
    const stats = features.map((f) => {
      const values = rawValues.get(f.name)!;
      let kept = 0;
      for (const i of members) if (!Number.isNaN(values[i])) gathered[kept++] = values[i];
      const picked = gathered.subarray(0, kept);
      const segMean = mean(picked);
      picked.sort();
      return {
        feature: f.name,
        mean: segMean,
        median: medianOfSorted(picked),
        lift: f.mean !== 0 ? segMean / f.mean : null,
        z: f.std > 0 ? (segMean - f.mean) / f.std : 0,
      };
    });
    let anomalies = 0;
    for (const i of members) anomalies += anomalous[i];
    return {
      id,
      key: id < 0 ? 'noise' : `S${id + 1}`,
      name: '',
      isNoise: id < 0,
      size,
      share: size / n,
      revenue,
      revenueShare: revenue === null ? null : totalRevenue !== 0 ? revenue / totalRevenue : 0,
      features: stats,
      ...(rfm && size > 0 ? rfmMix(rfm, members) : { rfmCode: null, rfmCodeShare: null, rfmSegments: [] }),
      topCountries: country ? topValues(country.codes, country.levels, members, populations.get(country.name)!) : [],
      topProducts: [],
      topCategories: Object.fromEntries(others.map((c) => [c.name, topValues(c.codes, c.levels, members, populations.get(c.name)!)])),
      anomalies,
    };
  });
}
