/** Number and text formatting shared by the Markdown and HTML reports (and later Slack views). */
import { withCurrency, type Currency } from '../result/index.js';

const intFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const moneyFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const decimalFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export const fmtInt = (n: number): string => intFormat.format(n);
/** An amount with the run's currency when it has one: "£1,234.50", "1,234.50 CHF", bare otherwise. */
export const fmtMoney = (n: number | null, currency?: Currency | null): string => (n === null ? '—' : withCurrency(moneyFormat.format(n), currency));
export const fmtNum = (n: number | null, digits = 2): string =>
  n === null || !Number.isFinite(n) ? '—' : digits === 2 ? decimalFormat.format(n) : n.toFixed(digits);
export const fmtPct = (share: number | null, digits = 1): string =>
  share === null || !Number.isFinite(share) ? '—' : `${(share * 100).toFixed(digits)}%`;
export const fmtLift = (lift: number | null): string => (lift === null ? '—' : `${lift.toFixed(2)}×`);

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The longest text from the data shown whole in a report; longer names are cut with an ellipsis. */
export const MAX_TEXT_CHARS = 2_000;
export const MAX_CELL_CHARS = 200;

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Markdown inline text: report blocks are plain text (the HTML report escapes all of it), so every
 * character Markdown would act on is escaped: no live links or tracking images, no raw HTML or Slack
 * mentions (<!channel>, <@U…>), no emphasis or code, and no newline that starts a heading or a list.
 */
export function mdText(text: string, max = MAX_TEXT_CHARS): string {
  return (
    cut(text.replace(/[\r\n]+/g, ' '), max)
      // "]" escaped is enough to stop every link, image and reference definition; "_" only at word edges.
      .replace(/[\\`*\]|~]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, (c) => `\\${c}`)
      .replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))
      // A heading, list, quote or setext mark at the start of the text.
      .replace(/^(\s*)(#|[+\-=](?=\s|$)|\d+[.)](?=\s|$))/, (_, space: string, mark: string) => `${space}${mark.replace(/[#+\-=.)]/, (m) => `\\${m}`)}`)
  );
}

/** Markdown table cell: untrusted text from the data must not break the table or inject markup. */
export function mdCell(text: string): string {
  return mdText(text, MAX_CELL_CHARS);
}

export function mdTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
