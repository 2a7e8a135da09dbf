/**
 * Deterministic descriptive segment names from the profile, no LLM: for transaction data from
 * value, frequency and recency ("High-value frequent buyers", "Lapsed one-time buyers", "Recent
 * newcomers"); for customer tables from the two most distinctive features ("High Income, low
 * Recency"). Names are unique within a run: clashes get the next most distinctive feature, then the key.
 *
 * "Distinctive" is judged on the segment's centroid in the standardized clustering space (log1p
 * then z-scored) where one exists: on the raw scale a few huge spenders inflate the population's
 * mean and std so much that a segment holding 80% of revenue can look "mid-value".
 */
import type { FeatureDefinition, FeatureStat, SegmentProfile } from '../result/index.js';

/** |z| at which a segment counts as clearly above or below the population. */
const DISTINCT_Z = 0.5;

/** Standardized centroid per segment id: feature name -> mean z in the clustering space. */
export type SegmentCentroids = Map<number, Map<string, number>>;

/** The profile's stats with z replaced by the clustering-space centroid where there is one. */
function distinctiveStats(profile: SegmentProfile, centroids: SegmentCentroids): FeatureStat[] {
  const centroid = centroids.get(profile.id);
  return profile.features.map((f) => {
    const z = centroid?.get(f.feature);
    return z === undefined ? f : { ...f, z };
  });
}

function stat(features: FeatureStat[], name: string): FeatureStat | undefined {
  return features.find((f) => f.feature === name);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The RFM-based name, or null when the profile has no recency/frequency/monetary. */
function transactionName(features: FeatureStat[]): string | null {
  const recency = stat(features, 'recency_days');
  const frequency = stat(features, 'frequency');
  const monetary = stat(features, 'monetary');
  if (!recency || !frequency || !monetary) return null;
  const recent = recency.z <= -DISTINCT_Z;
  const lapsed = recency.z >= DISTINCT_Z;
  const oneTime = frequency.median <= 1;
  const value = monetary.z >= DISTINCT_Z ? 'high-value' : monetary.z <= -DISTINCT_Z ? 'low-value' : 'mid-value';
  if (recent && oneTime) return value === 'high-value' ? 'Recent high-value newcomers' : 'Recent newcomers';
  const noun = oneTime ? 'one-time buyers' : frequency.z >= DISTINCT_Z ? 'frequent buyers' : 'occasional buyers';
  // Lapsing is the news for any segment; being recent is only news for newcomers (good customers are recent anyway).
  if (lapsed) return capitalize(`lapsed ${value === 'high-value' ? 'high-value ' : ''}${noun}`);
  return capitalize(`${value} ${noun}`);
}

function direction(z: number): string {
  return z > 0 ? 'high' : 'low';
}

/** "high Income" / "mostly Education: PhD"-style phrases for a feature, most distinctive first. */
function featurePhrases(features: FeatureStat[], definitions: Map<string, FeatureDefinition>, skip: Set<string>): string[] {
  return features
    .filter((f) => !skip.has(f.feature) && Math.abs(f.z) >= DISTINCT_Z / 2)
    .sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || a.feature.localeCompare(b.feature))
    .map((f) => {
      const def = definitions.get(f.feature);
      const label = def?.label ?? f.feature;
      if (def?.kind === 'onehot') return f.z > 0 ? `mostly ${label}` : `few ${label}`;
      return `${direction(f.z)} ${label}`;
    });
}

function tableName(features: FeatureStat[], definitions: Map<string, FeatureDefinition>): string {
  const phrases = featurePhrases(features, definitions, new Set()).slice(0, 2);
  return phrases.length ? capitalize(phrases.join(', ')) : 'Typical customers';
}

const RFM_FEATURES = new Set(['recency_days', 'frequency', 'monetary']);

/** Returns the profiles with `name` set, unique within the run. */
export function nameSegments(profiles: SegmentProfile[], definitions: FeatureDefinition[], centroids: SegmentCentroids = new Map()): SegmentProfile[] {
  const byName = new Map(definitions.map((d) => [d.name, d]));
  const stats = new Map(profiles.map((p) => [p.id, distinctiveStats(p, centroids)]));
  const named = profiles.map((p) => {
    if (p.isNoise) return { ...p, name: 'Unclustered outliers' };
    const features = stats.get(p.id)!;
    return { ...p, name: transactionName(features) ?? tableName(features, byName) };
  });
  // Clashes: add the next most distinctive feature not already in the name, then the key.
  const inName = (features: FeatureStat[]) =>
    transactionName(features) !== null
      ? RFM_FEATURES
      : new Set([...features].sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || a.feature.localeCompare(b.feature)).slice(0, 2).map((f) => f.feature));
  for (const pass of ['feature', 'key'] as const) {
    const counts = new Map<string, number>();
    for (const p of named) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
    for (const p of named) {
      if (counts.get(p.name)! < 2 || p.isNoise) continue;
      if (pass === 'feature') {
        const features = stats.get(p.id)!;
        const extra = featurePhrases(features, byName, inName(features))[0];
        if (extra) p.name = `${p.name}, ${extra}`;
      } else p.name = `${p.name} (${p.key})`;
    }
  }
  return named;
}
