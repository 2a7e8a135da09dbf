import type { Currency } from './schema.js';

const SUFFIXED = new Set(['zł', 'kr']);

/**
 * An already formatted amount with the run's currency: "£1,234", "-€12.50", "1,234 CHF".
 * Without a currency (the data did not say which) the amount stays bare.
 */
export function withCurrency(shown: string, currency: Currency | null | undefined): string {
  if (!currency) return shown;
  const { symbol } = currency;
  if (symbol === currency.code || SUFFIXED.has(symbol)) return `${shown} ${symbol}`;
  return shown.startsWith('-') ? `-${symbol}${shown.slice(1)}` : `${symbol}${shown}`;
}
