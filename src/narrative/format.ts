/**
 * Number formatting shared by the offline narrator and the renderers. Locale-free on purpose
 * (ICU data differs between machines, and output must be byte-identical everywhere).
 */
import { withCurrency, type Currency } from '../result/index.js';

/**
 * Rounds as people do, on the decimal digits written (7.05 → "7.1"), where toFixed rounds the
 * binary value (7.05 is 7.0499999… in binary, so toFixed(1) gives "7.0", and the report, rounding
 * the unrounded 0.070546, said 7.1%).
 */
function roundHalfUp(abs: number, decimals: number): string {
  const text = String(abs);
  if (text.includes('e')) return abs.toFixed(decimals);
  return (Math.round(Number(`${text}e${decimals}`)) / 10 ** decimals).toFixed(decimals);
}

/** 1234567.8 → "1,234,568" (decimals = 0), 0.5 → "0.50" (decimals = 2). */
export function formatNumber(value: number, decimals = 0): string {
  const fixed = roundHalfUp(Math.abs(value), decimals);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + grouped + (fraction ? '.' + fraction : '');
}

/** A share 0.2345 → "23.4%". */
export function formatShare(share: number): string {
  // Scaled on the decimal digits (0.0705 × 100 is 7.0499… in binary).
  const percent = String(share).includes('e') ? share * 100 : Number(`${share}e2`);
  return `${formatNumber(percent, 1)}%`;
}

/** A lift 2.134 → "2.1×". */
export function formatLift(lift: number): string {
  return `${formatNumber(lift, lift >= 10 ? 0 : 1)}×`;
}

/** An amount, with the run's currency symbol when the data names one ("£1,234"), bare otherwise. */
export function formatAmount(value: number, currency?: Currency): string {
  return withCurrency(formatNumber(value, Math.abs(value) >= 100 ? 0 : 2), currency);
}

/** A mean count or day number, e.g. 4.27 → "4.3", 45.2 → "45". */
export function formatMeasure(value: number): string {
  return formatNumber(value, Math.abs(value) >= 20 ? 0 : 1);
}

/** The play in words, without the internal type name the playbook field starts with ("champions: ..."). */
export function playText(playbook: string | undefined): string {
  return (playbook ?? '').replace(/^[a-z-]+: /, '');
}
