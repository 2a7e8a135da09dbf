/**
 * Colours that colour-blind readers can tell apart: Okabe & Ito (2008) for categories,
 * Paul Tol's BuRd for diverging values and his "iridescent"-like blues for counts.
 */

/** Okabe–Ito without yellow first (thin on white) and black (kept for anomaly markers). */
export const SEGMENT_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#56B4E9', '#CC79A7', '#F0E442', '#8C6D31'] as const;

/** Density noise and "no segment" rows. */
export const NOISE_COLOUR = '#9E9E9E';
export const ANOMALY_COLOUR = '#000000';
export const TEXT_COLOUR = '#222222';
export const MUTED_TEXT_COLOUR = '#555555';
export const GRID_COLOUR = '#E6E6E6';

/** Colour for segment id (0..k-1; -1 = noise). Past eight segments colours repeat: charts also label them. */
export function segmentColour(segmentId: number): string {
  if (segmentId < 0) return NOISE_COLOUR;
  return SEGMENT_COLOURS[segmentId % SEGMENT_COLOURS.length];
}

// Brown ↔ teal (ColorBrewer BrBG): neither end reads as good or bad, since above the average is
// good for orders and bad for days since the last purchase.
const DIVERGING = ['#8C510A', '#BF812D', '#DFC27D', '#F6E8C3', '#F7F7F7', '#C7EAE5', '#80CDC1', '#35978F', '#01665E'];
/** Light → dark blue for counts. */
const SEQUENTIAL = ['#F7FBFF', '#DEEBF7', '#C6DBEF', '#9ECAE1', '#6BAED6', '#4292C6', '#2171B5', '#08519C', '#08306B'];

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function interpolate(stops: readonly string[], t: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  const pos = clamped * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(pos));
  const f = pos - i;
  const a = hexToRgb(stops[i]);
  const b = hexToRgb(stops[i + 1]);
  const mix = a.map((v, j) => Math.round(v + (b[j] - v) * f));
  return `rgb(${mix[0]}, ${mix[1]}, ${mix[2]})`;
}

/** Colour for a z-score: 0 is white, ±limit and beyond are the darkest brown/teal. */
export function divergingColour(z: number, limit = 2): string {
  return interpolate(DIVERGING, (z / limit + 1) / 2);
}

/** Colour for a share in [0, 1]. */
export function sequentialColour(share: number): string {
  return interpolate(SEQUENTIAL, share);
}

/** Dark text on light cells, white text on dark ones (WCAG relative luminance). */
export function textColourOn(background: string): string {
  const m = /rgb\((\d+), (\d+), (\d+)\)/.exec(background);
  const [r, g, b] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : hexToRgb(background);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  return luminance > 0.35 ? TEXT_COLOUR : '#FFFFFF';
}

/** The same colour with alpha, for fills under points. */
export function withAlpha(hex: string, alpha: number): string {
  const [r, g, b] = hexToRgb(hex);
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
