/** Currency names, symbols and codes, without DuckDB: what `--currency` accepts and what a column name says. */
import { DataError } from '../errors.js';
import type { Currency } from '../result/index.js';
import type { SchemaDecision } from './schema.js';

export interface Known { code: string; symbol: string; names: string[]; signs: string[] }

/** ISO 4217 codes Segbot knows a symbol and name words for; any other three-letter code is accepted by --currency and shown as the code. */
export const KNOWN: Known[] = [
  { code: 'GBP', symbol: '£', names: ['gbp', 'sterling', 'pound', 'pounds'], signs: ['£'] },
  { code: 'EUR', symbol: '€', names: ['eur', 'euro', 'euros'], signs: ['€'] },
  { code: 'USD', symbol: '$', names: ['usd', 'dollar', 'dollars'], signs: ['$', 'US$'] },
  { code: 'JPY', symbol: '¥', names: ['jpy', 'yen'], signs: ['¥'] },
  { code: 'INR', symbol: '₹', names: ['inr', 'rupee', 'rupees'], signs: ['₹'] },
  { code: 'CHF', symbol: 'CHF', names: ['chf', 'franken'], signs: [] },
  { code: 'PLN', symbol: 'zł', names: ['pln', 'zloty', 'zlotych'], signs: ['zł'] },
  { code: 'SEK', symbol: 'SEK', names: ['sek'], signs: [] },
  { code: 'CAD', symbol: 'CA$', names: ['cad'], signs: ['CA$', 'C$'] },
  { code: 'AUD', symbol: 'A$', names: ['aud'], signs: ['A$', 'AU$'] },
];

const byCode = new Map(KNOWN.map((k) => [k.code, k]));

export const currencyOf = (code: string): Currency => ({ code, symbol: byCode.get(code)?.symbol ?? code });

/** `--currency`: an ISO code (GBP, eur) or a symbol (£, €, $, ¥, ₹). */
export function parseCurrency(text: string): Currency {
  const t = text.trim();
  const code = t.toUpperCase();
  if (/^[A-Z]{3}$/.test(code)) return currencyOf(code);
  const bySign = KNOWN.find((k) => k.signs.includes(t));
  if (bySign) return currencyOf(bySign.code);
  throw new DataError('BAD_CURRENCY', `--currency must be a three-letter ISO code (GBP, EUR, USD…) or one of £ € $ ¥ ₹, got "${t.slice(0, 40)}".`, {});
}

/** Words of a column name: snake_case, kebab-case and CamelCase split, lower-cased ("PreisEUR" → preis, eur). */
function nameWords(column: string): string[] {
  return column
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** The currency a column's name states, if exactly one. */
export function currencyFromName(column: string): Currency | null {
  const words = new Set(nameWords(column));
  const hits = KNOWN.filter((k) => k.names.some((n) => words.has(n)));
  return hits.length === 1 ? currencyOf(hits[0].code) : null;
}


/**
 * The currency that `--currency` or a money column's name states, recorded as a decision; undefined
 * when neither says (a file then looks at the values; a database's columns are numbers).
 */
export function currencyFromFlagOrNames(flag: string | undefined, moneyColumns: readonly string[], decisions: SchemaDecision[]): Currency | undefined {
  if (flag !== undefined) {
    const c = parseCurrency(flag);
    decisions.push({ column: '*', role: `currency=${c.code}`, by: 'flag' });
    return c;
  }
  for (const column of moneyColumns) {
    const c = currencyFromName(column);
    if (c) {
      decisions.push({ column, role: `currency=${c.code}`, by: 'name', note: `pass --currency CODE if it is not ${c.code}` });
      return c;
    }
  }
  return undefined;
}
