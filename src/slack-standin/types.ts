/**
 * The shapes the Slack stand-in records and hands out. Field names follow Slack's own JSON
 * (snake_case) where the object is one Slack would send, so tests read like Slack's docs.
 */

export interface StandinUser {
  id: string;
  name: string;
  realName: string;
  /** What this person is in the demo workspace ("marketer", "committee", "outsider", "bot"). */
  role: string;
  isBot?: boolean;
}

export interface StandinChannel {
  id: string;
  name: string;
  /** 'im' channels are DMs between one user and the bot. */
  kind: 'channel' | 'im';
  /** For a DM: the human on the other side. */
  user?: string;
  /** Whether the bot has been invited (posting elsewhere answers `not_in_channel`). */
  botIsMember: boolean;
}

/** A file as Slack describes it in API answers and events (no bytes). */
export interface StandinFileInfo {
  id: string;
  name: string;
  title: string;
  mimetype: string;
  filetype: string;
  size: number;
  user: string;
  created: number;
  channels: string[];
  url_private: string;
  url_private_download: string;
  permalink: string;
  alt_text?: string;
}

/** A stored file: its Slack description plus the bytes. `complete` is false until it is shared. */
export interface StandinFile extends StandinFileInfo {
  bytes: Buffer;
  complete: boolean;
}

export interface StandinMessage {
  type: 'message';
  channel: string;
  ts: string;
  user?: string;
  bot_id?: string;
  text: string;
  blocks?: unknown[];
  attachments?: unknown[];
  thread_ts?: string;
  reply_count?: number;
  subtype?: string;
  files?: StandinFileInfo[];
  metadata?: unknown;
  edited?: { user: string; ts: string };
  /** Earlier versions (oldest first) when the message was updated with chat.update or response_url. */
  previous?: { text: string; blocks?: unknown[] }[];
  reactions?: { name: string; users: string[]; count: number }[];
  /** Set on ephemeral messages (chat.postEphemeral, ephemeral responses): only this user sees them. */
  ephemeral_user?: string;
  /** Where the message came from: a Web API method, 'response_url', 'ack' (a slash command's ack body) or 'user'. */
  via: string;
}

/** A modal (view stack entry) or a published home tab. */
export interface StandinView {
  id: string;
  user: string;
  type: 'modal' | 'home';
  view: Record<string, unknown>;
  hash: string;
  /** Errors returned by the bot with `response_action: 'errors'` on the last submission. */
  errors?: Record<string, string>;
  rootViewId: string;
  previousViewId?: string;
}

export interface RecordedCall {
  /** A Web API method name, or 'upload' (bytes to an upload URL), 'response_url', 'download'. */
  method: string;
  /** The arguments, JSON fields parsed, the token left out. */
  args: Record<string, unknown>;
  /** Milliseconds since the epoch. */
  at: number;
  /** What the stand-in answered. */
  ok: boolean;
  error?: string;
  status: number;
}

/** What the bot answered to a request the stand-in sent it. */
export interface BotReply {
  status: number;
  /** The raw response body. */
  body: string;
  /** The body parsed as JSON when it is JSON, else undefined. */
  json?: unknown;
  /** How long the bot took to answer (Slack gives up after 3 seconds). */
  ms: number;
}

export type StandinFailure = { status: 429; retryAfterSeconds: number } | { status: number; body?: string } | { error: string };

export interface StandinLogger {
  debug(...msg: unknown[]): void;
  info(...msg: unknown[]): void;
  warn(...msg: unknown[]): void;
  error(...msg: unknown[]): void;
}

export interface StandinOptions {
  /** 0 (default) picks a free port. The server listens on 127.0.0.1 only. */
  port?: number;
  signingSecret?: string;
  botToken?: string;
  users?: StandinUser[];
  channels?: StandinChannel[];
  logger?: StandinLogger;
  /** Where signed requests go (can also be set later with setBotUrl). */
  botUrl?: string;
}

/** Values of a view submission: either Slack's own state.values shape or, per action, a plain string. */
export type SubmissionValues = Record<string, Record<string, string | string[] | Record<string, unknown>>>;
