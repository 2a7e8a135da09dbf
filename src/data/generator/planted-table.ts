/**
 * Planted customer tables for measuring model selection: 3 to 8 segments of different shapes (compact,
 * elongated), sizes (very unequal, down to 3%) and separations (overlapping), with dirt (outliers and
 * missing cells), as CustomerFeatures plus the planted label of every customer (-1 = a dirt row that
 * belongs to no segment). Seeded: the same config gives the same table.
 *
 * Segments are Gaussian in a latent space; every column is expm1 of an affine map of one latent axis,
 * like spend and counts, so the engine's log1p + z-scores see the planted shapes up to a per-column scale.
 */
import { createRng, type Rng } from '../../analysis/compute/random.js';
import type { CustomerFeatures, NumericColumn } from '../../analysis/types.js';

export interface PlantedSegment {
  /** Share of the customers (the shares of a config add up to 1). */
  share: number;
  /** Ratio of the long axis to the others: 1 = compact (round), 3 = elongated. */
  elongation: number;
  /** Overall spread relative to the other segments (0.6..1.4). */
  spread: number;
}

export interface PlantedConfig {
  /** Seeds everything drawn: centres, rotations, points, dirt. */
  seed: number;
  customers: number;
  /** Latent dimensions = numeric columns (3..6). */
  dims: number;
  /**
   * Smallest distance between two centres, in units of the two segments' mean radius (the spread
   * times the root of the elongation): about 2 overlaps at the edges, 4 is clearly apart.
   */
  separation: number;
  segments: PlantedSegment[];
  /** Share of rows that are dirt: outliers far out on one column, and missing cells (default 0.01). */
  dirt: number;
}

export interface PlantedTable {
  data: CustomerFeatures;
  /** Planted segment per customer; -1 for dirt rows. */
  truth: Int32Array;
}

const COLUMN_NAMES = ['spend', 'orders', 'visits', 'basket', 'tenure', 'categories'];
const UNITS: NumericColumn['unit'][] = ['money', 'count', 'count', 'money', 'days', 'count'];

/** A random rotation of d axes (Gram-Schmidt on Gaussian vectors), rows = axes. */
function rotation(d: number, rng: Rng): Float64Array[] {
  const axes: Float64Array[] = [];
  while (axes.length < d) {
    const v = Float64Array.from({ length: d }, () => rng.normal());
    for (const a of axes) {
      let dot = 0;
      for (let j = 0; j < d; j++) dot += v[j] * a[j];
      for (let j = 0; j < d; j++) v[j] -= dot * a[j];
    }
    const norm = Math.hypot(...v);
    if (norm < 1e-6) continue;
    for (let j = 0; j < d; j++) v[j] /= norm;
    axes.push(v);
  }
  return axes;
}

/** Centres placed one by one, at least `separation` mean radii from each other, in a box grown until they fit. */
function placeCentres(config: PlantedConfig, radii: number[], rng: Rng): Float64Array[] {
  const d = config.dims;
  let box = 2 * config.separation;
  for (;;) {
    const centres: Float64Array[] = [];
    for (let c = 0; c < radii.length; c++) {
      let placed = false;
      for (let attempt = 0; attempt < 200 && !placed; attempt++) {
        const mu = Float64Array.from({ length: d }, () => (rng.next() - 0.5) * box);
        placed = centres.every((other, o) => Math.hypot(...mu.map((v, j) => v - other[j])) >= (config.separation * (radii[c] + radii[o])) / 2);
        if (placed) centres.push(mu);
      }
      if (!placed) break;
    }
    if (centres.length === radii.length) return centres;
    box *= 1.25;
  }
}

