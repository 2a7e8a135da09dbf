/**
 * The Web API methods the stand-in answers. Each handler takes the parsed arguments and returns
 * the fields of an `ok: true` answer, or throws ApiError with the error code Slack would give.
 */
import { STANDIN_BOT, STANDIN_TEAM, STANDIN_USERGROUPS, Workspace, dmChannelId, fileInfo, fileTypeOf } from './workspace.js';
import type { StandinMessage, StandinView } from './types.js';

export class ApiError extends Error {
  constructor(readonly code: string, readonly extra: Record<string, unknown> = {}) {
    super(code);
  }
}

type Args = Record<string, unknown>;
type Handler = (ws: Workspace, args: Args) => Record<string, unknown>;

const MAX_TEXT = 40_000;
const MAX_BLOCKS = 50;
const TRIGGER_LIFETIME_MS = 3_000;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);
const required = (args: Args, name: string): string => {
  const v = str(args[name]);
  if (v === undefined) throw new ApiError('invalid_arguments', { response_metadata: { messages: [`[ERROR] missing required field: ${name}`] } });
  return v;
};

function asArray(v: unknown, name: string): unknown[] | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (!Array.isArray(v)) throw new ApiError(name === 'blocks' ? 'invalid_blocks_format' : 'invalid_arguments');
  return v;
}

function channelFor(ws: Workspace, args: Args, field = 'channel') {
  const channel = ws.channel(required(args, field));
  if (!channel) throw new ApiError('channel_not_found');
  return channel;
}

function messageContent(args: Args, requireContent: boolean) {
  const text = str(args.text) ?? '';
  const blocks = asArray(args.blocks, 'blocks');
  const attachments = asArray(args.attachments, 'attachments');
  if (requireContent && !text && !blocks?.length && !attachments?.length) throw new ApiError('no_text');
  if (text.length > MAX_TEXT) throw new ApiError('msg_too_long');
  if (blocks && blocks.length > MAX_BLOCKS) throw new ApiError('invalid_blocks', { errors: [`must provide fewer than ${MAX_BLOCKS + 1} items [json-pointer:/blocks]`] });
  if (blocks?.some((b) => typeof b !== 'object' || b === null || typeof (b as { type?: unknown }).type !== 'string')) throw new ApiError('invalid_blocks');
  return { text, blocks, attachments };
}

function threadParent(ws: Workspace, channel: string, threadTs: string | undefined): string | undefined {
  if (!threadTs) return undefined;
  const parent = ws.findMessage(channel, threadTs);
  // Slack accepts a reply to a reply by threading it under the same parent.
  return parent?.thread_ts ?? threadTs;
}

function existingMessage(ws: Workspace, args: Args): StandinMessage {
  const channel = channelFor(ws, args);
  const message = ws.findMessage(channel.id, required(args, 'ts'));
  if (!message || message.ephemeral_user) throw new ApiError('message_not_found');
  return message;
}

function publicMessage(m: StandinMessage): Record<string, unknown> {
  const { via: _via, previous: _previous, channel: _channel, ...rest } = m;
  return rest;
}

function newView(ws: Workspace, user: string, type: StandinView['type'], view: unknown, previous?: StandinView): StandinView {
  if (typeof view !== 'object' || view === null) throw new ApiError('invalid_arguments');
  const v = view as Record<string, unknown>;
  if (type === 'modal' && (v.type !== 'modal' || typeof v.title !== 'object')) throw new ApiError('invalid_arguments', { response_metadata: { messages: ['[ERROR] a modal needs type "modal" and a title'] } });
  if (!Array.isArray(v.blocks) || v.blocks.length > 100) throw new ApiError('invalid_arguments', { response_metadata: { messages: ['[ERROR] blocks must be an array of at most 100 items'] } });
  const id = ws.newId('V');
  return { id, user, type, view: v, hash: `${Date.now()}.${ws.newId('H')}`, rootViewId: previous?.rootViewId ?? id, ...(previous ? { previousViewId: previous.id } : {}) };
}

/** A view as Slack returns it from views.* methods and sends it in payloads. */
export function viewPayload(v: StandinView, values: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...v.view, id: v.id, team_id: STANDIN_TEAM.id, type: v.type, hash: v.hash, state: { values },
    root_view_id: v.rootViewId, previous_view_id: v.previousViewId ?? null, app_id: STANDIN_BOT.appId, bot_id: STANDIN_BOT.botId,
    private_metadata: v.view.private_metadata ?? '', callback_id: v.view.callback_id ?? '', external_id: v.view.external_id ?? '',
  };
}

