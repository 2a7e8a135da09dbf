/**
 * Figures and text for answers. Every number a tool shows goes through a `Figures` book, which
 * records it as shown (for `Answer.numbers`) and as a value (for the phrasing's grounding check).
 * Text from the data (segment names, products, countries, campaign copy) goes through `safe`.
 */
import { formatNumber } from '../narrative/index.js';
import { withCurrency, type Currency } from '../result/index.js';

/**
 * Slack mrkdwn-safe: & < > escaped (so `<!channel>`, `<@U123>` and links from data stay text)
 * and bare @channel / @here / @everyone broken with a zero-width space.
 */
export function safe(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(channel|here|everyone)\b/gi, '@\u200B$1');
}

export class Figures {
  readonly numbers: string[] = [];
  readonly values: number[] = [];
  readonly shares: number[] = [];

  private note(shown: string): string {
    if (!this.numbers.includes(shown)) this.numbers.push(shown);
    return shown;
  }

  /** 1706 → "1,706". */
  count(n: number): string {
    this.values.push(n);
    return this.note(formatNumber(n));
  }

  /** A share 0.393 → "39.3%". */
  percent(share: number): string {
    this.shares.push(share);
    return this.note(`${formatNumber(share * 100, 1)}%`);
  }

  /** An amount of money, no symbol unless the run knows its currency: 2138326.41 → "2,138,326". */
  money(value: number, currency?: Currency): string {
    this.values.push(value);
    const shown = formatNumber(value, Math.abs(value) >= 100 ? 0 : 2);
    this.note(shown);
    return withCurrency(shown, currency);
  }

  /** A measure with sensible precision: 4.27 → "4.3", 45.2 → "45", 0.341 → "0.34". */
  measure(value: number, decimals?: number): string {
    this.values.push(value);
    const d = decimals ?? (Math.abs(value) >= 20 ? 0 : Math.abs(value) >= 1 ? 1 : 2);
    return this.note(formatNumber(value, d));
  }

  /**
   * Text the engine wrote with its own figures (the selection's reason): passed through escaped,
   * its numerals recorded as shown, so that they count as computed figures of this answer.
   */
  passage(text: string): string {
    for (const m of text.matchAll(/(?<![\p{N}_.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(%)?/gu)) {
      const value = Number(m[1].replace(/,/g, '') + (m[2] ?? ''));
      if (m[3]) this.shares.push(value / 100);
      else this.values.push(value);
      this.note(m[0]);
    }
    return safe(text);
  }

  /** A table cell: formatted like the text, but not part of `numbers` (cells are not in the text). */
  cell(kind: 'count' | 'percent' | 'money' | 'measure', value: number | null | undefined): string {
    if (value === null || value === undefined || !Number.isFinite(value)) return '—';
    if (kind === 'percent') this.shares.push(value);
    else this.values.push(value);
    if (kind === 'count') return formatNumber(value);
    if (kind === 'percent') return `${formatNumber(value * 100, 1)}%`;
    if (kind === 'money') return formatNumber(value, Math.abs(value) >= 100 ? 0 : 2);
    return formatNumber(value, Math.abs(value) >= 20 ? 0 : Math.abs(value) >= 1 ? 1 : 2);
  }
}

/** "A, B and C". */
export function listing(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
