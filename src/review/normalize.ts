/**
 * Text normalisation before any rule matches: what a reader sees (NFKC, invisible characters
 * removed, look-alike letters folded to Latin: see text/unicode.ts), then lower case, German
 * umlauts and ß spelled out (so "Gebühr" and "Gebuehr" meet), Polish ł as l (it has no accent
 * to strip, so "słuch" and "sluch" would never meet), other accents stripped,
 * German gender-inclusive forms joined ("Kund:innen" is "kundinnen"), ≥ and ≤ spelled as >= and <=, arrows as ->, punctuation to single spaces. Rule terms go through the same function, so tables are written
 * in natural spelling.
 */
import { normalizeUnicode } from './text/unicode.js';

const SPELLED_OUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss', ł: 'l' };

/** German gender-inclusive spellings ("Kund:innen", "Kund*innen", "Kund_innen", "Kund/innen") read as one word ("kundinnen"). */
const GENDER_STAR = /(\p{L})[:*_/](innen|in)(?![\p{L}])/gu;

export function normalizeText(text: string): string {
  return normalizeUnicode(text)
    .replace(GENDER_STAR, '$1$2')
    .toLowerCase()
    .replace(/[äöüßẞł]/g, (ch) => SPELLED_OUT[ch] ?? ch)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´]/g, "'")
    // A comparison and an arrow keep their meaning ("≥ 5 år" is not "5 år"; "women's → men's" is a change).
    .replace(/≥/g, ' >= ')
    .replace(/≤/g, ' <= ')
    .replace(/[→⇒⟶➔➜]/g, ' -> ')
    .replace(/[^\p{L}\p{N}'%€$£+<>=.:@#_-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
