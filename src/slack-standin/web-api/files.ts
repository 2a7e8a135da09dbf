/** Files: the external upload flow (get URL, upload, complete) and files.info; files.upload is retired. */
import { STANDIN_BOT, STANDIN_TEAM, fileInfo, fileTypeOf } from '../workspace.js';
import { ApiError, type Handler, asArray, messageContent, required, str, threadParent } from './common.js';

export const FILE_METHODS: Record<string, Handler> = {
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
};
