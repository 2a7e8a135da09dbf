/**
 * Rule tables are data: lists of terms per language, compiled once into matchers.
 * Term syntax: a word or phrase matches whole words of the normalised text; a `*` ending a
 * word makes it a prefix ("pregnan*", "bebida* energetica*"); a `*` starting a word makes it the
 * part of a compound ("*alcol*" finds "superalcolici", "*hoortoestel*" finds
 * "hoortoestelbatterijen": German, Dutch and Italian build words this way); a leading `re:` is a regular expression over the
 * normalised text, kept for the few patterns words cannot express (times, counts).
 */
import { normalizeText } from './normalize.js';

export type Language = 'en' | 'de' | 'fr' | 'es';
/** Languages some tables also cover (broadcast and opt-in cues, the sensitive taxonomy's commonest stems). */
export type ExtraLanguage = 'it' | 'nl' | 'pt' | 'pl' | 'sv' | 'da' | 'no' | 'cs' | 'fi';
export type Lexicon = Readonly<Record<Language, readonly string[]>> & Readonly<Partial<Record<ExtraLanguage, readonly string[]>>>;

export interface TermMatch {
  /** The matched span of the normalised text. */
  text: string;
  index: number;
}

export interface TermMatcher {
  find(normalizedText: string): TermMatch | null;
  findAll(normalizedText: string): TermMatch[];
}

const LETTER = '[\\p{L}\\p{N}]';

/** A word or phrase term as a pattern, without its word boundaries (added once around all of them). */
function wordPattern(term: string): string {
  return term
    .split(' ')
    .map((word) => {
      const prefix = word.length > 1 && word.endsWith('*');
      const tail = word.length > 1 && word.startsWith('*');
      const bare = word.slice(tail ? 1 : 0, prefix ? -1 : undefined);
      const body = normalizeText(bare).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return `${tail ? `${LETTER}*` : ''}${body}${prefix ? `${LETTER}*` : ''}`;
    })
    .join('[ -]'); // between words of a phrase: the normaliser's single space, or a hyphen
}

/** Compiles the terms of every language into one matcher (campaigns may mix languages). */
export function compileLexicon(lexicon: Lexicon | readonly string[]): TermMatcher {
  const terms = Array.isArray(lexicon) ? (lexicon as readonly string[]) : Object.values(lexicon as Lexicon).flat();
  if (terms.length === 0) return { find: () => null, findAll: () => [] };
  const words = terms.filter((t) => !t.startsWith('re:')).map(wordPattern);
  const patterns = terms.filter((t) => t.startsWith('re:')).map((t) => `(?:${t.slice(3)})`);
  // One pair of boundaries around all words: compiling them per term made the regex slow to build.
  if (words.length > 0) patterns.unshift(`(?<!${LETTER})(?:${words.join('|')})(?!${LETTER})`);
  const source = patterns.join('|');
  // Built on first use: the rule tables' patterns take most of a second to parse, which every
  // command paid at start-up (even `segbot --help`) since the rule modules compile them at import.
  let compiled: { single: RegExp; global: RegExp } | undefined;
  const regexes = () => (compiled ??= { single: new RegExp(source, 'u'), global: new RegExp(source, 'gu') });
  return {
    find(text) {
      const m = regexes().single.exec(text);
      return m ? { text: m[0], index: m.index } : null;
    },
    findAll(text) {
      return [...text.matchAll(regexes().global)].map((m) => ({ text: m[0], index: m.index ?? 0 }));
    },
  };
}
