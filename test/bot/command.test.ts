/** `/segment <subcommand>` parsing: every subcommand and alias, bad input, whitespace and case. */
import { describe, expect, it } from 'vitest';
import { parseSegmentCommand } from '../../src/bot/command.js';
import { mrkdwnText } from '../../src/bot/text.js';

describe('parseSegmentCommand', () => {
  it.each(['', '   ', 'help', 'HELP', '?', ' Help ', '\thelp\n'])('%j is help', (text) => {
    expect(parseSegmentCommand(text)).toEqual({ kind: 'help' });
  });

  it.each([
    ['run demo', 'demo'],
    ['RUN Demo', 'demo'],
    ['analyze small', 'small'],
    ['Analyse SMALL', 'small'],
    ['  run \t demo  ', 'demo'],
    ['run\u00A0demo', 'demo'],
    ['run\ndemo', 'demo'],
  ])('%j runs %s', (text, dataset) => {
    expect(parseSegmentCommand(text)).toEqual({ kind: 'run', dataset });
  });

  it.each(['datasets', 'list', 'DATASETS'])('%j lists datasets', (text) => expect(parseSegmentCommand(text)).toEqual({ kind: 'datasets' }));
  it.each(['approvals', 'pending', 'Approvals'])('%j lists approvals', (text) => expect(parseSegmentCommand(text)).toEqual({ kind: 'approvals' }));
  it.each(['review', 'REVIEW'])('%j opens the review form', (text) => expect(parseSegmentCommand(text)).toEqual({ kind: 'review' }));

  it('cancel keeps the run id as typed', () => {
    expect(parseSegmentCommand('cancel R-Abc12')).toEqual({ kind: 'cancel', runId: 'R-Abc12' });
    expect(parseSegmentCommand('STOP r1')).toEqual({ kind: 'cancel', runId: 'r1' });
  });

  it.each([
    ['run', /Which dataset\?/],
    ['run a b', /takes one dataset name/],
    ['cancel', /run id/],
    ['cancel a b', /run id/],
    ['frobnicate', /I don't know `frobnicate`/],
  ])('%j is an error that says what to do', (text, message) => {
    const parsed = parseSegmentCommand(text);
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' && parsed.message).toMatch(message);
  });

  it('names the installed command in its hints', () => {
    const parsed = parseSegmentCommand('run', '/segbot');
    expect(parsed.kind === 'error' && parsed.message).toContain('`/segbot run demo`');
  });

  it('refuses very long text, and quotes an unknown word short and without backticks', () => {
    const long = parseSegmentCommand('run ' + 'x'.repeat(10_000));
    expect(long.kind).toBe('error');
    expect(long.kind === 'error' && long.message.length).toBeLessThan(300);
    const odd = parseSegmentCommand('`<!channel>`' + 'y'.repeat(100));
    expect(odd.kind === 'error' && odd.message).not.toMatch(/`<!channel>`/);
    expect(odd.kind === 'error' && odd.message.length).toBeLessThan(120);
  });

  it('an error message shown through mrkdwnText never pings anyone', () => {
    for (const text of ['<!channel>', '<@U123>', '@here', '<!subteam^S1>', 'run <!channel> <!here>']) {
      const parsed = parseSegmentCommand(text);
      if (parsed.kind === 'error') expect(mrkdwnText(parsed.message)).not.toMatch(/<!|<@|@here\b/);
    }
  });

  it('a dataset name is one word: no path, option or quote sneaks in as a second word', () => {
    expect(parseSegmentCommand('run ../../etc/passwd').kind).toBe('run'); // the catalog lookup refuses unknown names
    expect(parseSegmentCommand('run demo --table x').kind).toBe('error');
  });

  it('does not throw on a missing or odd text (a malformed payload)', () => {
    for (const text of [undefined, null, 42, {}] as unknown as string[]) expect(parseSegmentCommand(text).kind).toBe('help');
  });
});
