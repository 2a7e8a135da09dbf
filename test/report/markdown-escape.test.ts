/** Issue 18: free text from the data reaches report.md as text, never as live Markdown, HTML or mentions. */
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { mdText } from '../../src/report/format.js';
import { makeFixture } from '../charts/fixtures.js';

const HOSTILE = [
  '[click](http://evil.example)',
  '![pixel](http://track.example/p.gif)',
  '<img src=x onerror=alert(1)>',
  '<!channel> <@U123ABC>',
  'mug\n# Injected heading\n- injected item',
  '*bold* _em_ `code` ~~gone~~ | pipe',
];

describe('report.md escaping', () => {
  it('escapes links, images, HTML, mentions, emphasis and injected headings in every block kind', () => {
    const text = HOSTILE.join(' ');
    const { markdown } = renderReport({
      result: makeFixture({ customers: 200 }).result,
      narrativeSections: [
        {
          id: 'campaigns',
          title: 'Campaigns',
          blocks: [
            { kind: 'p', text },
            { kind: 'list', items: HOSTILE },
            { kind: 'callout', tone: 'info', title: HOSTILE[0], text },
            { kind: 'card', title: HOSTILE[4], fields: [['message', text]], body: [text] },
            { kind: 'table', header: ['product'], rows: HOSTILE.map((h) => [h]) },
          ],
        },
      ],
    });
    expect(markdown).not.toMatch(/\[click\]\(http/);
    expect(markdown).not.toMatch(/!\[pixel\]\(/);
    expect(markdown).not.toMatch(/<img|<!channel>|<@U123ABC>/);
    expect(markdown).not.toMatch(/^# Injected/m);
    expect(markdown).not.toMatch(/^- injected item/m);
    expect(markdown).not.toMatch(/(?<!\\)\*bold(?<!\\)\*/);
    expect(markdown).toContain('[click\\](http://evil.example)');
    expect(markdown).toContain('&lt;!channel&gt;');
  });

  it('cuts a 20,000-character name', () => {
    expect(mdText('x'.repeat(20_000))).toHaveLength(2_000);
    expect(mdText('x'.repeat(20_000)).endsWith('…')).toBe(true);
  });

  it('keeps ordinary text readable', () => {
    expect(mdText('Champions: 12.5% of customers, k=4 (silhouette 0.41)')).toBe('Champions: 12.5% of customers, k=4 (silhouette 0.41)');
    expect(mdText('1. first')).toBe('1\\. first');
  });
});
