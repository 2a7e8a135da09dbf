/**
 * Stored text shown to a person with its control, escape and invisible characters made visible:
 * ESC as ␛, other C0 controls as their control pictures (␀…␟), DEL as ␡, C1 controls as \x9b,
 * and zero-width, bidi and other format characters as ⟨U+200B⟩. A terminal, a report or a Slack
 * view then shows exactly what is stored: no cursor movement can rewrite what the approver reads.
 */
export interface VisibleTextOptions {
  /** Keep line breaks (and tabs) as they are; default false: one line, \n shown as ␊. */
  multiline?: boolean;
}

// Control characters are what this pattern exists to find.
// eslint-disable-next-line no-control-regex
const CONTROL_OR_FORMAT = /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFB\u{E0000}-\u{E007F}]/gu;

export function visibleText(text: string, options: VisibleTextOptions = {}): string {
  return text.replace(CONTROL_OR_FORMAT, (ch) => {
    const code = ch.codePointAt(0)!;
    if (options.multiline && (ch === '\n' || ch === '\t')) return ch;
    if (code <= 0x1f) return String.fromCodePoint(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    if (code <= 0x9f) return `\\x${code.toString(16)}`;
    return `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`;
  });
}
