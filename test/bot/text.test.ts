/** Untrusted text (data, campaign text, LLM output) shown in Slack mrkdwn: escaped, defused, made visible, cut safely. */
import { describe, expect, it } from 'vitest';
import { codeText, mention, mrkdwnText, plainText, truncate, visible } from '../../src/bot/text.js';
import { safeMrkdwn } from '../../src/bot/views/answer.js';

/** True when nothing in `shown` can become a link, a mention or a broadcast in Slack. */
export function inert(shown: string): boolean {
  return !/[<>]/.test(shown) && !/&(?!(amp|lt|gt);)/.test(shown) && !/@(channel|here|everyone)\b/i.test(shown);
}

const isLoneSurrogate = (s: string) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('mrkdwnText', () => {
  it.each([
    ['<!channel> party', '&lt;!channel&gt; party'],
    ['<!here>', '&lt;!here&gt;'],
    ['<!everyone>', '&lt;!everyone&gt;'],
    ['hi <@U012ABC>', 'hi &lt;@U012ABC&gt;'],
    ['<!subteam^S0123|@committee>', '&lt;!subteam^S0123|@committee&gt;'],
    ['<https://evil.example|click here>', '&lt;https://evil.example|click here&gt;'],
    ['<#C0123|general>', '&lt;#C0123|general&gt;'],
    ['<!date^1392734382^{date}|x>', '&lt;!date^1392734382^{date}|x&gt;'],
    ['a & b', 'a &amp; b'],
    ['&lt;!channel&gt;', '&amp;lt;!channel&amp;gt;'],
  ])('escapes %s', (input, expected) => {
    expect(mrkdwnText(input)).toBe(expected);
  });

  it('defuses the broadcast words, in any case', () => {
    for (const word of ['@channel', '@HERE', '@Everyone']) {
      const shown = mrkdwnText(`hello ${word}!`);
      expect(shown).not.toMatch(/@(channel|here|everyone)\b/i);
      expect(shown).toContain('@\u2060');
    }
  });

  it('keeps ordinary text, emoji and line breaks as they are', () => {
    expect(mrkdwnText('Revenue rose 12% in Köln 🎉\nsecond line')).toBe('Revenue rose 12% in Köln 🎉\nsecond line');
  });

  it('shows control, bidi and invisible characters instead of letting them act', () => {
    const shown = mrkdwnText('a\u001b[2Jb\u0007c\u200Bd\u202Ee\u061Cf\u{E0041}g\u2028h\u180Ei');
    // eslint-disable-next-line no-control-regex -- control characters are what this test looks for
    expect(shown).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/u);
    expect(shown).not.toMatch(/[\u{E0000}-\u{E007F}]/u);
    expect(shown).toContain('U+061C');
    expect(shown).toContain('U+E0041');
    expect(shown).toContain('U+200B');
    expect(shown).toContain('U+202E');
  });

  it('agrees with the reviewer about what is invisible (tag characters hide text from a reader)', () => {
    const hidden = 'ok' + [...'pregnant'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
    expect(visible(hidden)).not.toMatch(/[\u{E0000}-\u{E007F}]/u);
  });

  it('is inert for hostile inputs', () => {
    const hostile = ['<!channel>', '<@U1>', '<https://x|y>', '&', '@here', '<<!channel>>', '<!subteam^S1>', '\u003c!channel\u003e', '＜!channel＞'];
    for (const h of hostile) expect(inert(mrkdwnText(h)), h).toBe(true);
  });
});

describe('truncate', () => {
  it('leaves short text alone and cuts long text to at most max characters with an ellipsis', () => {
    expect(truncate('short', 10)).toBe('short');
    const cut = truncate('x'.repeat(100), 10);
    expect(cut.length).toBeLessThanOrEqual(10);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('never splits a surrogate pair (emoji) at the cut', () => {
    for (let max = 2; max < 30; max++) {
      const cut = truncate('ab' + '🎉'.repeat(20), max);
      expect(isLoneSurrogate(cut), `max ${max}: ${JSON.stringify(cut)}`).toBe(false);
      expect(cut.length).toBeLessThanOrEqual(max);
    }
  });

  it('never splits an escape: mrkdwnText cut anywhere stays inert', () => {
    const text = '<!channel>&<@U1>'.repeat(20) + '🎉';
    for (let max = 1; max < 120; max++) {
      const shown = mrkdwnText(text, max);
      expect(shown.length).toBeLessThanOrEqual(max);
      expect(inert(shown), `max ${max}: ${shown}`).toBe(true);
      expect(shown).not.toMatch(/&[a-z]*…$/);
    }
  });

  it('never leaves half of a visible marker', () => {
    const text = 'a\u200B'.repeat(40);
    for (let max = 2; max < 60; max++) {
      const shown = mrkdwnText(text, max);
      expect(shown, `max ${max}`).not.toMatch(/⟨U?\+?[0-9A-F]*…$/);
    }
  });

  it('cuts very long text without hanging', () => {
    const long = '<!channel> 🎉 '.repeat(100_000);
    const t0 = Date.now();
    const shown = mrkdwnText(long, 3000);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(shown.length).toBeLessThanOrEqual(3000);
    expect(inert(shown)).toBe(true);
  });
});

describe('plainText', () => {
  it('defuses broadcast words, shows invisible characters and keeps the length limit', () => {
    expect(plainText('@channel hi')).not.toMatch(/@channel\b/);
    expect(plainText('a\u200Bb')).toContain('U+200B');
    expect(plainText('🎉'.repeat(200), 75).length).toBeLessThanOrEqual(75);
    expect(isLoneSurrogate(plainText('🎉'.repeat(200), 76))).toBe(false);
  });
});

describe('codeText', () => {
  it('cannot close the code span it is shown in', () => {
    const shown = codeText('run`*bold*`<!channel>', 80);
    expect(shown).not.toContain('`');
    expect(inert(shown)).toBe(true);
  });
});

describe('mention', () => {
  it('mentions verified user ids only', () => {
    expect(mention('U0123ABC')).toBe('<@U0123ABC>');
    expect(mention('W0123ABC')).toBe('<@W0123ABC>');
    for (const bad of ['cli:alice', 'U1>|<!channel', '<!channel>', '', 'u0123abc', 'U0123ABC\n']) expect(inert(mention(bad)), bad).toBe(true);
  });
});

describe('safeMrkdwn (answers from the question tools)', () => {
  it('keeps *bold* and line breaks but never a link, a mention or a broadcast', () => {
    const shown = safeMrkdwn('*S1* brings <!channel> <https://x|y> @here\nmore');
    expect(shown).toContain('*S1*');
    expect(shown).toContain('\n');
    expect(/[<>]/.test(shown)).toBe(false);
    expect(shown).not.toMatch(/@here\b/);
  });

  it('cuts without splitting an emoji or an entity', () => {
    for (let max = 2; max < 40; max++) {
      const shown = safeMrkdwn('🎉<'.repeat(30), max);
      expect(shown.length).toBeLessThanOrEqual(max);
      expect(isLoneSurrogate(shown)).toBe(false);
      expect(shown).not.toMatch(/&[a-z]*…$/);
    }
  });
});
