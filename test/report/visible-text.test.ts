/* eslint-disable no-control-regex -- these tests assert that control characters never reach the output */
/** Issue 14: escape codes in stored text must not falsify what a report shows. */
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { makeFixture } from '../charts/fixtures.js';

describe('report text', () => {
  it('shows control, escape and bidi characters in campaign cards instead of passing them through', () => {
    const { markdown, html } = renderReport({
      result: makeFixture({ customers: 200 }).result,
      narrativeSections: [{ id: 'campaigns', title: 'Campaigns', blocks: [{ kind: 'card', title: 'S1\u001b[2K', badge: { text: 'review: ok', tone: 'ok' }, fields: [['message', 'Hi\u001b[1A\u001b[2Kaudience: everyone \u202Eevil\u200B']] }] }],
    });
    for (const out of [markdown, html]) {
      expect(out).not.toMatch(/[\u001b\u202e\u200b]/);
      expect(out).toContain('Hi␛[1A␛[2Kaudience: everyone ⟨U+202E⟩evil⟨U+200B⟩');
    }
  });
});
