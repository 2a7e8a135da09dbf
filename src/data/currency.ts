/**
 * Which currency the money columns are in: named by `--currency`, or read from the money
 * column's name (`dollar_value`, `amount_eur`, `PreisEUR`) or from symbols and codes written in
 * its values (`£3.50`, `11,77 €`, `12.00 CHF`). When nothing says, the run has no currency and
 * amounts are shown bare: a guess from the country column would be wrong for any shop that sells
 * abroad in its own currency.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Currency } from '../result/index.js';
import { ident, queryRow, toNumber } from './duckdb.js';
import type { SchemaDecision } from './schema.js';
import { KNOWN, currencyFromFlagOrNames, currencyOf } from './currency-names.js';

export { currencyFromName, parseCurrency } from './currency-names.js';

/** Share of the money column's sample values that carry each sign or code; the one on at least half of them wins. */
async function currencyFromValues(connection: DuckDBConnection, relation: string, column: string): Promise<{ currency: Currency; share: number } | null> {
  const v = `NULLIF(trim(${ident(column)}), '')`;
  const parts = KNOWN.map((k, i) => {
    const tests = [...k.signs.map((s) => `contains(${v}, '${s}')`), `regexp_matches(${v}, '(^|[^A-Za-z])${k.code}([^A-Za-z]|$)')`];
    return `COUNT(CASE WHEN ${tests.join(' OR ')} THEN 1 END) AS c${i}`;
  });
  const row = await queryRow(connection, `SELECT COUNT(${v}) AS n, ${parts.join(', ')} FROM ${relation}`);
  const n = toNumber(row.n);
  if (!n) return null;
  // A plain $ is also in CA$, A$: the longer sign wins where both count.
  let best: { code: string; share: number } | null = null;
  for (const [i, k] of KNOWN.entries()) {
    const share = toNumber(row[`c${i}`]) / n;
    if (share >= 0.5 && (!best || share > best.share || (share === best.share && best.code === 'USD'))) best = { code: k.code, share };
  }
  const found = best;
  return found ? { currency: currencyOf(found.code), share: found.share } : null;
}

/**
 * The run's currency: the flag, else the money column's name, else its values (on the sample).
 * Records the decision; returns undefined when nothing says which currency it is.
 */
export async function detectCurrency(
  connection: DuckDBConnection,
  relation: string,
  moneyColumns: string[],
  flag: string | undefined,
  decisions: SchemaDecision[],
): Promise<Currency | undefined> {
  const stated = currencyFromFlagOrNames(flag, moneyColumns, decisions);
  if (stated || flag !== undefined) return stated;
  for (const column of moneyColumns) {
    const found = await currencyFromValues(connection, relation, column);
    if (found) {
      const note = `${Math.round(found.share * 100)}% of values carry ${found.currency.symbol}${found.currency.code === 'USD' ? ' (read as US dollars)' : ''}; pass --currency CODE if it is not ${found.currency.code}`;
      decisions.push({ column, role: `currency=${found.currency.code}`, by: 'values', note });
      return found.currency;
    }
  }
  return undefined;
}
