/**
 * The privacy firewall: the one function that builds what the LLM (and the offline narrator)
 * may see. It copies aggregates field by field from the segment profiles (a whitelist, so a
 * field added to the result later is not leaked by accident), withholds small segments, and
 * cleans every piece of free text from the data.
 */
import type { Currency, SegmentationResult, SegmentProfile, TopValue } from '../result/index.js';
import { BASELINE_LIFT, type ProfileFeature, type WithheldSegment } from './schema.js';
import { readableLabel } from './labels.js';
import { cleanUntrusted } from './untrusted.js';
import { designExperiment, type ExperimentDesign } from './experiment.js';

export const DEFAULT_MIN_SEGMENT_SIZE = 20;
/** A top value shared by fewer customers than this is left out: it could point at a person. */
export const MIN_VALUE_CUSTOMERS = 5;
/** One-hot columns (Education=PhD...) are many: only the most distinctive are passed on. */
const MAX_ONEHOT_PER_SEGMENT = 6;
const MAX_TOP_VALUES = 5;
const RFM_FEATURES = ['recency_days', 'frequency', 'monetary'];
// Feature names that would describe a person rather than a behaviour.
const PERSONAL_FEATURE = /(^|[_\s.-])(id|email|e-mail|name|phone|address|zip|postcode|postal)($|[_\s.=-])|customer|^invoice/i;

export interface PayloadValue { value: string; customers: number; share: number; lift: number | null }
export interface PayloadFeature {
  name: string;
  label: string;
  unit: string;
  mean: number;
  median: number;
  /** Segment mean / population mean. */
  lift: number | null;
  z: number;
}
export interface PayloadSegment {
  id: number;
  key: string;
  name: string;
  size: number;
  share: number;
  revenue: number | null;
  revenueShare: number | null;
  revenuePerCustomer: number | null;
  /** Revenue per customer against the population's. */
  revenuePerCustomerLift: number | null;
  features: PayloadFeature[];
  /** Where the segment sits along the first feature the tiers run along, when there are no clear clusters. */
  tier?: 'highest' | 'middle' | 'lowest';
  rfm: { code: string | null; codeShare: number | null; segments: Array<{ name: string; share: number }> } | null;
  topCountries: PayloadValue[];
  topProducts: PayloadValue[];
  topCategories: Record<string, PayloadValue[]>;
  anomalies: number;
  /** The A/B design the segment's own size, spend spread and purchase rate support; null when they are unknown. */
  experiment: ExperimentDesign | null;
  /** BG/NBD + Gamma-Gamma aggregates of the segment's repeat customers; absent when not fitted or when the model cannot separate active from lapsed customers. */
  lifetime?: PayloadLifetime | null;
}
export interface PayloadLifetime {
  repeatCustomers: number;
  /** Share of the repeat customers with P(alive) ≥ 0.5. */
  repeatProbablyActiveShare: number;
  purchaseDays: number;
  meanExpectedPurchases: number;
  horizonDays: number;
  meanClv: number | null;
}
export interface CampaignRules {
  baselineLift: number;
  holdoutShares: number[];
  testWeeks: number[];
  discountShares: number[];
}
export interface NarrativePayload {
  payloadVersion: 1;
  dataShape: 'tx' | 'customers';
  /** The amounts' currency, when the data names one: texts show amounts with its symbol. */
  currency?: Currency;
  period: { from: string | null; to: string | null };
  population: {
    customers: number;
    revenue: number | null;
    revenuePerCustomer: number | null;
    invoices: number | null;
    features: Array<{ name: string; label: string; unit: string; mean: number; median: number }>;
  };
  segments: PayloadSegment[];
  withheld: WithheldSegment[];
  /** The design constants a campaign may use: the only numbers not computed from the data. */
  campaignRules: CampaignRules;
  /**
   * No clear clusters (clear = false): the segments are tiers of one continuous range along these features
   * (labels), and each segment's `tier` says where it sits. Absent for results written before it existed.
   */
  structure?: { clear: boolean; tiersAlong: string[] };
}

export const CAMPAIGN_RULES: CampaignRules = {
  baselineLift: BASELINE_LIFT,
  holdoutShares: [0.1, 0.2],
  testWeeks: [4, 6, 8],
  discountShares: [0.1, 0.15, 0.2],
};

/** Numbers as the narrators should quote them: money whole above 1,000, otherwise 4 significant digits. */
export function tidy(value: number): number {
  if (!Number.isFinite(value)) return 0;
  if (Math.abs(value) >= 1000) return Math.round(value);
  const r = Number(value.toPrecision(4));
  return Object.is(r, -0) ? 0 : r;
}
const share = (v: number) => Math.round(v * 10_000) / 10_000;
const lift = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