function triggerUser(ws: Workspace, args: Args): string {
  const trigger = str(args.trigger_id) ?? str(args.interactivity_pointer);
  const issued = trigger ? ws.triggers.get(trigger) : undefined;
  if (!issued) throw new ApiError(trigger ? 'invalid_trigger_id' : 'invalid_arguments');
  if (Date.now() - issued.at > TRIGGER_LIFETIME_MS) throw new ApiError('expired_trigger_id');
  return issued.user;
}

function slackUser(ws: Workspace, id: string) {
  const u = ws.user(id);
  if (!u) throw new ApiError('user_not_found');
  return {
    id: u.id, team_id: STANDIN_TEAM.id, name: u.name, real_name: u.realName, is_bot: Boolean(u.isBot), deleted: false, tz: 'Europe/Berlin', tz_offset: 3600,
    profile: { real_name: u.realName, display_name: u.name, title: u.role, ...(u.isBot ? { bot_id: STANDIN_BOT.botId } : {}) },
  };
}

function postMessage(ws: Workspace, args: Args, via: string, ephemeralUser?: string) {
  const channel = channelFor(ws, args);
  if (!channel.botIsMember) throw new ApiError('not_in_channel');
  const content = messageContent(args, true);
  return ws.addMessage({
    channel: channel.id, user: STANDIN_BOT.userId, bot_id: STANDIN_BOT.botId, via, text: content.text,
    ...(content.blocks ? { blocks: content.blocks } : {}), ...(content.attachments ? { attachments: content.attachments } : {}),
    ...(threadParent(ws, channel.id, str(args.thread_ts)) ? { thread_ts: threadParent(ws, channel.id, str(args.thread_ts)) } : {}),
    ...(args.metadata ? { metadata: args.metadata } : {}), ...(ephemeralUser ? { ephemeral_user: ephemeralUser } : {}),
  });
}

const ok = {};

function streamText(args: Args): string {
  const chunks = Array.isArray(args.chunks) ? (args.chunks as { type?: string; text?: string }[]) : [];
  return (str(args.markdown_text) ?? '') + chunks.filter((c) => c.type === 'markdown_text').map((c) => c.text ?? '').join('');
}

