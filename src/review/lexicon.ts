/**
 * Rule tables are data: lists of terms per language, compiled once into matchers.
 * Term syntax: a word or phrase matches whole words of the normalised text; a `*` ending a
 * word makes it a prefix ("pregnan*", "bebida* energetica*"); a leading `re:` is a regular expression over the
 * normalised text, kept for the few patterns words cannot express (times, counts).
 */
import { normalizeText } from './normalize.js';

export type Language = 'en' | 'de' | 'fr' | 'es';
export type Lexicon = Readonly<Record<Language, readonly string[]>>;

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

function termPattern(term: string): string {
  if (term.startsWith('re:')) return `(?:${term.slice(3)})`;
  const words = term.split(' ').map((word) => {
    const prefix = word.endsWith('*');
    const body = normalizeText(prefix ? word.slice(0, -1) : word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return prefix ? `${body}${LETTER}*` : body;
  });
  // Between words of a phrase allow the normaliser's single space or a hyphen.
  return `(?<!${LETTER})${words.join('[ -]')}(?!${LETTER})`;
}

/** Compiles the terms of every language into one matcher (campaigns may mix languages). */
export function compileLexicon(lexicon: Lexicon | readonly string[]): TermMatcher {
  const terms = Array.isArray(lexicon) ? (lexicon as readonly string[]) : Object.values(lexicon as Lexicon).flat();
  if (terms.length === 0) return { find: () => null, findAll: () => [] };
  const source = terms.map(termPattern).join('|');
  const single = new RegExp(source, 'u');
  const global = new RegExp(source, 'gu');
  return {
    find(text) {
      const m = single.exec(text);
      return m ? { text: m[0], index: m.index } : null;
    },
    findAll(text) {
      return [...text.matchAll(global)].map((m) => ({ text: m[0], index: m.index ?? 0 }));
    },
  };
}
