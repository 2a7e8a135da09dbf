/** chat.*, conversations.* and reactions.add: messages, threads, ephemerals, streams. */
import { STANDIN_BOT, dmChannelId } from '../workspace.js';
import { ApiError, type Handler, channelFor, existingMessage, messageContent, ok, postMessage, publicMessage, required, str, streamText, threadParent } from './common.js';

export const MESSAGE_METHODS: Record<string, Handler> = {
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
};