export const WEB_API: Record<string, Handler> = {
  'api.test': (_ws, args) => ({ args }),
  'auth.test': (ws) => ({ url: `${ws.baseUrl}/`, team: STANDIN_TEAM.name, user: STANDIN_BOT.name, team_id: STANDIN_TEAM.id, user_id: STANDIN_BOT.userId, bot_id: STANDIN_BOT.botId, is_enterprise_install: false }),
  'bots.info': () => ({ bot: { id: STANDIN_BOT.botId, name: 'Segbot', app_id: STANDIN_BOT.appId, user_id: STANDIN_BOT.userId, deleted: false } }),

  'chat.postMessage': (ws, args) => {
    const m = postMessage(ws, args, 'chat.postMessage');
    return { channel: m.channel, ts: m.ts, message: publicMessage(m) };
  },
  'chat.postEphemeral': (ws, args) => {
    const user = required(args, 'user');
    if (!ws.user(user)) throw new ApiError('user_not_found');
    const m = postMessage(ws, args, 'chat.postEphemeral', user);
    return { message_ts: m.ts };
  },
  'chat.update': (ws, args) => {
    const m = existingMessage(ws, args);
    if (m.bot_id !== STANDIN_BOT.botId) throw new ApiError('cant_update_message');
    const content = messageContent(args, false);
    ws.updateMessage(m, { text: str(args.text), blocks: content.blocks, attachments: content.attachments, by: STANDIN_BOT.userId });
    return { channel: m.channel, ts: m.ts, text: m.text, message: publicMessage(m) };
  },
  'chat.delete': (ws, args) => {
    const m = existingMessage(ws, args);
    if (m.bot_id !== STANDIN_BOT.botId) throw new ApiError('cant_delete_message');
    ws.deleteMessage(m);
    return { channel: m.channel, ts: m.ts };
  },
  'chat.getPermalink': (ws, args) => {
    const m = ws.findMessage(channelFor(ws, args).id, required(args, 'message_ts'));
    if (!m) throw new ApiError('message_not_found');
    const thread = m.thread_ts && m.thread_ts !== m.ts ? `?thread_ts=${m.thread_ts}&cid=${m.channel}` : '';
    return { channel: m.channel, permalink: `${ws.baseUrl}/archives/${m.channel}/p${m.ts.replace('.', '')}${thread}` };
  },

  // Streaming (chat.startStream / appendStream / stopStream): a thread reply whose text grows.
  'chat.startStream': (ws, args) => {
    const channel = channelFor(ws, args);
    const threadTs = threadParent(ws, channel.id, required(args, 'thread_ts'));
    const m = ws.addMessage({ channel: channel.id, user: STANDIN_BOT.userId, bot_id: STANDIN_BOT.botId, via: 'chat.startStream', text: streamText(args), thread_ts: threadTs });
    return { channel: m.channel, ts: m.ts };
  },
  'chat.appendStream': (ws, args) => {
    const m = existingMessage(ws, args);
    if (m.via !== 'chat.startStream') throw new ApiError('message_not_in_streaming_state');
    ws.updateMessage(m, { text: m.text + streamText(args), by: STANDIN_BOT.userId });
    return { channel: m.channel, ts: m.ts };
  },
  'chat.stopStream': (ws, args) => {
    const m = existingMessage(ws, args);
    if (m.via !== 'chat.startStream') throw new ApiError('message_not_in_streaming_state');
    const content = messageContent(args, false);
    ws.updateMessage(m, { text: m.text + streamText(args), blocks: content.blocks, by: STANDIN_BOT.userId });
    m.via = 'chat.stopStream';
    return { channel: m.channel, ts: m.ts, message: publicMessage(m) };
  },

  'conversations.info': (ws, args) => {
    const c = channelFor(ws, args);
    return { channel: { id: c.id, name: c.name, is_channel: c.kind === 'channel', is_im: c.kind === 'im', is_private: false, is_member: c.botIsMember, ...(c.user ? { user: c.user } : {}) } };
  },
  'conversations.replies': (ws, args) => {
    const channel = channelFor(ws, args);
    const ts = required(args, 'ts');
    const all = ws.messages(channel.id).filter((m) => !m.ephemeral_user);
    const parent = all.find((m) => m.ts === ts);
    if (!parent) throw new ApiError('thread_not_found');
    const root = parent.thread_ts ?? parent.ts;
    return { messages: all.filter((m) => m.ts === root || m.thread_ts === root).map(publicMessage), has_more: false };
  },
  'conversations.history': (ws, args) => {
    const channel = channelFor(ws, args);
    const top = ws.messages(channel.id).filter((m) => !m.ephemeral_user && (!m.thread_ts || m.thread_ts === m.ts));
    return { messages: top.reverse().map(publicMessage), has_more: false };
  },
  'conversations.open': (ws, args) => {
    const users = (str(args.users) ?? '').split(',');
    if (users.length !== 1 || !ws.user(users[0])) throw new ApiError('user_not_found');
    return { channel: { id: dmChannelId(users[0]) } };
  },
  'users.info': (ws, args) => ({ user: slackUser(ws, required(args, 'user')) }),
  'usergroups.users.list': (_ws, args) => {
    const users = STANDIN_USERGROUPS[required(args, 'usergroup')];
    if (!users) throw new ApiError('no_such_subteam');
    return { users: [...users] };
  },
  'reactions.add': (ws, args) => {
    const m = ws.findMessage(channelFor(ws, args).id, required(args, 'timestamp'));
    if (!m) throw new ApiError('message_not_found');
    const name = required(args, 'name');
    const reactions = (m.reactions ??= []);
    const r = reactions.find((x) => x.name === name);
    if (r?.users.includes(STANDIN_BOT.userId)) throw new ApiError('already_reacted');
    if (r) { r.users.push(STANDIN_BOT.userId); r.count += 1; } else reactions.push({ name, users: [STANDIN_BOT.userId], count: 1 });
    ws.changed('reaction_added', { channel: m.channel, ts: m.ts });
    return ok;
  },

  'files.upload': () => { throw new ApiError('method_deprecated'); },
  'files.getUploadURLExternal': (ws, args) => {
    const filename = required(args, 'filename');
    const length = Number(required(args, 'length'));
    if (!Number.isInteger(length) || length < 0) throw new ApiError('invalid_arguments');
    const id = ws.newId('F');
    const { filetype, mimetype } = fileTypeOf(filename);
    const base = `${ws.baseUrl}/files-pri/${STANDIN_TEAM.id}-${id}`;
    ws.fileStore.set(id, {
      id, name: filename, title: filename, filetype, mimetype, size: length, user: STANDIN_BOT.userId, created: Math.floor(Date.now() / 1000), channels: [],
      url_private: `${base}/${encodeURIComponent(filename)}`, url_private_download: `${base}/download/${encodeURIComponent(filename)}`,
      permalink: `${ws.baseUrl}/files/${STANDIN_BOT.userId}/${id}/${encodeURIComponent(filename)}`,
      ...(str(args.alt_text) ? { alt_text: str(args.alt_text) } : {}), bytes: Buffer.alloc(0), complete: false,
    });
    return { upload_url: `${ws.baseUrl}/upload/v1/${id}`, file_id: id };
  },
  'files.completeUploadExternal': (ws, args) => {
    const entries = asArray(args.files, 'files') as { id?: string; title?: string }[] | undefined;
    if (!entries?.length) throw new ApiError('invalid_arguments');
    const files = entries.map((entry) => {
      const file = entry.id ? ws.fileStore.get(entry.id) : undefined;
      if (!file || file.complete || file.bytes.length === 0) throw new ApiError('file_not_found');
      return { file, title: entry.title };
    });
    const channelId = str(args.channel_id) ?? str(args.channels)?.split(',')[0];
    const channel = channelId ? ws.channel(channelId) : undefined;
    if (channelId && !channel) throw new ApiError('channel_not_found');
    if (channel && !channel.botIsMember) throw new ApiError('not_in_channel');
    for (const { file, title } of files) {
      file.complete = true;
      if (title) file.title = title;
      if (channel) file.channels.push(channel.id);
    }
    if (channel) {
      const content = messageContent({ text: args.initial_comment, blocks: args.blocks }, false);
      const threadTs = threadParent(ws, channel.id, str(args.thread_ts));
      ws.addMessage({
        channel: channel.id, user: STANDIN_BOT.userId, bot_id: STANDIN_BOT.botId, via: 'files.completeUploadExternal', subtype: 'file_share',
        text: content.text, ...(content.blocks ? { blocks: content.blocks } : {}), ...(threadTs ? { thread_ts: threadTs } : {}),
        files: files.map(({ file }) => fileInfo(file)),
      });
    }
    ws.changed('files');
    return { files: files.map(({ file }) => ({ id: file.id, title: file.title })) };
  },
  'files.info': (ws, args) => {
    const file = ws.fileStore.get(required(args, 'file'));
    if (!file) throw new ApiError('file_not_found');
    return { file: fileInfo(file) };
  },

  'views.open': (ws, args) => {
    const user = triggerUser(ws, args);
    const v = newView(ws, user, 'modal', args.view);
    ws.modalStacks.set(user, [v]);
    ws.changed('view', { user });
    return { view: viewPayload(v) };
  },
  'views.push': (ws, args) => {
    const user = triggerUser(ws, args);
    const stack = ws.modalStacks.get(user);
    if (!stack?.length) throw new ApiError('not_found');
    if (stack.length >= 3) throw new ApiError('push_limit_reached');
    const v = newView(ws, user, 'modal', args.view, stack[stack.length - 1]);
    stack.push(v);
    ws.changed('view', { user });
    return { view: viewPayload(v) };
  },
  'views.update': (ws, args) => {
    const existing = ws.findView(str(args.view_id), str(args.external_id));
    if (!existing) throw new ApiError('not_found');
    if (str(args.hash) && args.hash !== existing.hash) throw new ApiError('hash_conflict');
    const next = newView(ws, existing.user, existing.type, args.view);
    Object.assign(existing, { view: next.view, hash: next.hash, errors: undefined });
    ws.changed('view', { user: existing.user });
    return { view: viewPayload(existing) };
  },
  'views.publish': (ws, args) => {
    const user = required(args, 'user_id');
    if (!ws.user(user)) throw new ApiError('user_not_found');
    const view = args.view as Record<string, unknown> | undefined;
    if (view?.type !== 'home') throw new ApiError('invalid_arguments', { response_metadata: { messages: ['[ERROR] views.publish needs a view of type "home"'] } });
    const existing = ws.homes.get(user);
    if (existing && str(args.hash) && args.hash !== existing.hash) throw new ApiError('hash_conflict');
    const v = newView(ws, user, 'home', view);
    if (existing) v.id = existing.id;
    ws.homes.set(user, v);
    ws.changed('home', { user });
    return { view: viewPayload(v) };
  },

  'assistant.threads.setStatus': (ws, args) => {
    ws.statuses.set(`${required(args, 'channel_id')}:${str(args.thread_ts) ?? ''}`, str(args.status) ?? '');
    ws.changed('status');
    return ok;
  },
  'assistant.threads.setSuggestedPrompts': (_ws, args) => {
    required(args, 'channel_id');
    asArray(args.prompts, 'prompts');
    return ok;
  },
  'assistant.threads.setTitle': (_ws, args) => {
    required(args, 'channel_id');
    required(args, 'title');
    return ok;
  },
};
