/**
 * What people in the stand-in workspace do, sent to the bot as Slack sends it: slash commands,
 * messages and mentions, file shares, button clicks, modal submissions, App Home visits.
 */
import { BotLink } from './bot-link.js';
import { actionPayload, feedbackValue, interactiveElements, stateValues } from './block-elements.js';
import { viewPayload } from './web-api/index.js';
import { STANDIN_BOT, STANDIN_TEAM, Workspace, dmChannelId, fileInfo, fileTypeOf } from './workspace.js';
import type { BotReply, StandinFile, StandinMessage, StandinView, SubmissionValues } from './types.js';

/** Where a response_url posts land: the conversation and, for clicks, the message clicked. */
export interface ResponseTarget {
  channel: string;
  user: string;
  messageTs?: string;
}

export interface SlashCommandInput { user: string; channel: string; command: string; text: string }
export interface MessageInput { user: string; channel: string; text: string; thread_ts?: string }
export interface UserFileInput { user: string; channel: string; name: string; bytes: Buffer | Uint8Array | string; mimetype?: string; text?: string; thread_ts?: string }
export interface BlockActionInput {
  user: string; actionId: string; value?: string; blockId?: string;
  channel?: string; message?: StandinMessage | string; view?: StandinView | string;
  /** For a click inside a modal: what the inputs hold at that moment (sent as view.state.values). */
  values?: SubmissionValues;
}
export interface ViewSubmissionInput { user: string; view?: StandinView | string; values: SubmissionValues }
export interface EventOptions { eventId?: string; retryNum?: number; retryReason?: string }

/** Slack shows a slash command as failed when the app takes longer than this to acknowledge it. */
const ACK_DEADLINE_MS = 3_000;

const mentionsBot = (text: string) => text.includes(`<@${STANDIN_BOT.userId}>`) || text.includes(`<@${STANDIN_BOT.userId}|`);

export class Interactions {
  readonly responseTargets = new Map<string, ResponseTarget>();
  private eventCounter = 0;

  constructor(private readonly ws: Workspace, private readonly bot: BotLink) {}

  private userRef(user: string) {
    const u = this.ws.user(user);
    if (!u) throw new Error(`The stand-in has no user ${user} (known: ${this.ws.users.map((x) => x.id).join(', ')}).`);
    return u;
  }

  private channelRef(channel: string) {
    const c = this.ws.channel(channel);
    if (!c) throw new Error(`The stand-in has no channel ${channel} (known: ${this.ws.channels.map((x) => x.id).join(', ')}).`);
    return c;
  }

  private responseUrl(target: ResponseTarget): string {
    const id = this.ws.newId('R');
    this.responseTargets.set(id, target);
    return `${this.ws.baseUrl}/response/${id}`;
  }

  async sendSlashCommand(input: SlashCommandInput): Promise<BotReply> {
    const user = this.userRef(input.user);
    const channel = this.channelRef(input.channel);
    const command = input.command.startsWith('/') ? input.command : `/${input.command}`;
    this.ws.addMessage({ channel: channel.id, user: user.id, text: `${command} ${input.text}`.trim(), ephemeral_user: user.id, via: 'command' });
    const reply = await this.bot.sendForm({
      token: 'standin-verification-token', team_id: STANDIN_TEAM.id, team_domain: STANDIN_TEAM.domain,
      channel_id: channel.id, channel_name: channel.kind === 'im' ? 'directmessage' : channel.name,
      user_id: user.id, user_name: user.name, command, text: input.text, api_app_id: STANDIN_BOT.appId, is_enterprise_install: 'false',
      response_url: this.responseUrl({ channel: channel.id, user: user.id }), trigger_id: this.ws.issueTrigger(user.id),
    });
    // A non-empty ack body is shown like a response: ephemeral unless it says in_channel.
    const ack = reply.json as { text?: string; blocks?: unknown[]; response_type?: string } | undefined;
    if (reply.status !== 200 || reply.ms > ACK_DEADLINE_MS) {
      const error = reply.ms > ACK_DEADLINE_MS ? 'operation_timeout' : `http_service_error (${reply.status})`;
      this.ws.addMessage({ channel: channel.id, user: 'USLACKBOT', via: 'ack', text: `${command} failed with the error "${error}"`, ephemeral_user: user.id });
    } else if (ack && (ack.text || ack.blocks)) {
      this.ws.addMessage({
        channel: channel.id, user: STANDIN_BOT.userId, bot_id: STANDIN_BOT.botId, via: 'ack', text: ack.text ?? '',
        ...(ack.blocks ? { blocks: ack.blocks } : {}), ...(ack.response_type === 'in_channel' ? {} : { ephemeral_user: user.id }),
      });
    } else if (reply.status === 200 && reply.body && !reply.json) {
      this.ws.addMessage({ channel: channel.id, user: STANDIN_BOT.userId, bot_id: STANDIN_BOT.botId, via: 'ack', text: reply.body, ephemeral_user: user.id });
    }
    return reply;
  }

