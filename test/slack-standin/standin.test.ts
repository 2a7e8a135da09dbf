import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LogLevel, WebClient } from '@slack/web-api';
import { verifySlackRequest } from '@slack/bolt';
import { App, LogLevel as BoltLogLevel } from '@slack/bolt';
import { standinEnvironment, startPlayground, startSlackStandin, type Standin } from '../../src/slack-standin/index.js';
import { startEchoApp, type EchoApp } from './echo-app.js';

/** A bot URL that only records what arrives. */
async function captureServer(): Promise<{ url: string; requests: { headers: IncomingHttpHeaders; body: string }[]; server: Server }> {
  const requests: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      requests.push({ headers: req.headers, body });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`, requests, server };
}

describe('Slack stand-in: what it sends', () => {
  let standin: Standin;
  let capture: Awaited<ReturnType<typeof captureServer>>;
  beforeAll(async () => {
    standin = await startSlackStandin();
    capture = await captureServer();
    standin.setBotUrl(capture.url);
  });
  afterAll(async () => {
    await standin.close();
    capture.server.close();
  });

  it('listens on 127.0.0.1 only and holds no real token', () => {
    expect(standin.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(standin.apiUrl).toBe(`${standin.url}/api/`);
    expect(standin.botToken).toContain('not-a-real-token');
  });

  it('signs a slash command so that Bolt verifies it, form-encoded like Slack', async () => {
    await standin.sendSlashCommand({ user: 'U0MARKETER', channel: 'C0MARKETING', command: '/segment', text: 'run demo' });
    const { headers, body } = capture.requests.at(-1)!;
    expect(headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(() => verifySlackRequest({ signingSecret: standin.signingSecret, body, headers: { 'x-slack-signature': String(headers['x-slack-signature']), 'x-slack-request-timestamp': Number(headers['x-slack-request-timestamp']) } })).not.toThrow();
    expect(() => verifySlackRequest({ signingSecret: 'another-secret', body, headers: { 'x-slack-signature': String(headers['x-slack-signature']), 'x-slack-request-timestamp': Number(headers['x-slack-request-timestamp']) } })).toThrow();
    const form = new URLSearchParams(body);
    expect(Object.fromEntries(form)).toMatchObject({ command: '/segment', text: 'run demo', user_id: 'U0MARKETER', channel_id: 'C0MARKETING', team_id: 'T0STANDIN' });
    expect(form.get('response_url')).toMatch(new RegExp(`^${standin.url}/response/`));
    expect(form.get('trigger_id')).toBeTruthy();
  });

  it('wraps events in event_callback envelopes and marks retries', async () => {
    const first = await standin.sendMessage({ user: 'U0MARKETER', channel: 'C0MARKETING', text: `<@${standin.bot.userId}> which segment?` });
    const envelope = JSON.parse(capture.requests.at(-1)!.body) as Record<string, unknown> & { event: Record<string, unknown> };
    expect(envelope).toMatchObject({ type: 'event_callback', team_id: 'T0STANDIN', api_app_id: 'A0SEGBOT', authorizations: [{ user_id: 'U0SEGBOT', is_bot: true }] });
    expect(envelope.event).toMatchObject({ type: 'app_mention', user: 'U0MARKETER', channel: 'C0MARKETING', ts: first.message.ts });
    await standin.sendEvent(envelope.event, { eventId: String(envelope.event_id), retryNum: 1 });
    const retry = capture.requests.at(-1)!;
    expect(retry.headers['x-slack-retry-num']).toBe('1');
    expect(JSON.parse(retry.body).event_id).toBe(envelope.event_id);

    await standin.sendMessage({ user: 'U0OUTSIDER', channel: 'D0OUTSIDER', text: 'hello' });
    expect(JSON.parse(capture.requests.at(-1)!.body).event).toMatchObject({ type: 'message', channel_type: 'im', channel: 'D0OUTSIDER', text: 'hello' });
    const before = capture.requests.length;
    await standin.sendMessage({ user: 'U0OUTSIDER', channel: 'C0MARKETING', text: 'no mention here' });
    expect(capture.requests.length).toBe(before);
  });

  it('sends raw requests unsigned, stale or with another secret for refusal tests', async () => {
    await standin.sendRaw({ body: '{}', sign: false });
    expect(capture.requests.at(-1)!.headers['x-slack-signature']).toBeUndefined();
    await standin.sendRaw({ body: '{}', timestamp: 1_000 });
    expect(capture.requests.at(-1)!.headers['x-slack-request-timestamp']).toBe('1000');
  });
});

describe('Slack stand-in: Web API', () => {
  let standin: Standin;
  let client: WebClient;
  beforeAll(async () => {
    standin = await startSlackStandin();
    // Short back-off between retries: the wait that matters is the Retry-After one.
    client = new WebClient(standin.botToken, { slackApiUrl: standin.apiUrl, logLevel: LogLevel.ERROR, retryConfig: { retries: 3, factor: 1, minTimeout: 10, maxTimeout: 20 } });
  });
  afterAll(() => standin.close());

  it('checks the bearer token and answers unknown and retired methods as Slack does', async () => {
    const wrong = new WebClient('xoxb-wrong', { slackApiUrl: standin.apiUrl, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR });
    await expect(wrong.auth.test()).rejects.toMatchObject({ data: { error: 'invalid_auth' } });
    expect(await client.auth.test()).toMatchObject({ ok: true, user_id: 'U0SEGBOT', bot_id: 'B0SEGBOT', team_id: 'T0STANDIN' });
    await expect(client.apiCall('files.upload', { channels: 'C0MARKETING', content: 'x' })).rejects.toMatchObject({ data: { error: 'method_deprecated' } });
    await expect(client.apiCall('chat.scheduleMessage', {})).rejects.toMatchObject({ data: { error: 'unknown_method' } });
    expect(standin.calls.map((c) => c.method)).toContain('chat.scheduleMessage');
    expect(JSON.stringify(standin.calls)).not.toContain(standin.botToken);
  });

  it('posts, threads, updates, deletes, and answers ephemerals, replies, users and user groups', async () => {
    const parent = await client.chat.postMessage({ channel: 'C0MARKETING', text: 'progress: loading' });
    await client.chat.update({ channel: 'C0MARKETING', ts: parent.ts!, text: 'progress: done' });
    const reply = await client.chat.postMessage({ channel: 'C0MARKETING', thread_ts: parent.ts!, text: 'summary' });
    await client.chat.postEphemeral({ channel: 'C0MARKETING', user: 'U0OUTSIDER', text: 'only for otto' });
    const doomed = await client.chat.postMessage({ channel: 'U0MARKETER', text: 'to the DM by user id' });
    expect(doomed.channel).toBe('D0MARKETER');
    await client.chat.delete({ channel: 'D0MARKETER', ts: doomed.ts! });
    const messages = standin.messages('C0MARKETING');
    expect(messages.map((m) => m.text)).toEqual(['progress: done', 'summary', 'only for otto']);
    expect(messages[0]).toMatchObject({ reply_count: 1, previous: [{ text: 'progress: loading' }] });
    expect(messages[1].thread_ts).toBe(parent.ts);
    expect(messages[2].ephemeral_user).toBe('U0OUTSIDER');
    expect(standin.messages('D0MARKETER')).toEqual([]);
    const replies = await client.conversations.replies({ channel: 'C0MARKETING', ts: parent.ts! });
    expect(replies.messages?.map((m) => m.ts)).toEqual([parent.ts, reply.ts]);
    expect((await client.usergroups.users.list({ usergroup: 'S0COMMITTEE' })).users).toEqual(['U0COMMITTEE1', 'U0COMMITTEE2']);
    expect((await client.users.info({ user: 'U0COMMITTEE1' })).user).toMatchObject({ name: 'carl' });
    await expect(client.chat.postMessage({ channel: 'C0NOWHERE', text: 'x' })).rejects.toMatchObject({ data: { error: 'channel_not_found' } });
    await expect(client.chat.postMessage({ channel: 'C0MARKETING', text: 'x'.repeat(40_001) })).rejects.toMatchObject({ data: { error: 'msg_too_long' } });
    const bigTable = { type: 'table', rows: Array.from({ length: 101 }, () => [{ type: 'raw_text', text: 'x' }]) };
    await expect(client.chat.postMessage({ channel: 'C0MARKETING', text: 'x', blocks: [bigTable] as never })).rejects.toMatchObject({ data: { error: 'invalid_blocks', errors: ['must provide fewer than 101 items [json-pointer:/blocks/0/rows]'] } });
    const longSection = { type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(3001) } };
    await expect(client.chat.postMessage({ channel: 'C0MARKETING', text: 'x', blocks: [longSection] })).rejects.toMatchObject({ data: { error: 'invalid_blocks' } });
    expect((await client.chat.getPermalink({ channel: 'C0MARKETING', message_ts: reply.ts! })).permalink).toContain(standin.url);
  });

  it('takes external uploads into a thread and serves private files only with the bot token', async () => {
    const parent = await client.chat.postMessage({ channel: 'C0REVIEW', text: 'charts follow' });
    const png = Buffer.from('89504e470d0a1a0a0000', 'hex');
    await client.filesUploadV2({ channel_id: 'C0REVIEW', thread_ts: parent.ts!, file_uploads: [{ file: png, filename: 'a.png', title: 'A' }, { file: Buffer.from('b,c\n1,2\n'), filename: 'b.csv' }], initial_comment: 'two files' });
    const shared = await standin.waitForMessage('C0REVIEW', (m) => Boolean(m.files?.length));
    expect(shared).toMatchObject({ thread_ts: parent.ts, subtype: 'file_share', text: 'two files' });
    expect(shared.files!.map((f) => f.name)).toEqual(['a.png', 'b.csv']);
    expect(standin.files().find((f) => f.name === 'a.png')?.bytes.equals(png)).toBe(true);
    const url = shared.files![0].url_private_download;
    const anonymous = await fetch(url);
    expect(anonymous.headers.get('content-type')).toMatch(/text\/html/);
    const wrong = await fetch(url, { headers: { Authorization: 'Bearer xoxb-wrong' } });
    expect(await wrong.text()).toContain('<html>');
    const authorized = await fetch(url, { headers: { Authorization: `Bearer ${standin.botToken}` } });
    expect(Buffer.from(await authorized.arrayBuffer()).equals(png)).toBe(true);
  });

  it('streams a thread reply through chat.startStream / appendStream / stopStream', async () => {
    const parent = await client.chat.postMessage({ channel: 'D0MARKETER', text: 'question' });
    const stream = client.chatStream({ channel: 'D0MARKETER', thread_ts: parent.ts!, recipient_team_id: 'T0STANDIN', recipient_user_id: 'U0MARKETER', buffer_size: 1 });
    await stream.append({ markdown_text: 'S2 brings ' });
    await stream.append({ markdown_text: 'the most revenue.' });
    await stream.stop({ blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: 'run r-1' }] }] });
    const answer = await standin.waitForMessage('D0MARKETER', (m) => m.thread_ts === parent.ts && m.ts !== parent.ts);
    expect(answer).toMatchObject({ text: 'S2 brings the most revenue.', blocks: [{ type: 'context' }] });
  });

  it('answers 429 with Retry-After once, and WebClient waits and retries', async () => {
    standin.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 1 });
    const started = Date.now();
    const posted = await client.chat.postMessage({ channel: 'C0MARKETING', text: 'after the limit' });
    expect(posted.ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    const attempts = standin.calls.filter((c) => c.method === 'chat.postMessage' && c.args.text === 'after the limit');
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
    standin.failNext('chat.postMessage', { error: 'fatal_error' });
    await expect(client.chat.postMessage({ channel: 'C0MARKETING', text: 'x' })).rejects.toMatchObject({ data: { error: 'fatal_error' } });
  });
});

describe('Slack stand-in with a real Bolt 5 app over loopback', () => {
  let standin: Standin;
  let echo: EchoApp;
  beforeAll(async () => {
    standin = await startSlackStandin();
    echo = await startEchoApp(standin);
  });
  afterAll(async () => {
    await echo.stop();
    await standin.close();
  });

  it('a slash command is acknowledged, answered in a thread with a chart uploaded in three steps', async () => {
    const ack = await standin.sendSlashCommand({ user: 'U0MARKETER', channel: 'C0MARKETING', command: '/echo', text: 'hello' });
    expect(ack.status).toBe(200);
    const parent = await standin.waitForMessage('C0MARKETING', (m) => m.text === 'Echo: hello');
    const chart = await standin.waitForMessage('C0MARKETING', (m) => m.thread_ts === parent.ts && Boolean(m.files?.length));
    expect(chart.files![0]).toMatchObject({ name: 'chart.png', title: 'Segment sizes', mimetype: 'image/png' });
    expect(standin.calls.map((c) => c.method)).toEqual(expect.arrayContaining(['auth.test', 'chat.postMessage', 'files.getUploadURLExternal', 'upload', 'files.completeUploadExternal']));
    expect(standin.files()[0].bytes.subarray(1, 4).toString()).toBe('PNG');
  });

  it('a click updates the message, feedback answers through response_url, a modal opens, refuses an empty reason and submits', async () => {
    const reply = await standin.waitForMessage('C0MARKETING', (m) => m.text === 'You said hello');
    expect((await standin.sendBlockAction({ user: 'U0COMMITTEE1', actionId: 'approve', channel: 'C0MARKETING', message: reply.ts })).status).toBe(200);
    await standin.waitForMessage('C0MARKETING', (m) => m.ts === reply.ts && m.text === 'Approved by <@U0COMMITTEE1>');

    const parent = standin.messages('C0MARKETING').find((m) => m.text === 'Echo: hello')!;
    const withButtons = { ...reply, blocks: reply.previous![0].blocks };
    await standin.sendBlockAction({ user: 'U0MARKETER', actionId: 'feedback', value: 'bad', message: withButtons });
    await standin.waitForMessage('C0MARKETING', (m) => m.text === 'Thanks for the bad feedback' && m.ephemeral_user === 'U0MARKETER');

    await standin.sendBlockAction({ user: 'U0COMMITTEE2', actionId: 'open_modal', message: withButtons });
    await standin.waitFor('views.open');
    const [modal] = standin.modals('U0COMMITTEE2');
    expect(modal.view.callback_id).toBe('echo_modal');
    const refused = await standin.sendViewSubmission({ user: 'U0COMMITTEE2', values: { reason: { reason_input: ' ' } } });
    expect(refused.json).toEqual({ response_action: 'errors', errors: { reason: 'Please give a reason' } });
    expect(standin.modals('U0COMMITTEE2')[0].errors).toEqual({ reason: 'Please give a reason' });
    await standin.sendViewSubmission({ user: 'U0COMMITTEE2', values: { reason: { reason_input: 'too broad' } } });
    await standin.waitForMessage('C0MARKETING', (m) => m.text === 'Reason received: too broad' && m.thread_ts === parent.ts);
    expect(standin.modals('U0COMMITTEE2')).toEqual([]);
  });

  it('mentions, DMs, a shared file downloaded with the bot token, and the home tab', async () => {
    const { message } = await standin.sendMessage({ user: 'U0OUTSIDER', channel: 'C0REVIEW', text: `<@${standin.bot.userId}> hi` });
    await standin.waitForMessage('C0REVIEW', (m) => m.text === `Heard: <@U0SEGBOT> hi` && m.thread_ts === message.ts);
    await standin.sendMessage({ user: 'U0MARKETER', channel: 'D0MARKETER', text: 'hello bot' });
    await standin.waitForMessage('D0MARKETER', (m) => m.text === 'You wrote: hello bot');
    const upload = await standin.uploadUserFile({ user: 'U0MARKETER', channel: 'D0MARKETER', name: 'orders.csv', bytes: 'customer,amount\n1,10\n' });
    expect(upload.replies.map((r) => r.status)).toEqual([200, 200]);
    await standin.waitForMessage('D0MARKETER', (m) => m.text === 'Got orders.csv: 21 bytes, starts with "customer"');
    expect(standin.calls.find((c) => c.method === 'download')?.args).toMatchObject({ authorized: true });
    await standin.sendAppHomeOpened('U0COMMITTEE1');
    await standin.waitFor('views.publish');
    expect(standin.home('U0COMMITTEE1')?.view.blocks).toHaveLength(2);
  });

  it('an assistant thread: started, suggested prompts, a question answered in the thread with a status', async () => {
    const started = await standin.sendAssistantThreadStarted({ user: 'U0COMMITTEE2', contextChannel: 'C0MARKETING' });
    expect(started.status).toBe(200);
    await standin.waitForMessage('D0COMMITTEE2', (m) => m.text === 'How can I help?' && m.thread_ts === started.thread_ts);
    await standin.waitFor('assistant.threads.setSuggestedPrompts');
    await standin.sendMessage({ user: 'U0COMMITTEE2', channel: 'D0COMMITTEE2', text: 'which segment?', thread_ts: started.thread_ts });
    await standin.waitForMessage('D0COMMITTEE2', (m) => m.text === 'Assistant heard: which segment?' && m.thread_ts === started.thread_ts);
    expect((await standin.waitFor('assistant.threads.setStatus')).args).toMatchObject({ channel_id: 'D0COMMITTEE2', thread_ts: started.thread_ts, status: 'is thinking…' });
  });

  it('Bolt refuses forged, stale and unsigned requests with 401', async () => {
    const body = new URLSearchParams({ command: '/echo', text: 'x', user_id: 'U0MARKETER', channel_id: 'C0MARKETING', team_id: 'T0STANDIN' }).toString();
    const form = 'application/x-www-form-urlencoded';
    expect((await standin.sendRaw({ body, contentType: form, signingSecret: 'forged' })).status).toBe(401);
    expect((await standin.sendRaw({ body, contentType: form, timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
    expect((await standin.sendRaw({ body, contentType: form, sign: false })).status).toBe(401);
  });
});

describe('standinEnvironment', () => {
  it('gives the bot settings that the config accepts', async () => {
    const { loadConfig } = await import('../../src/config.js');
    const standin = await startSlackStandin();
    try {
      const env = standinEnvironment(standin, 3999);
      const config = loadConfig({ ...env, SEGBOT_DATA_DIR: '/tmp/segbot-standin-env-test' }, process.cwd());
      expect(config.slack).toMatchObject({ botToken: standin.botToken, apiUrl: standin.apiUrl, port: 3999, reviewChannel: 'C0REVIEW' });
    } finally {
      await standin.close();
    }
  });
});

describe('startPlayground', () => {
  it('starts the stand-in, starts the bot with its settings and routes signed requests to it', async () => {
    const logged: string[] = [];
    const logger = { debug() {}, info: (...m: unknown[]) => logged.push(m.join(' ')), warn() {}, error() {} };
    const playground = await startPlayground({
      port: 0, botPort: 0, logger,
      startBot: async (env) => {
        const app = new App({ signingSecret: env.SLACK_SIGNING_SECRET, token: env.SLACK_BOT_TOKEN, logLevel: BoltLogLevel.ERROR, clientOptions: { slackApiUrl: env.SLACK_API_URL } });
        app.command('/segment', async ({ ack, command, client }) => {
          await ack();
          await client.chat.postMessage({ channel: command.channel_id, text: `help for ${command.user_name}` });
        });
        const server = (await app.start({ port: Number(env.PORT), host: '127.0.0.1' })) as Server;
        return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`, stop: () => app.stop() as Promise<void> };
      },
    });
    try {
      expect(logged[0]).toContain(playground.url);
      await playground.standin.sendSlashCommand({ user: 'U0OUTSIDER', channel: 'C0MARKETING', command: '/segment', text: 'help' });
      await playground.standin.waitForMessage('C0MARKETING', (m) => m.text === 'help for otto');
    } finally {
      await playground.stop();
    }
  });

  it('a trigger_id opens a view within 3 seconds only; a click in the modal carries its inputs', async () => {
    const standin = await startSlackStandin();
    const capture = await captureServer();
    try {
      standin.setBotUrl(capture.url);
      const client = new WebClient(standin.botToken, { slackApiUrl: standin.apiUrl, logLevel: LogLevel.ERROR });
      await standin.sendSlashCommand({ user: 'U0MARKETER', channel: 'C0MARKETING', command: '/segment', text: 'review' });
      const trigger = new URLSearchParams(capture.requests[0].body).get('trigger_id')!;
      const view = {
        type: 'modal' as const, title: { type: 'plain_text' as const, text: 'Review' },
        blocks: [
          { type: 'input', block_id: 'audience', label: { type: 'plain_text' as const, text: 'Audience' }, element: { type: 'plain_text_input' as const, action_id: 'audience_input' } },
          { type: 'input', block_id: 'channel', label: { type: 'plain_text' as const, text: 'Channel' }, element: { type: 'static_select' as const, action_id: 'channel_select', options: [{ text: { type: 'plain_text' as const, text: 'Email' }, value: 'email' }] } },
          { type: 'actions', elements: [{ type: 'button' as const, action_id: 'check', text: { type: 'plain_text' as const, text: 'Check' } }] },
        ],
      };
      await expect(client.views.open({ trigger_id: 'made-up', view })).rejects.toMatchObject({ data: { error: 'invalid_trigger_id' } });
      const realDateNow = Date.now;
      Date.now = () => realDateNow() + 3_500;
      try {
        await expect(client.views.open({ trigger_id: trigger, view })).rejects.toMatchObject({ data: { error: 'expired_trigger_id' } });
      } finally {
        Date.now = realDateNow;
      }
      const opened = await client.views.open({ trigger_id: trigger, view });
      await standin.sendBlockAction({ user: 'U0MARKETER', actionId: 'check', view: opened.view!.id!, values: { audience: { audience_input: 'lapsed big spenders' }, channel: { channel_select: 'email' } } });
      const payload = JSON.parse(new URLSearchParams(capture.requests.at(-1)!.body).get('payload')!);
      expect(payload).toMatchObject({ type: 'block_actions', container: { type: 'view', view_id: opened.view!.id }, actions: [{ action_id: 'check', block_id: 'standin-block-2' }] });
      expect(payload.view.state.values).toEqual({
        audience: { audience_input: { type: 'plain_text_input', value: 'lapsed big spenders' } },
        channel: { channel_select: { type: 'static_select', selected_option: { text: { type: 'plain_text', text: 'Email' }, value: 'email' } } },
      });
    } finally {
      await standin.close();
      capture.server.close();
    }
  });
});
