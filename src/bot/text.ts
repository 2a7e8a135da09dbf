/**
 * Untrusted text into Slack mrkdwn. Data (segment names, product descriptions, uploaded file names),
 * campaign text and LLM output may hold `<!channel>`, `<@U…>`, `<https://evil|click>` or control
 * characters; shown through here they are plain text: Slack's three escapes (& < >), broadcast
 * words defused, control and invisible characters made visible, and long text cut.
 */

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const BROADCAST = /@(channel|here|everyone)\b/gi;

/** Control and invisible characters shown as their code, so that what is read is what is stored. */
export function visible(text: string): string {
  return text
    .replace(CONTROL, (c) => (c === '\u001b' ? '␛' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`))
    .replace(INVISIBLE, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
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

export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, Math.max(0, max - 1)).replace(/&[a-z]*$/, '') + '…';
}

/** A user mention from a verified Slack user id (never from data). */
export function mention(userId: string): string {
  return /^[UW][A-Z0-9]{2,}$/.test(userId) ? `<@${userId}>` : mrkdwnText(userId, 80);
}
