/**
 * Seeded stratified sampling of customers for the segment map: a scatter of a million points
 * is unreadable and slow, and the same seed must draw the same points (byte-identical PNGs).
 */

/** mulberry32: small, fast, seeded; good enough to pick which points to draw (not used for statistics). */
export function seededUniform(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Smallest number of points a non-empty stratum keeps, so that small segments stay visible. */
const MIN_PER_STRATUM = 25;

/** Proportional quotas with a floor per stratum, trimmed from the largest strata so that the total never exceeds maxPoints. */
function allocate(sizes: number[], maxPoints: number, n: number): number[] {
  const quotas = sizes.map((size) => Math.min(size, Math.max(MIN_PER_STRATUM, Math.floor((maxPoints * size) / n))));
  let total = quotas.reduce((a, b) => a + b, 0);
  while (total > maxPoints) {
    let largest = 0;
    for (let s = 1; s < quotas.length; s++) if (quotas[s] > quotas[largest]) largest = s;
    quotas[largest]--;
    total--;
  }
  return quotas;
}

/**
 * Picks at most `maxPoints` indices, sorted ascending, keeping every stratum's share (each
 * non-empty stratum keeps at least min(size, 25)). Strata are given per point as integers.
 */
export function stratifiedSample(strata: ArrayLike<number>, maxPoints: number, seed: number): Uint32Array {
  const n = strata.length;
  if (n <= maxPoints) return Uint32Array.from({ length: n }, (_, i) => i);
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const key = strata[i];
    let list = members.get(key);
    if (!list) members.set(key, (list = []));
    list.push(i);
  }
  const keys = [...members.keys()].sort((a, b) => a - b);
  const quotas = allocate(keys.map((k) => members.get(k)!.length), maxPoints, n);
  const random = seededUniform(seed);
  const picked: number[] = [];
  for (const [s, key] of keys.entries()) {
    const list = members.get(key)!;
    const quota = quotas[s];
    // Partial Fisher–Yates: the first `quota` slots become a uniform sample without replacement.
    for (let i = 0; i < quota; i++) {
      const j = i + Math.floor(random() * (list.length - i));
      [list[i], list[j]] = [list[j], list[i]];
      picked.push(list[i]);
    }
  }
  return Uint32Array.from(picked).sort();
}
