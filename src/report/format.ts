/** Number and text formatting shared by the Markdown and HTML reports (and later Slack views). */

const intFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const moneyFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const decimalFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export const fmtInt = (n: number): string => intFormat.format(n);
export const fmtMoney = (n: number | null): string => (n === null ? '—' : moneyFormat.format(n));
export const fmtNum = (n: number | null, digits = 2): string =>
  n === null || !Number.isFinite(n) ? '—' : digits === 2 ? decimalFormat.format(n) : n.toFixed(digits);
export const fmtPct = (share: number | null, digits = 1): string =>
  share === null || !Number.isFinite(share) ? '—' : `${(share * 100).toFixed(digits)}%`;
export const fmtLift = (lift: number | null): string => (lift === null ? '—' : `${lift.toFixed(2)}×`);

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Markdown table cell: untrusted text from the data must not break the table or inject markup. */
export function mdCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}

export function mdTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
