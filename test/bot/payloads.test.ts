/** Signed but malformed Slack payloads over loopback: the bot answers or refuses, and keeps working. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockText, dm, MARKETER, MARKETING, startBotHarness, until, type BotHarness } from './harness.js';

let h: BotHarness;
beforeAll(async () => {
  h = await startBotHarness({ smallDataset: false });
}, 60_000);
afterAll(async () => {
  await h?.close();
});

const interactive = (payload: unknown) => h.standin.sendRaw({ body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: 'application/x-www-form-urlencoded' });
const botPosts = (channel: string) => h.standin.messages(channel).filter((m) => m.bot_id && !m.ephemeral_user);

describe('malformed payloads', () => {
  it('a DM whose files are malformed gets a clear reply, not a failed handler', async () => {
    const ts = '1700000100.000100';
    const event = { type: 'message', channel_type: 'im', subtype: 'file_share', channel: dm(MARKETER), user: MARKETER, text: '', ts, event_ts: ts, files: [{ name: 'orders.csv' }, null, { id: '../../x' }] };
    expect((await h.standin.sendEvent(event)).status).toBe(200);
    const reply = await until('a reply about the file', () => botPosts(dm(MARKETER)).find((m) => blockText(m).includes('a file I cannot read')));
    expect(reply.thread_ts).toBe(ts);
    await h.bot.idle();
    expect(h.logs.filter((l) => l.startsWith('error'))).toEqual([]);
  });

  it('a review form submitted without state or with foreign metadata is answered in the form, and nothing is reviewed', async () => {
    const base = { type: 'view_submission', team: { id: 'T0STANDIN' }, user: { id: MARKETER }, api_app_id: 'A0SEGBOT', token: 'x', trigger_id: '1.2.3' };
    const noState = await interactive({ ...base, view: { id: 'V1', type: 'modal', callback_id: 'review_campaign', private_metadata: JSON.stringify({ channel: MARKETING }) } });
    expect(noState.status).toBe(200);
    expect(noState.body).toContain('errors');
    const noReasonState = await interactive({ ...base, view: { id: 'V2', type: 'modal', callback_id: 'review_reason', private_metadata: '{}' } });
    expect(noReasonState.status).toBe(200);
    expect(noReasonState.body).toContain('errors');
    const foreign = await interactive({
      ...base,
      view: {
        id: 'V3',
        type: 'modal',
        callback_id: 'review_reason',
        private_metadata: JSON.stringify({ verdict: 'rejected', campaignId: 'c', versionHash: 'abcdef12', origin: { channel: '<!channel>' } }),
        state: { values: { reason: { value: { type: 'plain_text_input', value: 'not good enough' } } } },
      },
    });
    expect(foreign.status).toBe(200);
    expect(foreign.body).toContain('lost track');
    await h.bot.idle();
    expect(h.logs.filter((l) => l.startsWith('error'))).toEqual([]);
    expect((await h.services.approvals.list()).length).toBe(0);
  });
});
