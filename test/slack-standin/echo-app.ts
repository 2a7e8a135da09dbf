/**
 * A tiny real Bolt 5 app in HTTP mode, wired to the stand-in, for the stand-in's own tests:
 * `/echo <text>` posts a message with a thread reply holding buttons and a chart PNG; buttons
 * open a modal or update the message; mentions and DMs are echoed in a thread; a shared file is
 * downloaded with the bot token and its size reported.
 */
import { App, Assistant, LogLevel, type Logger } from '@slack/bolt';
import { createCanvas } from '@napi-rs/canvas';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Standin } from '../../src/slack-standin/index.js';

const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => LogLevel.ERROR, setName() {} };

export function chartPng(): Buffer {
  const canvas = createCanvas(240, 120);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 240, 120);
  ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2'].forEach((color, i) => {
    ctx.fillStyle = color;
    ctx.fillRect(20 + i * 55, 110 - (i + 1) * 22, 40, (i + 1) * 22);
  });
  return canvas.toBuffer('image/png');
}

export interface EchoApp {
  app: App;
  url: string;
  stop(): Promise<void>;
}

export async function startEchoApp(standin: Standin): Promise<EchoApp> {
  const app = new App({ signingSecret: standin.signingSecret, token: standin.botToken, logger: quiet, clientOptions: { slackApiUrl: standin.apiUrl, retryConfig: { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 50 } } });

  app.command('/echo', async ({ command, ack, client }) => {
    await ack();
    const parent = await client.chat.postMessage({ channel: command.channel_id, text: `Echo: ${command.text}` });
    await client.chat.postMessage({
      channel: command.channel_id, thread_ts: parent.ts, text: `You said ${command.text}`,
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'Echo result' } },
        { type: 'section', block_id: 'said', text: { type: 'mrkdwn', text: `<@${command.user_id}> said *${command.text}* — see <https://example.com|the docs>` } },
        { type: 'table', rows: [[{ type: 'raw_text', text: 'segment' }, { type: 'raw_text', text: 'customers' }], [{ type: 'raw_text', text: 'S1' }, { type: 'raw_text', text: '1,234' }]] },
        { type: 'actions', block_id: 'choices', elements: [
          { type: 'button', action_id: 'open_modal', text: { type: 'plain_text', text: 'Give a reason' }, value: parent.ts },
          { type: 'button', action_id: 'approve', style: 'primary', text: { type: 'plain_text', text: 'Approve' }, value: 'c1' },
        ] },
        { type: 'context_actions', elements: [{ type: 'feedback_buttons', action_id: 'feedback', positive_button: { text: { type: 'plain_text', text: 'Good' }, value: 'good' }, negative_button: { text: { type: 'plain_text', text: 'Bad' }, value: 'bad' } }] },
      ],
    });
    await client.filesUploadV2({ channel_id: command.channel_id, thread_ts: parent.ts ?? '', file: chartPng(), filename: 'chart.png', title: 'Segment sizes' });
  });

  app.action('open_modal', async ({ ack, body, client, action }) => {
    await ack();
    const threadTs = 'value' in action ? action.value : '';
    const channel = 'channel' in body && body.channel ? body.channel.id : '';
    await client.views.open({
      trigger_id: (body as { trigger_id: string }).trigger_id,
      view: {
        type: 'modal', callback_id: 'echo_modal', private_metadata: JSON.stringify({ channel, threadTs }),
        title: { type: 'plain_text', text: 'Why?' }, submit: { type: 'plain_text', text: 'Send' }, close: { type: 'plain_text', text: 'Cancel' },
        blocks: [{ type: 'input', block_id: 'reason', label: { type: 'plain_text', text: 'Reason' }, element: { type: 'plain_text_input', action_id: 'reason_input', multiline: true } }],
      },
    });
  });

  app.action('approve', async ({ ack, body, client }) => {
    await ack();
    const b = body as { user: { id: string }; channel?: { id: string }; message?: { ts: string } };
    await client.chat.update({ channel: b.channel?.id ?? '', ts: b.message?.ts ?? '', text: `Approved by <@${b.user.id}>`, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `:white_check_mark: Approved by <@${b.user.id}>` } }] });
  });

  app.action('feedback', async ({ ack, respond, action }) => {
    await ack();
    await respond({ response_type: 'ephemeral', replace_original: false, text: `Thanks for the ${'value' in action ? action.value : '?'} feedback` });
  });

  app.view('echo_modal', async ({ ack, view, client }) => {
    const reason = view.state.values.reason?.reason_input?.value ?? '';
    if (reason.trim() === '') {
      await ack({ response_action: 'errors', errors: { reason: 'Please give a reason' } });
      return;
    }
    await ack();
    const { channel, threadTs } = JSON.parse(view.private_metadata) as { channel: string; threadTs: string };
    await client.chat.postMessage({ channel, thread_ts: threadTs, text: `Reason received: ${reason}` });
  });

  app.assistant(new Assistant({
    threadStarted: async ({ say, setSuggestedPrompts }) => {
      await say('How can I help?');
      await setSuggestedPrompts({ prompts: [{ title: 'Revenue', message: 'Which segment brings the most revenue?' }] });
    },
    userMessage: async ({ message, say, setStatus }) => {
      await setStatus('is thinking…');
      await say(`Assistant heard: ${'text' in message ? message.text : ''}`);
    },
  }));

  app.event('app_mention', async ({ event, say }) => {
    await say({ text: `Heard: ${event.text}`, thread_ts: event.thread_ts ?? event.ts });
  });

  app.message(async ({ message, say, client, context }) => {
    if (message.subtype === 'file_share' && 'files' in message && message.files?.length) {
      const file = message.files[0];
      const response = await fetch(file.url_private_download ?? '', { headers: { Authorization: `Bearer ${context.botToken}` } });
      const bytes = Buffer.from(await response.arrayBuffer());
      await client.chat.postMessage({ channel: message.channel, text: `Got ${file.name}: ${bytes.length} bytes, starts with ${JSON.stringify(bytes.subarray(0, 8).toString('utf8'))}` });
      return;
    }
    if (!message.subtype && 'text' in message) await say(`You wrote: ${message.text ?? ''}`);
  });

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    await client.views.publish({ user_id: event.user, view: { type: 'home', blocks: [{ type: 'header', text: { type: 'plain_text', text: 'Echo home' } }, { type: 'section', text: { type: 'mrkdwn', text: `Hello <@${event.user}>` } }] } });
  });

  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  standin.setBotUrl(url);
  return { app, url, stop: () => app.stop() as Promise<void> };
}
