/**
 * Deterministic descriptive segment names from the profile, no LLM: for transaction data from
 * value, frequency and recency ("High-value frequent buyers", "Lapsed one-time buyers", "Recent
 * newcomers"); for customer tables from the two most distinctive features ("High income, low
 * recency"). Names are unique within a run: clashes get the next most distinctive feature, then the key.
 *
 * "Distinctive" is judged on the segment's centroid in the standardized clustering space (log1p
 * then z-scored) where one exists: on the raw scale a few huge spenders inflate the population's
 * mean and std so much that a segment holding 80% of revenue can look "mid-value".
 */
import type { FeatureDefinition, FeatureStat, SegmentProfile } from '../../result/index.js';

/** |z| at which a segment counts as clearly above or below the population. */
const DISTINCT_Z = 0.5;
/** Mean spend at least 1.5× the average customer's is high value; at most half of it, low. */
const HIGH_VALUE_LIFT = 1.5;
const LOW_VALUE_LIFT = 0.5;

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
  // Value is what marketers mean by it: spend per customer against the average customer (lift).
  const value =
    monetary.lift === null
      ? monetary.z >= DISTINCT_Z ? 'high-value' : monetary.z <= -DISTINCT_Z ? 'low-value' : 'mid-value'
      : monetary.lift >= HIGH_VALUE_LIFT ? 'high-value' : monetary.lift <= LOW_VALUE_LIFT ? 'low-value' : 'mid-value';
  if (recent && oneTime) return value === 'high-value' ? 'Recent high-value newcomers' : 'Recent newcomers';
  const noun = oneTime ? 'one-time buyers' : frequency.z >= DISTINCT_Z ? 'frequent buyers' : 'occasional buyers';
  // Lapsing is the news for any segment; being recent is only news for newcomers (good customers are recent anyway).
  if (lapsed) return capitalize(`lapsed ${value === 'high-value' ? 'high-value ' : ''}${noun}`);
  return capitalize(`${value} ${noun}`);
}

/** A label mid-phrase: "Spend on wines" → "spend on wines", "Income" → "income"; "PhD", "NumDeals" and "Education: PhD" stay. */
function midPhrase(label: string): string {
  const first = label.split(/\s/, 1)[0];
  return /^[A-Z][a-z]*$/.test(first) ? label[0].toLowerCase() + label.slice(1) : label;
}

function direction(z: number): string {
  return z > 0 ? 'high' : 'low';
}

/**
 * "high Income" / "mostly Education: PhD"-style phrases, most distinctive first. A one-hot column
 * only speaks when over-represented, once per categorical column ("few Basic" next to "mostly PhD"
 * says nothing new).
 */
function featurePhrases(features: FeatureStat[], definitions: Map<string, FeatureDefinition>, skip: Set<string>): string[] {
  const columnsUsed = new Set<string>();
  const phrases: string[] = [];
  const ordered = features
    .filter((f) => !skip.has(f.feature) && Math.abs(f.z) >= DISTINCT_Z / 2)
    .sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || a.feature.localeCompare(b.feature));
  for (const f of ordered) {
    const def = definitions.get(f.feature);
    const label = def?.label ?? f.feature;
    if (def?.kind === 'onehot') {
      const column = f.feature.split('=')[0];
      if (f.z < 0 || columnsUsed.has(column)) continue;
      columnsUsed.add(column);
      phrases.push(`mostly ${label}`);
    } else phrases.push(`${direction(f.z)} ${midPhrase(label)}`);
  }
  return phrases;
}

function tableName(features: FeatureStat[], definitions: Map<string, FeatureDefinition>): string {
  const phrases = featurePhrases(features, definitions, new Set()).slice(0, 2);
  return phrases.length ? capitalize(phrases.join(', ')) : 'Typical customers';
}

/** Words for "more"/"less" of the RFM features when two segments share a name. */
const CONTRAST: Record<string, [string, string]> = {
  monetary: ['bigger spenders', 'smaller spenders'],
  frequency: ['more frequent', 'less frequent'],
  recency_days: ['less recent', 'more recent'],
};

/**
 * Qualifiers that tell same-named segments apart: the clustering feature whose centroid differs most
 * across the group, "higher"/"lower" (or the RFM words above) for its extremes.
 */
function contrastQualifiers(
  group: SegmentProfile[],
  stats: Map<number, FeatureStat[]>,
  definitions: Map<string, FeatureDefinition>,
  centroids: SegmentCentroids,
): Map<number, string> {
  // Compare on the clustering features when the centroids are known: all on one (standardized) scale.
  const clustering = centroids.get(group[0].id);
  const features = clustering ? [...clustering.keys()] : stats.get(group[0].id)!.map((f) => f.feature);
  let best: { feature: string; range: number } | null = null;
  for (const feature of features) {
    const values = group.map((p) => stats.get(p.id)!.find((f) => f.feature === feature)!.z);
    const range = Math.max(...values) - Math.min(...values);
    if (!best || range > best.range + 1e-12) best = { feature, range };
  }
  const out = new Map<number, string>();
  if (!best || best.range === 0) return out;
  const feature = best.feature;
  const z = (p: SegmentProfile) => stats.get(p.id)!.find((f) => f.feature === feature)!.z;
  const sorted = [...group].sort((a, b) => z(b) - z(a));
  const label = definitions.get(feature)?.label ?? feature;
  const [more, less] = CONTRAST[feature] ?? [`higher ${midPhrase(label)}`, `lower ${midPhrase(label)}`];
  out.set(sorted[0].id, more);
  out.set(sorted[sorted.length - 1].id, less);
  return out;
}

/** Returns the profiles with `name` set, unique within the run. */
export function nameSegments(profiles: SegmentProfile[], definitions: FeatureDefinition[], centroids: SegmentCentroids = new Map()): SegmentProfile[] {
  const byName = new Map(definitions.map((d) => [d.name, d]));
  const stats = new Map(profiles.map((p) => [p.id, distinctiveStats(p, centroids)]));
  const named = profiles.map((p) => {
    if (p.isNoise) return { ...p, name: 'Unclustered outliers' };
    const features = stats.get(p.id)!;
    return { ...p, name: transactionName(features) ?? tableName(features, byName) };
  });
  // Clashes: qualify by what differs most within the group, then (3+ alike) by the key.
  for (const pass of ['contrast', 'key'] as const) {
    const groups = new Map<string, SegmentProfile[]>();
    for (const p of named) if (!p.isNoise) groups.set(p.name, [...(groups.get(p.name) ?? []), p]);
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const qualifiers = pass === 'contrast' ? contrastQualifiers(group, stats, byName, centroids) : new Map(group.map((p) => [p.id, p.key]));
      for (const p of group) {
        const q = qualifiers.get(p.id);
        if (q) p.name = `${p.name} (${q})`;
      }
    }
  }
  return named;
}
