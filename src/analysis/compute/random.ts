/**
 * The one source of randomness in analysis: seeded, so the same seed gives the same bytes.
 * Generator: xoroshiro128+ from `pure-rand`, its 128-bit state filled from the seed by splitmix32
 * (pure-rand's own seeding leaves early outputs of nearby seeds correlated).
 */
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { AnalysisError } from '../../errors.js';

/** A seeded stream of random numbers. Mutable: each call advances it. */
export interface Rng {
  /** Uniform in [0, 1), 53 random bits. */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Standard normal (mean 0, sd 1), Box–Muller. */
  normal(): number;
}

/** Seeds are integers in the safe range; anything else is a caller bug worth a clear message. */
export function assertSeed(seed: number, context = 'seed'): void {
  if (!Number.isSafeInteger(seed)) {
    throw new AnalysisError('BAD_SEED', `${context} must be an integer, got ${String(seed)}. Pass --seed N with a whole number.`);
  }
}

/** murmur3's finaliser: spreads every input bit over the 32-bit output. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Folds a safe integer (up to 2^53) into 32 bits using both halves. */
function fold53(seed: number): number {
  const low = seed % 0x100000000 | 0;
  const high = Math.floor(seed / 0x100000000) | 0;
  return fmix32(low ^ fmix32(high + 0x9e3779b9));
}

export function createRng(seed: number): Rng {
  assertSeed(seed);
  // splitmix32 fills the four state words; an all-zero state is impossible after fmix of distinct counters.
  let s = fold53(seed);
  const words: number[] = [];
  for (let i = 0; i < 4; i++) {
    s = (s + 0x9e3779b9) | 0;
    words.push(fmix32(s));
  }
  const generator = xoroshiro128plusFromState(words);
  let spareNormal: number | null = null;
  const next = () => uniformFloat64(generator);
  return {
    next,
    int(n: number): number {
      // 53-bit float times n: bias below 2^-21 for any n < 2^32, far under sampling noise.
      return Math.floor(next() * n);
    },
    normal(): number {
      if (spareNormal !== null) {
        const value = spareNormal;
        spareNormal = null;
        return value;
      }
      const u = 1 - next(); // (0, 1]: log(0) never happens
      const v = next();
      const radius = Math.sqrt(-2 * Math.log(u));
      spareNormal = radius * Math.sin(2 * Math.PI * v);
      return radius * Math.cos(2 * Math.PI * v);
    },
  };
}

/**
 * An independent seed for a sub-task, e.g. deriveSeed(seed, 'kmeans', k, restart).
 * Changing one label changes the whole stream; the result is a non-negative 32-bit integer.
 */
export function deriveSeed(seed: number, ...labels: (string | number)[]): number {
  assertSeed(seed);
  let h = fold53(seed);
  for (const label of labels) {
    if (typeof label === 'number') {
      h = fmix32(h ^ fold53(Number.isSafeInteger(label) ? label : Math.round(label * 1e6)));
    } else {
      // FNV-1a over UTF-16 code units, then mixed into the running hash.
      let f = 0x811c9dc5;
      for (let i = 0; i < label.length; i++) f = Math.imul(f ^ label.charCodeAt(i), 0x01000193);
      h = fmix32(h ^ fmix32(f ^ label.length));
    }
    h = fmix32(h + 0x9e3779b9);
  }
  return h >>> 0;
}

function assertCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0 || n > 0x7fffffff) {
    throw new AnalysisError('BAD_ARGUMENT', `${what} must be a whole number in 0..2^31-1, got ${String(n)}.`);
  }
}

/** m distinct indices of 0..n-1, sorted ascending, the same for the same seed. */
export function sampleIndices(n: number, m: number, seed: number): Int32Array {
  assertCount(n, 'population size n');
  assertCount(m, 'sample size m');
  if (m > n) throw new AnalysisError('SAMPLE_TOO_LARGE', `cannot draw ${m} distinct indices from ${n}; ask for at most ${n}.`);
  const rng = createRng(seed);
  const out = new Int32Array(m);
  if (m * 8 < n) {
    // Floyd's algorithm: m draws, no O(n) pass; sorted afterwards.
    const chosen = new Set<number>();
    for (let j = n - m; j < n; j++) {
      const t = rng.int(j + 1);
      chosen.add(chosen.has(t) ? j : t);
    }
    let i = 0;
    for (const index of chosen) out[i++] = index;
    out.sort();
    return out;
  }
  // Selection sampling (Knuth's algorithm S): one pass, already sorted.
  let selected = 0;
  for (let i = 0; i < n && selected < m; i++) {
    if ((n - i) * rng.next() < m - selected) out[selected++] = i;
  }
  return out;
}

/** m indices of 0..n-1 drawn with replacement (a bootstrap resample), in draw order. */
export function bootstrapIndices(n: number, seed: number, m: number = n): Int32Array {
  assertCount(n, 'population size n');
  assertCount(m, 'sample size m');
  if (n === 0 && m > 0) throw new AnalysisError('EMPTY_POPULATION', 'cannot resample from an empty population.');
  const rng = createRng(seed);
  const out = new Int32Array(m);
  for (let i = 0; i < m; i++) out[i] = rng.int(n);
  return out;
}

type Shufflable = Int32Array | Float64Array | Uint32Array | number[];

/** A shuffled copy (Fisher–Yates); the input is left as it was. */
export function shuffle<T extends Shufflable>(items: T, seed: number): T {
  const rng = createRng(seed);
  const out = items.slice() as T;
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const held = out[i];
    out[i] = out[j];
    out[j] = held;
  }
  return out;
}