function topValues(values: TopValue[]): PayloadValue[] {
  return values
    .filter((v) => v.customers >= MIN_VALUE_CUSTOMERS)
    .map((v) => ({ value: cleanUntrusted(v.value), customers: v.customers, share: share(v.share), lift: lift(v.lift) }))
    .slice(0, MAX_TOP_VALUES);
}

function segmentFeatures(profile: SegmentProfile, result: SegmentationResult): PayloadFeature[] {
  const definitions = new Map(result.features.map((f) => [f.name, f]));
  const usable = profile.features.filter((f) => !PERSONAL_FEATURE.test(f.feature) && Number.isFinite(f.mean));
  const isOnehot = (name: string) => definitions.get(name)?.kind === 'onehot';
  const rfm = usable.filter((f) => RFM_FEATURES.includes(f.feature));
  const numeric = usable.filter((f) => !RFM_FEATURES.includes(f.feature) && !isOnehot(f.feature));
  const onehot = usable
    .filter((f) => isOnehot(f.feature))
    .sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || a.feature.localeCompare(b.feature))
    .slice(0, MAX_ONEHOT_PER_SEGMENT);
  return [...rfm, ...numeric, ...onehot].map((f) => {
    const d = definitions.get(f.feature);
    return {
      name: cleanUntrusted(f.feature),
      label: cleanUntrusted(readableLabel(f.feature, d?.label ?? f.feature)),
      unit: d?.kind === 'onehot' ? 'share' : (d?.unit ?? 'none'),
      mean: tidy(f.mean),
      median: tidy(f.median),
      lift: lift(f.lift),
      z: Math.round(f.z * 100) / 100,
    };
  });
}

function experimentOf(profile: SegmentProfile): ExperimentDesign | null {
  const stat = (name: string) => profile.features.find((f) => f.feature === name);
  const spend = stat('monetary');
  return designExperiment(
    {
      size: profile.size,
      spendMean: spend?.mean ?? null,
      spendStd: spend?.std ?? null,
      ordersPerCustomer: stat('frequency')?.mean ?? null,
      ordersStd: stat('frequency')?.std ?? null,
      tenureDays: stat('tenure_days')?.mean ?? null,
    },
    CAMPAIGN_RULES.holdoutShares,
  );
}

function withheldReason(profile: SegmentProfile, minSegmentSize: number): string | null {
  if (profile.isNoise) return 'density noise: customers that fit no segment are not described as a group';
  if (profile.size < minSegmentSize) return `fewer than ${minSegmentSize} customers: too few to describe without pointing at individuals`;
  return null;
}

/** A feature defines a segment when its mean sits at least this many population standard deviations off. */
export const PROFILE_MIN_Z = 0.5;
const MAX_PROFILE_FEATURES = 8;

/**
 * The features that define a segment and by how much (lift and z, as the engine computed them),
 * most distinctive first: the profile the creepiness review reads for Segbot's own campaigns, so a
 * segment built from recency, frequency and spend is known to be safe, and one built from a
 * sensitive column is not. Both narrators attach it to the segment they write.
 */
export function segmentProfile(segment: PayloadSegment): ProfileFeature[] {
  return segment.features
    .filter((f) => Math.abs(f.z) >= PROFILE_MIN_Z)
    .sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || a.name.localeCompare(b.name))
    .slice(0, MAX_PROFILE_FEATURES)
    .map((f) => ({ feature: f.name, label: f.label, lift: f.lift, z: f.z }));
}

