/**
 * The Slack app under hostile or unlucky conditions, over loopback: forged and replayed requests,
 * Slack's retried deliveries, rate limits, clicks on a stale version, malformed payloads, huge
 * messages, oversized and non-table files, channels off the allow-list, markup injection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockText, CARL, CORA, dm, MARKETER, MARKETING, REVIEW, startBotHarness, until, type BotHarness } from './harness.js';
import type { StandinMessage } from '../../src/slack-standin/index.js';

let h: BotHarness;
beforeAll(async () => {
  h = await startBotHarness({ smallDataset: false, env: { SEGBOT_MAX_UPLOAD_MB: '0.01' } });
}, 60_000);
afterAll(async () => {
  await h?.close();
});


const commandBody = (text: string) => new URLSearchParams({ token: 'x', team_id: 'T0STANDIN', channel_id: MARKETING, user_id: MARKETER, command: '/segment', text, response_url: 'http://127.0.0.1:1/none', trigger_id: '1.2.3' }).toString();
const botPosts = (channel: string) => h.standin.messages(channel).filter((m) => m.bot_id && !m.ephemeral_user);

describe('requests that are not from Slack', () => {
  it('refuses a forged signature with 401 and does nothing', async () => {
    const before = h.standin.calls.filter((c) => c.method !== 'auth.test').length;
    const reply = await h.standin.sendRaw({ body: commandBody('help'), contentType: 'application/x-www-form-urlencoded', signingSecret: 'not-the-secret' });
    expect(reply.status).toBe(401);
    const unsigned = await h.standin.sendRaw({ body: commandBody('help'), contentType: 'application/x-www-form-urlencoded', sign: false });
    expect(unsigned.status).toBe(401);
    expect(h.standin.calls.filter((c) => c.method !== 'auth.test').length).toBe(before);
  });

  it('refuses a replayed request with a stale timestamp with 401', async () => {
    const reply = await h.standin.sendRaw({ body: commandBody('help'), contentType: 'application/x-www-form-urlencoded', timestamp: Math.floor(Date.now() / 1000) - 10 * 60 });
    expect(reply.status).toBe(401);
  });

  it('answers a signed but malformed interactive payload with an error status and keeps working', async () => {
    const reply = await h.standin.sendRaw({ body: 'payload=%7Bnot-json', contentType: 'application/x-www-form-urlencoded' });
    expect(reply.status).toBeGreaterThanOrEqual(400);
    const help = await h.standin.sendSlashCommand({ user: MARKETER, channel: MARKETING, command: '/segment', text: 'help' });
    expect(help.status).toBe(200);
  });

  it('a button whose value is garbage changes nothing and says so', async () => {
    const payload = {
      type: 'block_actions',
      team: { id: 'T0STANDIN' },
      user: { id: CORA },
      api_app_id: 'A0SEGBOT',
      token: 'x',
      trigger_id: '1.2.3',
      channel: { id: REVIEW },
      container: { type: 'message', channel_id: REVIEW, message_ts: '1700000000.000001' },
      message: { ts: '1700000000.000001', text: 'x' },
      actions: [{ type: 'button', action_id: 'review_approve', block_id: 'b', value: '{"c":"x","h":"<!channel>"}', action_ts: '1' }],
    };
    const reply = await h.standin.sendRaw({ body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: 'application/x-www-form-urlencoded' });
    expect(reply.status).toBe(200);
    await until('a note', () => h.standin.messages(REVIEW).find((m) => m.ephemeral_user === CORA && /nothing changed/.test(m.text)));
  });
});

describe('Slack retries and rate limits', () => {
  it('handles a retried event (same event id) once', async () => {
    const event = { type: 'app_mention', user: MARKETER, channel: MARKETING, text: '<@U0SEGBOT> help', ts: '1700000001.000100', event_ts: '1700000001.000100' };
    const first = await h.standin.sendEvent(event, { eventId: 'Ev0RETRY1' });
    expect(first.status).toBe(200);
    const retry = await h.standin.sendEvent(event, { eventId: 'Ev0RETRY1', retryNum: 1, retryReason: 'http_timeout' });
    expect(retry.status).toBe(200);
    await until('the help answer', () => botPosts(MARKETING).find((m) => m.thread_ts === '1700000001.000100'));
    await h.bot.idle();
    expect(botPosts(MARKETING).filter((m) => m.thread_ts === '1700000001.000100')).toHaveLength(1);
  });

  it('waits out a 429 with Retry-After and still posts', async () => {
    h.standin.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 1 });
    await h.standin.sendMessage({ user: MARKETER, channel: dm(MARKETER), text: 'help' });
    await until('the help answer after the rate limit', () => botPosts(dm(MARKETER)).find((m) => blockText(m).includes('/segment run')), 20_000);
    const posts = h.standin.calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts.some((c) => c.status === 429)).toBe(true);
  }, 30_000);

  it('reports a post that still fails instead of dropping it', async () => {
    h.standin.failNext('chat.postMessage', { error: 'channel_not_found' });
    await h.standin.sendMessage({ user: MARKETER, channel: MARKETING, text: '<@U0SEGBOT> help' });
    await until('an ephemeral note', () => h.standin.messages(MARKETING).find((m) => m.ephemeral_user === MARKETER && /could not post/.test(m.text)));
    expect(h.logs.some((l) => l.includes('channel_not_found'))).toBe(true);
  });
});

describe('the committee on stale and hostile input', () => {
  let first: StandinMessage;

  it('escapes markup in campaign text shown to the committee (no broadcast, no mention, no link)', async () => {
    await h.standin.sendSlashCommand({ user: MARKETER, channel: MARKETING, command: '/segment', text: 'review' });
    const modal = await until('the form', () => h.standin.modals(MARKETER).at(-1));
    await h.standin.sendViewSubmission({
      user: MARKETER,
      view: modal,
      values: { channel: { value: 'email' }, audience: { value: 'Buyers of candles <!channel> <@U0COMMITTEE1>' }, message: { value: 'We noticed you bought candles: <https://evil.example|click here> @here' }, offer: { value: '10% off' } },
    });
    first = await until('the review request', () => h.standin.messages(REVIEW).find((m) => blockText(m).includes('evil.example')));
    const text = blockText(first);
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).not.toMatch(/<!channel>|<@U0COMMITTEE1>|<https:\/\/evil/);
    expect(text).not.toMatch(/(^|[^\u2060])@here/);
  });

  it('refuses a click on a version that has since been edited', async () => {
    const value = (first.blocks as { type: string; elements?: { value: string }[] }[]).find((b) => b.type === 'actions')?.elements?.[0]?.value as string;
    const { c: campaignId } = JSON.parse(value) as { c: string };
    // The requester edits it: a new version, reviewed again.
    const notice = await until('the findings notice', () => h.standin.messages(MARKETING).find((m) => blockText(m).includes(campaignId) && blockText(m).includes('Edit and re-review')));
    await h.standin.sendBlockAction({ user: MARKETER, actionId: 'campaign_edit', value: campaignId, channel: MARKETING, message: notice });
    const modal = await until('the edit form', () => h.standin.modals(MARKETER).at(-1));
    expect(JSON.stringify(modal.view)).toContain('evil.example');
    await h.standin.sendViewSubmission({ user: MARKETER, view: modal, values: { channel: { value: 'email' }, audience: { value: 'Buyers of candles' }, message: { value: 'We noticed you like candles: new scents are in.' }, offer: { value: 'none' } } });
    await until('the second review request', () => h.standin.messages(REVIEW).filter((m) => blockText(m).includes(campaignId)).length >= 2);
    expect((await h.services.approvals.get(campaignId)).version).toBe(2);
    await h.standin.sendBlockAction({ user: CORA, actionId: 'review_approve', value, channel: REVIEW, message: first });
    const refusal = await until('a stale-version refusal', () => h.standin.messages(REVIEW).find((m) => m.ephemeral_user === CORA && /Not approved/.test(m.text)));
    expect(refusal.text).toMatch(/version/i);
    expect((await h.services.approvals.get(campaignId)).state).toBe('flagged');
  });

  it('Reject asks for a reason in a form; a non-member cannot even open it', async () => {
    const request = [...h.standin.messages(REVIEW)].reverse().find((m) => blockText(m).includes('new scents')) as StandinMessage;
    const reject = (request.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]).find((b) => b.type === 'actions')?.elements?.[1] as { value: string };
    await h.standin.sendBlockAction({ user: MARKETER, actionId: 'review_reject', value: reject.value, channel: REVIEW, message: request });
    await until('a refusal', () => h.standin.messages(REVIEW).find((m) => m.ephemeral_user === MARKETER && /Only approval committee members/.test(m.text)));
    expect(h.standin.modals(MARKETER).some((v) => JSON.stringify(v.view).includes('review_reason'))).toBe(false);
    await h.standin.sendBlockAction({ user: CARL, actionId: 'review_reject', value: reject.value, channel: REVIEW, message: request });
    const form = await until('the reason form', () => h.standin.modals(CARL).find((v) => JSON.stringify(v.view).includes('review_reason')));
    const empty = await h.standin.sendViewSubmission({ user: CARL, view: form, values: { reason: { value: '' } } });
    expect(JSON.parse(empty.body).response_action).toBe('errors');
    await h.standin.sendViewSubmission({ user: CARL, view: form, values: { reason: { value: 'Watching tone; say what is new instead.' } } });
    await until('the rejection', () => h.standin.messages(REVIEW).find((m) => m.ts === request.ts && blockText(m).includes('Rejected by')));
    await until('the requester told', () => h.standin.messages(MARKETING).find((m) => blockText(m).includes('Watching tone')));
  });
});

describe('messages and files that are too big or not tables', () => {
  it('answers a huge message with a short explanation', async () => {
    await h.standin.sendMessage({ user: MARKETER, channel: dm(MARKETER), text: 'which segment '.repeat(4000) });
    await until('a too-long answer', () => botPosts(dm(MARKETER)).find((m) => blockText(m).includes('too long')));
    const reply = await h.standin.sendSlashCommand({ user: MARKETER, channel: MARKETING, command: '/segment', text: 'run '.repeat(1000) });
    expect(reply.status).toBe(200);
    await until('a usage error', () => h.standin.messages(MARKETING).find((m) => m.ephemeral_user === MARKETER && /characters/.test(blockText(m))));
  });

  it('refuses a file over the size limit before analyzing it', async () => {
    await h.standin.uploadUserFile({ user: MARKETER, channel: dm(MARKETER), name: 'big.csv', bytes: 'a,b\n' + '1,2\n'.repeat(10_000) });
    const note = await until('a size refusal', () => botPosts(dm(MARKETER)).find((m) => blockText(m).includes('I take files up to')));
    expect(blockText(note)).toContain('big.csv');
  });

  it('refuses a file that is not a table, by its content and not its name', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    await h.standin.uploadUserFile({ user: MARKETER, channel: dm(MARKETER), name: 'orders.csv', bytes: png });
    await until('a not-a-table answer', () => botPosts(dm(MARKETER)).find((m) => blockText(m).includes('is a PNG image, not a table')));
    await h.standin.uploadUserFile({ user: MARKETER, channel: dm(MARKETER), name: 'notes.csv', bytes: 'just one line of prose without separators' });
    await until('a prose answer', () => botPosts(dm(MARKETER)).find((m) => blockText(m).includes('does not look like a table')));
  });
});

describe('where the bot may speak', () => {
  let narrow: BotHarness;
  beforeAll(async () => {
    narrow = await startBotHarness({ smallDataset: false, env: { SEGBOT_CHANNELS: REVIEW } });
  }, 60_000);
  afterAll(async () => {
    await narrow?.close();
  });

  it('answers only with a note the asker sees in a channel off the allow-list; DMs always work', async () => {
    await narrow.standin.sendMessage({ user: MARKETER, channel: MARKETING, text: '<@U0SEGBOT> help' });
    const note = await until('a private note', () => narrow.standin.messages(MARKETING).find((m) => m.ephemeral_user === MARKETER && /not allowed to post in this channel/.test(m.text)));
    expect(note.text).toContain('DM');
    await narrow.standin.sendSlashCommand({ user: MARKETER, channel: MARKETING, command: '/segment', text: 'run demo' });
    await until('a refusal of the run', () => narrow.standin.messages(MARKETING).find((m) => m.ephemeral_user === MARKETER && /not allowed to post/.test(blockText(m))));
    expect(narrow.standin.messages(MARKETING).filter((m) => m.bot_id && !m.ephemeral_user)).toHaveLength(0);
    expect(narrow.services.runs.active()).toHaveLength(0);
    await narrow.standin.sendMessage({ user: MARKETER, channel: dm(MARKETER), text: 'help' });
    await until('a DM answer', () => narrow.standin.messages(dm(MARKETER)).find((m) => m.bot_id && blockText(m).includes('/segment run')));
  });
});
