/** Numbers as the views print them: locale-free, so that a test and Slack show the same text. */
import { formatNumber, formatShare } from '../../narrative/index.js';

export const count = (n: number) => formatNumber(n, 0);
export const share = (s: number | null) => (s === null ? 'n/a' : formatShare(s));
export const money = (n: number | null, currency: string | null) => (n === null ? 'n/a' : `${currency ? `${currency} ` : ''}${formatNumber(n, 0)}`);