/** Builds the aggregate payload, the only view of the data that narrators get. */
export function buildNarrativePayload(result: SegmentationResult, options: { minSegmentSize?: number } = {}): NarrativePayload {
  const minSegmentSize = options.minSegmentSize ?? DEFAULT_MIN_SEGMENT_SIZE;
  const populationPerCustomer = result.totals.revenue === null || result.totals.customers === 0 ? null : result.totals.revenue / result.totals.customers;
  const segments: PayloadSegment[] = [];
  const withheld: WithheldSegment[] = [];
  for (const profile of result.segments) {
    const reason = withheldReason(profile, minSegmentSize);
    if (reason) {
      withheld.push({ segmentId: profile.id, segmentKey: profile.key, segmentName: profile.name, size: profile.size, reason });
      continue;
    }
    segments.push({
      id: profile.id,
      key: profile.key,
      name: cleanUntrusted(profile.name, 80),
      size: profile.size,
      share: share(profile.share),
      revenue: profile.revenue === null ? null : tidy(profile.revenue),
      revenueShare: profile.revenueShare === null ? null : share(profile.revenueShare),
      revenuePerCustomer: profile.revenue === null || profile.size === 0 ? null : tidy(profile.revenue / profile.size),
      revenuePerCustomerLift:
        profile.revenue === null || profile.size === 0 || !populationPerCustomer ? null : lift(profile.revenue / profile.size / populationPerCustomer),
      features: segmentFeatures(profile, result),
      rfm: profile.rfmCode === null && profile.rfmSegments.length === 0
        ? null
        : {
            code: profile.rfmCode === null ? null : cleanUntrusted(profile.rfmCode, 8),
            codeShare: profile.rfmCodeShare === null ? null : share(profile.rfmCodeShare),
            segments: profile.rfmSegments.slice(0, 3).map((s) => ({ name: cleanUntrusted(s.name), share: share(s.share) })),
          },
      topCountries: topValues(profile.topCountries),
      topProducts: topValues(profile.topProducts),
      topCategories: Object.fromEntries(
        Object.entries(profile.topCategories)
          .filter(([column]) => !PERSONAL_FEATURE.test(column))
          .map(([column, values]) => [cleanUntrusted(readableLabel(column, column)), topValues(values)]),
      ),
      anomalies: profile.anomalies,
      lifetime: payloadLifetime(result, profile),
      experiment: experimentOf(profile),
    });
  }
  const structure = result.selection.structure;
  if (structure && !structure.clear && structure.axis.length > 0) {
    const along = structure.axis[0];
    const position = (seg: PayloadSegment) => result.segments.find((p) => p.id === seg.id)?.features.find((f) => f.feature === along)?.z;
    const placed = segments.filter((seg) => position(seg) !== undefined).sort((a, b) => position(b)! - position(a)!);
    placed.forEach((seg, i) => (seg.tier = i === 0 ? 'highest' : i === placed.length - 1 ? 'lowest' : 'middle'));
  }
  const labelOf = (name: string) => {
    const f = result.features.find((x) => x.name === name);
    return cleanUntrusted(readableLabel(name, f?.label ?? name));
  };
  return {
    ...(structure ? { structure: { clear: structure.clear, tiersAlong: structure.axis.map(labelOf) } } : {}),
    payloadVersion: 1,
    dataShape: result.input.shape,
    ...(result.input.currency ? { currency: result.input.currency } : {}),
    period: { from: result.input.firstDate?.slice(0, 10) ?? null, to: result.input.lastDate?.slice(0, 10) ?? null },
    population: {
      customers: result.totals.customers,
      revenue: result.totals.revenue === null ? null : tidy(result.totals.revenue),
      revenuePerCustomer: populationPerCustomer === null ? null : tidy(populationPerCustomer),
      invoices: result.totals.invoices,
      features: result.features
        .filter((f) => f.kind === 'numeric' && !PERSONAL_FEATURE.test(f.name))
        .map((f) => ({ name: cleanUntrusted(f.name), label: cleanUntrusted(readableLabel(f.name, f.label)), unit: f.unit, mean: tidy(f.mean), median: tidy(f.median) })),
    },
    segments,
    withheld,
    campaignRules: CAMPAIGN_RULES,
  };
}

/** The part of the payload one segment's request carries: that segment in full, the others by name and size. */
export interface SegmentRequestPayload extends Omit<NarrativePayload, 'segments' | 'withheld'> {
  segment: PayloadSegment;
  otherSegments: Array<{ key: string; name: string; size: number; share: number }>;
}

export function segmentRequestPayload(payload: NarrativePayload, key: string): SegmentRequestPayload {
  const segment = payload.segments.find((s) => s.key === key);
  if (!segment) throw new Error(`segment ${key} is not in the narrative payload`);
  const { segments, withheld: _withheld, ...common } = payload;
  return {
    ...common,
    segment,
    otherSegments: segments.filter((s) => s.key !== key).map((s) => ({ key: s.key, name: s.name, size: s.size, share: s.share })),
  };
}

/** The lifetime figures a persona may quote: only with a fit that separates active from lapsed customers, and enough repeat customers. */
function payloadLifetime(result: SegmentationResult, profile: SegmentationResult['segments'][number]): PayloadLifetime | null {
  const life = result.lifetime;
  const seg = profile.lifetime;
  if (life?.status !== 'fitted' || !life.bgnbd || !seg || seg.repeatProbablyActiveShare === null) return null;
  if (!life.separatesActive || seg.repeatCustomers < 20) return null;
  return {
    repeatCustomers: seg.repeatCustomers,
    repeatProbablyActiveShare: share(seg.repeatProbablyActiveShare),
    purchaseDays: life.purchaseDays,
    meanExpectedPurchases: Number(seg.meanExpectedPurchases.toFixed(2)),
    horizonDays: life.horizonDays,
    meanClv: seg.meanClv === null ? null : tidy(seg.meanClv),
  };
}
