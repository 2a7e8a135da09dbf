/**
 * What a reader sees, as text the rules can match: Unicode NFKC (full-width and other
 * compatibility forms become plain letters), invisible and format characters removed (zero-width
 * space and joiners, soft hyphen, bidi controls, BOM…), no-break and other odd spaces made plain
 * spaces, and letters that look Latin but are Cyrillic or Greek folded to their Latin look-alike.
 * Used before review and before hashing, so an evasion spelled with look-alikes is reviewed and
 * versioned as the word it shows.
 */

/** Default-ignorable and format characters: rendered as nothing, so they must not split a word. */
// Variation selectors and the combining grapheme joiner are listed on purpose, one by one.
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{1D173}-\u{1D17A}\u{E0000}-\u{E0FFF}]/gu;

/** Spaces that look like a space (after NFKC most become U+0020 already; these are the rest). */
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;

/** Cyrillic and Greek letters drawn like a Latin letter in common fonts. */
const CONFUSABLES: Readonly<Record<string, string>> = {
  // Cyrillic lower case
  а: 'a', е: 'e', ё: 'e', һ: 'h', і: 'i', ї: 'i', ј: 'j', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l',
  // Cyrillic upper case
  А: 'A', В: 'B', Е: 'E', Ё: 'E', І: 'I', Ї: 'I', Ј: 'J', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', Ѕ: 'S', Ԁ: 'D', Ԛ: 'Q', Ԝ: 'W', Ӏ: 'I',
  // Greek lower case
  α: 'a', ι: 'i', ν: 'v', ο: 'o', ρ: 'p', υ: 'u', χ: 'x', ϲ: 'c', ϳ: 'j',
  // Greek upper case
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', Ϲ: 'C',
};
const CONFUSABLE_CLASS = new RegExp(`[${Object.keys(CONFUSABLES).join('')}]`, 'u');

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The scripts of a word's letters (Latin, Cyrillic, Greek, Other). */
function scriptsOf(word: string): Set<string> {
  const scripts = new Set<string>();
  for (const ch of word) {
    if (/\p{Script=Latin}/u.test(ch)) scripts.add('Latin');
    else if (/\p{Script=Cyrillic}/u.test(ch)) scripts.add('Cyrillic');
    else if (/\p{Script=Greek}/u.test(ch)) scripts.add('Greek');
    else if (/\p{L}/u.test(ch)) scripts.add('Other');
  }
  return scripts;
}

/**
 * Folds a word's look-alike letters to Latin when the word mixes them with Latin letters, or is
 * made of look-alikes only (so it reads as a Latin word). A real Cyrillic or Greek word keeps its
 * letters: it holds letters that have no Latin twin.
 */
function foldWord(word: string): string {
  if (!CONFUSABLE_CLASS.test(word)) return word;
  const scripts = scriptsOf(word);
  const onlyLookalikes = [...word].every((ch) => !/\p{L}/u.test(ch) || ch in CONFUSABLES || /\p{Script=Latin}/u.test(ch));
  if (!scripts.has('Latin') && !onlyLookalikes) return word;
  return [...word].map((ch) => CONFUSABLES[ch] ?? ch).join('');
}

/** NFKC, invisible characters removed, odd spaces made plain, look-alike letters folded to Latin. */
export function normalizeUnicode(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(ODD_SPACE, ' ').replace(WORD, foldWord);
}

export interface LookalikeWord {
  /** The word as written (invisible characters removed). */
  word: string;
  /** How it reads once folded. */
  reads: string;
  scripts: string[];
}

/**
 * Words that still mix scripts, or that were spelled with look-alike letters: a person reads them
 * as Latin words, so the committee should see them (a real typo in a Russian name is rare in
 * campaign copy; an evasion is not).
 */
export function lookalikeWords(text: string): LookalikeWord[] {
  const cleaned = text.normalize('NFKC').replace(INVISIBLE, '').replace(ODD_SPACE, ' ');
  const found: LookalikeWord[] = [];
  for (const [word] of cleaned.matchAll(WORD)) {
    const scripts = [...scriptsOf(word)];
    const reads = foldWord(word);
    if (scripts.length > 1 || reads !== word) found.push({ word, reads, scripts });
  }
  return found;
}

/** Every string inside a value normalised (keys kept), for campaigns and their nested fields. */
export function normalizeStrings<T>(value: T): T {
  if (typeof value === 'string') return normalizeUnicode(value) as T;
  if (Array.isArray(value)) return value.map(normalizeStrings) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeStrings(v)])) as T;
  return value;
}
