/** What the Web API handlers share: the error they throw, argument readers, message checks. */
import { STANDIN_BOT, Workspace } from '../workspace.js';
import type { StandinMessage } from '../types.js';
import { blockProblems } from './block-limits.js';

export class ApiError extends Error {
  constructor(readonly code: string, readonly extra: Record<string, unknown> = {}) {
    super(code);
  }
}

export type Args = Record<string, unknown>;
export type Handler = (ws: Workspace, args: Args) => Record<string, unknown>;

const MAX_TEXT = 40_000;
const MAX_BLOCKS = 50;

export const ok = {};

export const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);
export const required = (args: Args, name: string): string => {
  const v = str(args[name]);
  if (v === undefined) throw new ApiError('invalid_arguments', { response_metadata: { messages: [`[ERROR] missing required field: ${name}`] } });
  return v;
};

export function asArray(v: unknown, name: string): unknown[] | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (!Array.isArray(v)) throw new ApiError(name === 'blocks' ? 'invalid_blocks_format' : 'invalid_arguments');
  return v;
}

export function channelFor(ws: Workspace, args: Args, field = 'channel') {
  const channel = ws.channel(required(args, field));
  if (!channel) throw new ApiError('channel_not_found');
  return channel;
}

export function messageContent(args: Args, requireContent: boolean) {
  const text = str(args.text) ?? '';
  const blocks = asArray(args.blocks, 'blocks');
  const attachments = asArray(args.attachments, 'attachments');
  if (requireContent && !text && !blocks?.length && !attachments?.length) throw new ApiError('no_text');
  if (text.length > MAX_TEXT) throw new ApiError('msg_too_long');
  if (blocks && blocks.length > MAX_BLOCKS) throw new ApiError('invalid_blocks', { errors: [`must provide fewer than ${MAX_BLOCKS + 1} items [json-pointer:/blocks]`] });
  if (blocks?.some((b) => typeof b !== 'object' || b === null || typeof (b as { type?: unknown }).type !== 'string')) throw new ApiError('invalid_blocks');
  const problems = blocks ? blockProblems(blocks) : [];
  if (problems.length) throw new ApiError('invalid_blocks', { errors: problems, response_metadata: { messages: problems.map((p) => `[ERROR] ${p}`) } });
  return { text, blocks, attachments };
}

export function threadParent(ws: Workspace, channel: string, threadTs: string | undefined): string | undefined {
  if (!threadTs) return undefined;
  const parent = ws.findMessage(channel, threadTs);
  // Slack accepts a reply to a reply by threading it under the same parent.
  return parent?.thread_ts ?? threadTs;
}

export function existingMessage(ws: Workspace, args: Args): StandinMessage {
  const channel = channelFor(ws, args);
  const message = ws.findMessage(channel.id, required(args, 'ts'));
  if (!message || message.ephemeral_user) throw new ApiError('message_not_found');
  return message;
}

export function publicMessage(m: StandinMessage): Record<string, unknown> {
  const { via: _via, previous: _previous, channel: _channel, ...rest } = m;
  return rest;
}

export function postMessage(ws: Workspace, args: Args, via: string, ephemeralUser?: string) {
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

export function streamText(args: Args): string {
  const chunks = Array.isArray(args.chunks) ? (args.chunks as { type?: string; text?: string }[]) : [];
  return (str(args.markdown_text) ?? '') + chunks.filter((c) => c.type === 'markdown_text').map((c) => c.text ?? '').join('');
}
