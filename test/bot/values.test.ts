/** Modal state and private metadata read as untrusted: a malformed payload gives "nothing", never a crash or a foreign channel. */
import { describe, expect, it } from 'vitest';
import { parseMeta, readSelected, readValue, validReasonMeta, validReviewMeta } from '../../src/bot/listeners/views/values.js';
import { decodeReviewValue, encodeReviewValue, reasonModal, reviewModal } from '../../src/bot/views/index.js';

describe('readValue / readSelected', () => {
  it('read a well-formed state', () => {
    const values = { message: { value: { value: '  Hello  ' } }, segment: { value: { selected_option: { value: 'S2' } } } };
    expect(readValue(values, 'message')).toBe('Hello');
    expect(readSelected(values, 'segment')).toBe('S2');
    expect(readValue({ m: { value: { value: 'x'.repeat(5000) } } }, 'm')).toHaveLength(3000);
  });

  it('a missing or malformed state is empty, not a crash', () => {
    const bad = [undefined, null, {}, { message: null }, { message: { value: null } }, { message: { value: { value: 42 } } }, { message: 'x' }, [] as unknown];
    for (const values of bad) {
      expect(readValue(values as never, 'message')).toBe('');
      expect(readSelected(values as never, 'message')).toBeNull();
    }
    expect(readSelected({ segment: { value: { selected_option: { value: 'S1; DROP' } } } }, 'segment')).toBeNull();
    expect(readSelected({ segment: { value: { selected_option: null } } }, 'segment')).toBeNull();
  });
});

describe('form metadata', () => {
  it('what the bot writes, it reads back', () => {
    const review = reviewModal({ channel: 'C0MARKETING', threadTs: '1712345678.000100', campaignId: 'run-1:S2:winback', runId: 'r-1' });
    expect(parseMeta(review.private_metadata, validReviewMeta)).toEqual({ channel: 'C0MARKETING', threadTs: '1712345678.000100', campaignId: 'run-1:S2:winback', runId: 'r-1' });
    const reason = reasonModal({ verdict: 'rejected', campaignId: 'run-1:S2:winback', versionHash: 'ab'.repeat(32), reviewChannel: 'C0REVIEW', reviewTs: '1.2', origin: { channel: 'C0MARKETING', threadTs: '1.3' } });
    expect(parseMeta(reason.private_metadata, validReasonMeta)).toMatchObject({ verdict: 'rejected', origin: { channel: 'C0MARKETING' } });
  });

  it.each([
    undefined,
    '',
    'null',
    '[]',
    '"C1"',
    '{not json',
    'x'.repeat(4000),
    '{"channel":"#general"}',
    '{"channel":"C0MARKETING","threadTs":"soon"}',
    '{"channel":"C0MARKETING","campaignId":{"$gt":""}}',
    '{"channel":"C0MARKETING","runId":7}',
  ])('a malformed review form metadata %j is refused', (raw) => {
    expect(parseMeta(raw, validReviewMeta)).toBeNull();
  });

  it.each([
    { verdict: 'approved', campaignId: 'c', versionHash: 'abcdef12' },
    { verdict: 'rejected', campaignId: '', versionHash: 'abcdef12' },
    { verdict: 'rejected', campaignId: 'c', versionHash: 'latest' },
    { verdict: 'rejected', campaignId: 'c', versionHash: 'abcdef12', origin: { channel: '<!channel>' } },
    { verdict: 'rejected', campaignId: 'c', versionHash: 'abcdef12', origin: 'C1' },
    { verdict: 'rejected', campaignId: 'c', versionHash: 'abcdef12', reviewChannel: 'general' },
    { verdict: 'rejected', campaignId: 'c', versionHash: 'abcdef12', reviewTs: 'now' },
  ])('a malformed reason form metadata %j is refused', (meta) => {
    expect(parseMeta(JSON.stringify(meta), validReasonMeta)).toBeNull();
  });
});

describe('review button values', () => {
  it('decode what they encode and refuse anything else', () => {
    const item = { campaignId: 'run-1:S2:winback', versionHash: 'ab'.repeat(32) };
    expect(decodeReviewValue(encodeReviewValue(item, { channel: 'C0M', threadTs: '1.2' }))).toEqual({ c: item.campaignId, h: item.versionHash, o: 'C0M', t: '1.2' });
    for (const raw of [undefined, 42, '', 'null', '[]', '{"c":"x"}', '{"c":"x","h":"latest"}', '{"c":"x","h":"abcdef12","o":"#general"}', '{"c":"x","h":"abcdef12","t":"x"}', 'x'.repeat(3000)]) {
      expect(decodeReviewValue(raw), String(raw).slice(0, 40)).toBeNull();
    }
  });
});
