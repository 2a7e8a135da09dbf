/** Numbers as the views print them: locale-free, so that a test and Slack show the same text. */
import { formatNumber, formatShare } from '../../narrative/index.js';
import { withCurrency, type Currency } from '../../result/index.js';

export const count = (n: number) => formatNumber(n, 0);
export const share = (s: number | null) => (s === null ? 'n/a' : formatShare(s));
/** An amount with the run's currency when it has one (symbols and codes come from Segbot's own table, never from the data). */
export const money = (n: number | null, currency: Currency | null) => (n === null ? 'n/a' : withCurrency(formatNumber(n, 0), currency));