  async sendEvent(event: Record<string, unknown>, options: EventOptions = {}): Promise<BotReply & { eventId: string }> {
    this.eventCounter += 1;
    const eventId = options.eventId ?? `Ev0STANDIN${String(this.eventCounter).padStart(6, '0')}`;
    const envelope = {
      token: 'standin-verification-token', team_id: STANDIN_TEAM.id, context_team_id: STANDIN_TEAM.id, api_app_id: STANDIN_BOT.appId,
      event: { event_ts: typeof event.ts === 'string' ? event.ts : this.ws.nextTs(), ...event }, type: 'event_callback', event_id: eventId, event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ enterprise_id: null, team_id: STANDIN_TEAM.id, user_id: STANDIN_BOT.userId, is_bot: true, is_enterprise_install: false }],
      is_ext_shared_channel: false, event_context: `4-standin-${eventId}`,
    };
    const headers: Record<string, string> = {};
    if (options.retryNum) {
      headers['x-slack-retry-num'] = String(options.retryNum);
      headers['x-slack-retry-reason'] = options.retryReason ?? 'http_timeout';
    }
    return { ...(await this.bot.sendJson(envelope, { headers })), eventId };
  }

  /** A person posts: stored in the conversation, and sent as message.im (DM) or app_mention (channel, mentioning the bot). */
  async sendMessage(input: MessageInput, extra: Partial<StandinMessage> = {}): Promise<{ message: StandinMessage; reply?: BotReply }> {
    const user = this.userRef(input.user);
    const channel = this.channelRef(input.channel);
    const message = this.ws.addMessage({ channel: channel.id, user: user.id, text: input.text, ...(input.thread_ts ? { thread_ts: input.thread_ts } : {}), via: 'user', ...extra });
    const base = { user: user.id, text: message.text, ts: message.ts, channel: channel.id, ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}), ...(message.files ? { files: message.files } : {}) };
    if (channel.kind === 'im') {
      const reply = await this.sendEvent({ type: 'message', ...(message.subtype ? { subtype: message.subtype } : {}), ...base, channel_type: 'im' });
      return { message, reply };
    }
    if (mentionsBot(message.text)) return { message, reply: await this.sendEvent({ type: 'app_mention', ...base }) };
    return { message };
  }

  async uploadUserFile(input: UserFileInput): Promise<{ file: StandinFile; message: StandinMessage; replies: BotReply[] }> {
    const user = this.userRef(input.user);
    const channel = this.channelRef(input.channel);
    const id = this.ws.newId('F');
    const bytes = Buffer.from(input.bytes);
    const base = `${this.ws.baseUrl}/files-pri/${STANDIN_TEAM.id}-${id}`;
    const name = input.name.replace(/[/\\]/g, '_');
    const file: StandinFile = {
      id, name, title: name, ...fileTypeOf(name), ...(input.mimetype ? { mimetype: input.mimetype } : {}), size: bytes.length, user: user.id,
      created: Math.floor(Date.now() / 1000), channels: [channel.id], url_private: `${base}/${encodeURIComponent(name)}`,
      url_private_download: `${base}/download/${encodeURIComponent(name)}`, permalink: `${this.ws.baseUrl}/files/${user.id}/${id}/${encodeURIComponent(name)}`,
      bytes, complete: true,
    };
    this.ws.fileStore.set(id, file);
    const sent = await this.sendMessage({ user: user.id, channel: channel.id, text: input.text ?? '', thread_ts: input.thread_ts }, { subtype: 'file_share', files: [fileInfo(file)] });
    const replies = sent.reply ? [sent.reply] : [];
    replies.push(await this.sendEvent({ type: 'file_shared', channel_id: channel.id, file_id: id, user_id: user.id, file: { id } }));
    return { file, message: sent.message, replies };
  }

  async sendBlockAction(input: BlockActionInput): Promise<BotReply> {
    const user = this.userRef(input.user);
    const view = typeof input.view === 'string' ? this.ws.findView(input.view) : input.view;
    if (input.view && !view) throw new Error(`The stand-in has no open view ${String(input.view)}.`);
    let message: StandinMessage | undefined;
    if (!view) {
      if (typeof input.message === 'object') message = input.message;
      else if (input.channel && input.message) message = this.ws.findMessage(this.channelRef(input.channel).id, input.message);
      else message = [...(input.channel ? this.ws.messages(this.channelRef(input.channel).id) : this.ws.allMessages())].reverse()
        .find((m) => interactiveElements(m.blocks).some((x) => x.element.action_id === input.actionId));
      if (!message) throw new Error(`No message with an element whose action_id is ${input.actionId}; pass channel and message.`);
    }
    const blocks = (view ? view.view.blocks : message?.blocks) as unknown[] | undefined;
    const candidates = interactiveElements(blocks).filter((x) => x.element.action_id === input.actionId && (!input.blockId || x.blockId === input.blockId));
    const hit = candidates.find((x) => input.value === undefined || x.element.value === input.value || feedbackValue(x.element, input.value)) ?? candidates[0];
    if (!hit) throw new Error(`No element with action_id ${input.actionId} in that ${view ? 'view' : 'message'}.`);
    const action = actionPayload(hit.element, hit.blockId, input.value);
    const channel = message ? this.ws.channel(message.channel) : undefined;
    const payload: Record<string, unknown> = {
      type: 'block_actions', user: { id: user.id, username: user.name, name: user.name, team_id: STANDIN_TEAM.id },
      api_app_id: STANDIN_BOT.appId, token: 'standin-verification-token', trigger_id: this.ws.issueTrigger(user.id),
      team: { id: STANDIN_TEAM.id, domain: STANDIN_TEAM.domain }, enterprise: null, is_enterprise_install: false,
      state: { values: {} }, actions: [action],
    };
    if (view) {
      const values = view.type === 'modal' ? stateValues(view.view.blocks as unknown[] | undefined, input.values ?? {}) : {};
      Object.assign(payload, { container: { type: 'view', view_id: view.id }, view: viewPayload(view, values), state: { values } });
    } else if (message && channel) {
      Object.assign(payload, {
        container: { type: 'message', message_ts: message.ts, channel_id: channel.id, is_ephemeral: Boolean(message.ephemeral_user), ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}) },
        channel: { id: channel.id, name: channel.kind === 'im' ? 'directmessage' : channel.name },
        message: { type: 'message', ts: message.ts, text: message.text, user: message.user, bot_id: message.bot_id, blocks: message.blocks ?? [], ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}) },
        response_url: this.responseUrl({ channel: channel.id, user: user.id, messageTs: message.ts }),
      });
    }
    return this.bot.sendForm({ payload: JSON.stringify(payload) });
  }

  async sendViewSubmission(input: ViewSubmissionInput): Promise<BotReply> {
    const user = this.userRef(input.user);
    const view = typeof input.view === 'string' ? this.ws.findView(input.view) : input.view ?? this.ws.topModal(user.id);
    if (!view) throw new Error(`${user.id} has no open modal to submit.`);
    const values = stateValues(view.view.blocks as unknown[] | undefined, input.values);
    const reply = await this.bot.sendForm({
      payload: JSON.stringify({
        type: 'view_submission', team: { id: STANDIN_TEAM.id, domain: STANDIN_TEAM.domain }, user: { id: user.id, username: user.name, name: user.name, team_id: STANDIN_TEAM.id },
        api_app_id: STANDIN_BOT.appId, token: 'standin-verification-token', trigger_id: this.ws.issueTrigger(user.id),
        view: viewPayload(view, values), response_urls: [], is_enterprise_install: false, enterprise: null,
      }),
    });
    if (reply.status === 200) this.applyViewResponse(view, reply.json as Record<string, unknown> | undefined);
    return reply;
  }

  /** What Slack does with a view_submission ack: close, show errors, update, push or clear. */
  private applyViewResponse(view: StandinView, ack: Record<string, unknown> | undefined): void {
    const stack = this.ws.modalStacks.get(view.user) ?? [];
    const action = ack?.response_action;
    if (action === 'errors') view.errors = ack?.errors as Record<string, string>;
    else if (action === 'update' && ack?.view) Object.assign(view, { view: ack.view, hash: `${Date.now()}.${this.ws.newId('H')}`, errors: undefined });
    else if (action === 'push' && ack?.view) stack.push({ id: this.ws.newId('V'), user: view.user, type: 'modal', view: ack.view as Record<string, unknown>, hash: `${Date.now()}`, rootViewId: view.rootViewId, previousViewId: view.id });
    else if (action === 'clear') this.ws.modalStacks.delete(view.user);
    else stack.splice(stack.indexOf(view), 1);
    this.ws.changed('view', { user: view.user });
  }

  /** The user dismissed the modal (Cancel): Slack sends view_closed only when the view asks for it. */
  async closeView(user: string, viewId: string): Promise<BotReply | undefined> {
    const view = this.ws.findView(viewId);
    if (!view || view.type !== 'modal') return undefined;
    const stack = this.ws.modalStacks.get(view.user) ?? [];
    stack.splice(stack.indexOf(view), 1);
    this.ws.changed('view', { user: view.user });
    if (!view.view.notify_on_close) return undefined;
    const u = this.userRef(user);
    return this.bot.sendForm({ payload: JSON.stringify({ type: 'view_closed', team: { id: STANDIN_TEAM.id }, user: { id: u.id, name: u.name }, api_app_id: STANDIN_BOT.appId, view: viewPayload(view), is_cleared: false }) });
  }

  /** The user opens a new thread in the app's assistant (agent) container: a thread root in the DM, then assistant_thread_started. */
  async sendAssistantThreadStarted(input: { user: string; contextChannel?: string }): Promise<BotReply & { eventId: string; thread_ts: string }> {
    const u = this.userRef(input.user);
    const dm = dmChannelId(u.id);
    const root = this.ws.addMessage({ channel: dm, user: STANDIN_BOT.userId, bot_id: STANDIN_BOT.botId, subtype: 'assistant_app_thread', text: 'New assistant thread', via: 'assistant' });
    const context = input.contextChannel ? { channel_id: this.channelRef(input.contextChannel).id, team_id: STANDIN_TEAM.id, enterprise_id: null } : {};
    const reply = await this.sendEvent({ type: 'assistant_thread_started', assistant_thread: { user_id: u.id, context, channel_id: dm, thread_ts: root.ts } });
    return { ...reply, thread_ts: root.ts };
  }

  sendAppHomeOpened(user: string, tab: 'home' | 'messages' = 'home'): Promise<BotReply> {
    const u = this.userRef(user);
    const home = this.ws.homes.get(u.id);
    return this.sendEvent({ type: 'app_home_opened', user: u.id, channel: dmChannelId(u.id), tab, ...(home && tab === 'home' ? { view: viewPayload(home) } : {}) });
  }
}