export function plantedTable(config: PlantedConfig): PlantedTable {
  const rng = createRng(config.seed);
  const d = config.dims;
  const n = config.customers;
  const k = config.segments.length;
  const radii = config.segments.map((s) => s.spread * Math.sqrt(s.elongation));
  const centres = placeCentres(config, radii, rng);
  const rotations = config.segments.map(() => rotation(d, rng));
  // Sizes by share, rounding handed to the largest segments so the total is exact.
  const dirtRows = Math.round(config.dirt * n);
  const clean = n - dirtRows;
  const sizes = config.segments.map((s) => Math.floor(s.share * clean));
  for (let left = clean - sizes.reduce((a, b) => a + b, 0), c = 0; left > 0; left--, c = (c + 1) % k) sizes[c]++;

  const latent = new Float64Array(n * d);
  const truth = new Int32Array(n).fill(-1);
  let i = 0;
  config.segments.forEach((segment, c) => {
    // Axis 0 of the segment's rotation is its long one; the scales keep its volume at spread^d.
    const scales = Array.from({ length: d }, (_, a) => segment.spread * (a === 0 ? Math.sqrt(segment.elongation) : 1 / Math.pow(segment.elongation, 0.5 / (d - 1))));
    for (let s = 0; s < sizes[c]; s++, i++) {
      truth[i] = c;
      for (let a = 0; a < d; a++) {
        const z = scales[a] * rng.normal();
        for (let j = 0; j < d; j++) latent[i * d + j] += z * rotations[c][a][j];
      }
      for (let j = 0; j < d; j++) latent[i * d + j] += centres[c][j];
    }
  });
  // Dirt rows: ordinary-looking in all but one column, which is far out (a data-entry slip, a wholesale order).
  for (; i < n; i++) {
    const base = centres[rng.int(k)];
    for (let j = 0; j < d; j++) latent[i * d + j] = base[j] + rng.normal();
    latent[i * d + rng.int(d)] += (rng.next() < 0.5 ? -1 : 1) * (8 + 8 * rng.next());
  }
  // Rows in a seeded order, so that no model sees the segments in blocks.
  const order = Int32Array.from({ length: n }, (_, r) => r);
  for (let r = n - 1; r > 0; r--) {
    const s = rng.int(r + 1);
    [order[r], order[s]] = [order[s], order[r]];
  }
  let lo = Infinity;
  for (const v of latent) lo = Math.min(lo, v);
  const columns: NumericColumn[] = Array.from({ length: d }, (_, j) => {
    const name = COLUMN_NAMES[j];
    const scale = 0.4 + 0.4 * rng.next();
    const values = new Float64Array(n);
    for (let r = 0; r < n; r++) values[r] = Math.round(Math.expm1(0.5 + scale * (latent[order[r] * d + j] - lo)) * 100) / 100;
    return { name, label: name, description: `planted ${name}`, unit: UNITS[j], values, log1p: true, clustering: true };
  });
  // A few missing cells (about a tenth of the dirt share), which the engine sets to the column mean.
  const missing = Math.round((config.dirt / 10) * n);
  for (let m = 0; m < missing; m++) columns[rng.int(d)].values[rng.int(n)] = NaN;
  const shuffledTruth = Int32Array.from(order, (r) => truth[r]);
  const spend = columns[0].values;
  return {
    data: {
      shape: 'customers',
      customerIds: Array.from({ length: n }, (_, r) => `P${String(r + 1).padStart(5, '0')}`),
      numeric: columns,
      categorical: [],
      revenue: Float64Array.from(spend, (v) => (Number.isNaN(v) ? 0 : v)),
    },
    truth: shuffledTruth,
  };
}

/**
 * A varied config from a seed and a number of segments (3 to 8), one large (30-45%) and one small (3-6%) among them, a
 * third elongated, separations from overlapping (1.6) to clear (4). Used to write down the frozen sets
 * in planted-configs.ts, not at run time.
 */
export function randomPlantedConfig(seed: number, segments: number, customers = 1200): PlantedConfig {
  const rng = createRng(seed);
  const k = segments;
  const weights = Array.from({ length: k }, () => 0.5 + rng.next());
  const big = 0.3 + 0.15 * rng.next();
  const small = 0.03 + 0.03 * rng.next();
  const rest = weights.slice(2);
  const restTotal = rest.reduce((a, b) => a + b, 0);
  const shares = k === 3 ? [big, small, 1 - big - small] : [big, small, ...rest.map((w) => ((1 - big - small) * w) / restTotal)];
  return {
    seed,
    customers,
    dims: 3 + rng.int(4),
    separation: Math.round((1.6 + 2.4 * rng.next()) * 100) / 100,
    segments: shares.map((share) => ({
      share: Math.round(share * 1000) / 1000,
      elongation: rng.next() < 0.35 ? Math.round((2 + 2 * rng.next()) * 10) / 10 : 1,
      spread: Math.round((0.6 + 0.8 * rng.next()) * 100) / 100,
    })),
    dirt: 0.01,
  };
}
