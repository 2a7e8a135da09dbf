/**
 * Segment profiles: size, revenue, raw-scale means and medians with lift and z against the whole
 * population, RFM mix, top categories, anomaly count. Segments are numbered by descending revenue,
 * then size (ids 0..k-1, keys S1..Sk); density noise is id -1, key "noise", listed last.
 */
import type { FeatureDefinition, SegmentProfile, TopValue } from '../../result/index.js';
import { medianInPlace } from '../features/preprocess.js';
import type { RfmScores } from '../features/rfm.js';
import { RFM_SEGMENT_NAMES } from '../features/rfm-segments.js';
import type { CustomerFeatures, Labels } from '../types.js';

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
  let maxLabel = -1;
  for (let i = 0; i < labels.length; i++) if (labels[i] > maxLabel) maxLabel = labels[i];
  const size = new Float64Array(maxLabel + 1);
  const money = new Float64Array(maxLabel + 1);
  let hasNoise = false;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l < 0) {
      hasNoise = true;
      continue;
    }
    size[l]++;
    money[l] += revenue ? revenue[i] : 0;
  }
  const present = Array.from({ length: maxLabel + 1 }, (_, l) => l).filter((l) => size[l] > 0);
  const rawLabel = present.sort((a, b) => money[b] - money[a] || size[b] - size[a] || a - b);
  const finalOf = new Int32Array(maxLabel + 1).fill(-1);
  rawLabel.forEach((raw, id) => (finalOf[raw] = id));
  const segment = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) segment[i] = labels[i] < 0 ? -1 : finalOf[labels[i]];
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

/** Customer indices per segment id (0..k-1, -1 = noise), ascending, by one counting pass (no array growth per customer). */
function membersBySegment(segment: Int32Array, ids: number[]): Map<number, Int32Array> {
  // Slot id + 1, so that noise (-1) is slot 0.
  const slots = Math.max(0, ...ids) + 2;
  const counts = new Int32Array(slots);
  for (let i = 0; i < segment.length; i++) counts[segment[i] + 1]++;
  const lists = Array.from({ length: slots }, (_, slot) => new Int32Array(counts[slot]));
  const filled = new Int32Array(slots);
  for (let i = 0; i < segment.length; i++) {
    const slot = segment[i] + 1;
    lists[slot][filled[slot]++] = i;
  }
  return new Map(ids.map((id) => [id, lists[id + 1]]));
}

function mean(values: Float64Array): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    sum += v;
    count++;
  }
  return count ? sum / count : 0;
}

function topValues(codes: Int32Array, levels: string[], members: Int32Array, population: Float64Array): TopValue[] {
  const counts = new Float64Array(levels.length);
  for (let m = 0; m < members.length; m++) {
    const code = codes[members[m]];
    if (code >= 0) counts[code]++;
  }
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

/** Codes are 3 digits of 1..5 (111..555). */
const RFM_CODE_LIMIT = 1000;

function rfmMix(rfm: RfmScores, members: Int32Array): Pick<SegmentProfile, 'rfmCode' | 'rfmCodeShare' | 'rfmSegments'> {
  const codeCounts = new Int32Array(RFM_CODE_LIMIT);
  const nameCounts = new Float64Array(RFM_SEGMENT_NAMES.length);
  for (let m = 0; m < members.length; m++) {
    const i = members[m];
    codeCounts[rfm.code[i]]++;
    nameCounts[rfm.segment[i]]++;
  }
  // Most common code; ties go to the higher code (the better-scored customers), deterministic either way.
  let code = 0;
  for (let c = 1; c < RFM_CODE_LIMIT; c++) if (codeCounts[c] >= codeCounts[code] && codeCounts[c] > 0) code = c;
  const count = codeCounts[code];
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
      for (let m = 0; m < size; m++) revenue += data.revenue[members[m]];
    }
    const gathered = new Float64Array(size);
    const stats = features.map((f) => {
      const values = rawValues.get(f.name)!;
      let kept = 0;
      for (let m = 0; m < size; m++) {
        const v = values[members[m]];
        if (!Number.isNaN(v)) gathered[kept++] = v;
      }
      const picked = gathered.subarray(0, kept);
      const segMean = mean(picked);
      let squares = 0;
      for (let m = 0; m < kept; m++) squares += (picked[m] - segMean) ** 2;
      return {
        feature: f.name,
        mean: segMean,
        median: medianInPlace(picked),
        lift: f.mean !== 0 ? segMean / f.mean : null,
        z: f.std > 0 ? (segMean - f.mean) / f.std : 0,
        std: kept > 1 ? Math.sqrt(squares / (kept - 1)) : 0,
      };
    });
    let anomalies = 0;
    for (let m = 0; m < size; m++) anomalies += anomalous[members[m]];
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
