/**
 * Untrusted text into Slack mrkdwn. Data (segment names, product descriptions, uploaded file names),
 * campaign text and LLM output may hold `<!channel>`, `<@U…>`, `<https://evil|click>` or control
 * characters; shown through here they are plain text: Slack's three escapes (& < >), broadcast
 * words defused, control and invisible characters made visible, and long text cut.
 */
import { visibleText } from '../review/index.js';

const BROADCAST = /@(channel|here|everyone)\b/gi;

/**
 * Control, format and invisible characters shown as their code (the reviewer's own `visibleText`, so the
 * bot, the CLI and reports agree: bidi marks, U+061C, tag characters U+E0000–E007F…), so that what is
 * read is what is stored. Line breaks and tabs stay.
 */
export function visible(text: string): string {
  return visibleText(text.replace(/\r\n/g, '\n'), { multiline: true });
}

/** Untrusted text as literal mrkdwn text, at most `max` characters. */
export function mrkdwnText(text: string, max = 2800): string {
  const shown = visible(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(BROADCAST, '@\u2060$1');
  return truncate(shown, max);
}

/** Untrusted text for a plain_text field (no mrkdwn parsing there, but length and control characters still matter). */
export function plainText(text: string, max = 150): string {
  return truncate(visible(text).replace(BROADCAST, '@\u2060$1'), max);
}

/** Untrusted text shown inside a `code span`: as mrkdwnText, and a backtick cannot close the span. */
export function codeText(text: string, max = 80): string {
  return mrkdwnText(text.replace(/`/g, "'"), max);
}

/**
 * At most `max` UTF-16 units, ending in … when cut. The cut never splits a surrogate pair (an emoji),
 * an entity (`&amp;`), a defused broadcast (`@⁠channel`) or a visible marker (`⟨U+200B⟩`).
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  cut = cut.replace(/&[a-z#0-9]*$/, '').replace(/⟨[^⟩]{0,12}$/, '').replace(/@$/, '');
  return cut + '…';
}

/** A user mention from a verified Slack user id (never from data). */
export function mention(userId: string): string {
  return /^[UW][A-Z0-9]{2,}$/.test(userId) ? `<@${userId}>` : mrkdwnText(userId, 80);
}
