/** Number formatting for chart labels and finding titles: short, locale-independent, deterministic. */
import { withCurrency, type Currency } from '../result/index.js';

/** 0.0912 → "9%", 0.004 → "0.4%", 0 → "0%". */
export function percent(share: number): string {
  const p = share * 100;
  if (p === 0) return '0%';
  if (Math.abs(p) < 0.1) return p > 0 ? '<0.1%' : '>-0.1%';
  if (Math.abs(p) < 1) return `${p.toFixed(1)}%`;
  return `${Math.round(p)}%`;
}

/** 4338 → "4,338" (fixed separator: output must not depend on the machine's locale). */
export function count(n: number): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.round(Math.abs(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 1234567 → "1.2M", 56300 → "56.3k", 812.4 → "812". */
export function compact(n: number): string {
  const a = Math.abs(n);
  if (a >= 1e9) return `${(n / 1e9).toFixed(1)}B`;
  if (a >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (a >= 1e4) return `${(n / 1e3).toFixed(1)}k`;
  if (a >= 100) return count(n);
  if (a >= 10) return n.toFixed(1).replace(/\.0$/, '');
  return n.toFixed(2).replace(/\.?0+$/, '') || '0';
}

/** Money, compact, with the run's currency when the data names one ("£56.3k"), bare otherwise. */
export function money(n: number, currency?: Currency | null): string {
  return withCurrency(compact(n), currency);
}

/** A value in its unit: "26.5 d" in heatmap cells, "26.5 days" in titles (long). */
export function valueInUnit(value: number, unit: string, long = false): string {
  if (unit === 'ratio') return percent(value);
  if (unit === 'days') return `${compact(value)}${long ? ' days' : ' d'}`;
  if (unit === 'years' && long) return `${compact(value)} years`;
  return compact(value);
}

/** Names longer than this are cut in legends and axis labels so that they never overlap. */
export function shorten(name: string, max = 28): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}

/** "Days since last purchase" → "days since last purchase" mid-sentence; user column names like "NumStorePurchases" stay as they are. */
export function inSentence(label: string): string {
  const firstWord = label.split(/\s/, 1)[0];
  return /^[A-Z][a-z]*$/.test(firstWord) ? label[0].toLowerCase() + label.slice(1) : label;
}
