/**
 * Deterministic descriptive segment names from the profile, no LLM: for transaction data from
 * value, frequency and recency ("High-value frequent buyers", "Lapsed one-time buyers", "Recent
 * newcomers"); for customer tables from the two most distinctive features ("High Income, low
 * Recency"). Names are unique within a run: clashes get the next most distinctive feature, then the key.
 */
import type { FeatureDefinition, FeatureStat, SegmentProfile } from '../result/index.js';

/** |z| at which a segment counts as clearly above or below the population. */
const DISTINCT_Z = 0.5;

function stat(profile: SegmentProfile, name: string): FeatureStat | undefined {
  return profile.features.find((f) => f.feature === name);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The RFM-based name, or null when the profile has no recency/frequency/monetary. */
function transactionName(profile: SegmentProfile): string | null {
  const recency = stat(profile, 'recency_days');
  const frequency = stat(profile, 'frequency');
  const monetary = stat(profile, 'monetary');
  if (!recency || !frequency || !monetary) return null;
  const recent = recency.z <= -DISTINCT_Z;
  const lapsed = recency.z >= DISTINCT_Z;
  const oneTime = frequency.median <= 1;
  const value = monetary.z >= DISTINCT_Z ? 'high-value' : monetary.z <= -DISTINCT_Z * 0.8 ? 'low-value' : 'mid-value';
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
function featurePhrases(profile: SegmentProfile, definitions: Map<string, FeatureDefinition>, skip: Set<string>): string[] {
  return profile.features
    .filter((f) => !skip.has(f.feature) && Math.abs(f.z) >= DISTINCT_Z / 2)
    .sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || a.feature.localeCompare(b.feature))
    .map((f) => {
      const def = definitions.get(f.feature);
      const label = def?.label ?? f.feature;
      if (def?.kind === 'onehot') return f.z > 0 ? `mostly ${label}` : `few ${label}`;
      return `${direction(f.z)} ${label}`;
    });
}

function tableName(profile: SegmentProfile, definitions: Map<string, FeatureDefinition>): string {
  const phrases = featurePhrases(profile, definitions, new Set()).slice(0, 2);
  return phrases.length ? capitalize(phrases.join(', ')) : 'Typical customers';
}

const RFM_FEATURES = new Set(['recency_days', 'frequency', 'monetary']);

/** Returns the profiles with `name` set, unique within the run. */
export function nameSegments(profiles: SegmentProfile[], definitions: FeatureDefinition[]): SegmentProfile[] {
  const byName = new Map(definitions.map((d) => [d.name, d]));
  const named = profiles.map((p) => {
    if (p.isNoise) return { ...p, name: 'Unclustered outliers' };
    return { ...p, name: transactionName(p) ?? tableName(p, byName) };
  });
  // Clashes: add the next most distinctive feature not already in the name, then the key.
  const used = (p: SegmentProfile) => (transactionName(p) !== null ? RFM_FEATURES : new Set(featurePhrasesUsed(p)));
  const featurePhrasesUsed = (p: SegmentProfile) =>
    [...p.features].sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || a.feature.localeCompare(b.feature)).slice(0, 2).map((f) => f.feature);
  for (const pass of ['feature', 'key'] as const) {
    const counts = new Map<string, number>();
    for (const p of named) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
    for (const p of named) {
      if (counts.get(p.name)! < 2) continue;
      if (pass === 'feature') {
        const extra = featurePhrases(p, byName, used(p))[0];
        if (extra) p.name = `${p.name}, ${extra}`;
      } else p.name = `${p.name} (${p.key})`;
    }
  }
  return named;
}
