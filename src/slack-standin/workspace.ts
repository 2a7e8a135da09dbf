/**
 * The stand-in's workspace: people, channels, messages, files, views and every recorded call.
 * Plain state with one change signal, so the HTTP side, the test helpers and the page's live
 * updates all read the same thing.
 */
import { EventEmitter } from 'node:events';
import type { RecordedCall, StandinChannel, StandinFile, StandinFileInfo, StandinMessage, StandinUser, StandinView } from './types.js';

export const STANDIN_TEAM = { id: 'T0STANDIN', name: 'Segbot Stand-in', domain: 'segbot-standin' } as const;
export const STANDIN_BOT = { userId: 'U0SEGBOT', botId: 'B0SEGBOT', appId: 'A0SEGBOT', name: 'segbot' } as const;
export const STANDIN_USERGROUPS: Record<string, string[]> = { S0COMMITTEE: ['U0COMMITTEE1', 'U0COMMITTEE2'] };

export const DEFAULT_USERS: StandinUser[] = [
  { id: 'U0MARKETER', name: 'maria', realName: 'Maria Marketer', role: 'marketer' },
  { id: 'U0COMMITTEE1', name: 'carl', realName: 'Carl Committee', role: 'committee' },
  { id: 'U0COMMITTEE2', name: 'cora', realName: 'Cora Committee', role: 'committee' },
  { id: 'U0OUTSIDER', name: 'otto', realName: 'Otto Outsider', role: 'outsider' },
];

export const DEFAULT_CHANNELS: StandinChannel[] = [
  { id: 'C0MARKETING', name: 'marketing', kind: 'channel', botIsMember: true },
  { id: 'C0REVIEW', name: 'segbot-review', kind: 'channel', botIsMember: true },
];

/** The DM between a user and the bot: `D` + the user id without its leading `U`. */
export function dmChannelId(userId: string): string {
  return `D${userId.replace(/^U/, '')}`;
}

const MIME_BY_EXT: Record<string, string> = {
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', svg: 'image/svg+xml',
  csv: 'text/csv', tsv: 'text/tab-separated-values', txt: 'text/plain', json: 'application/json',
  gz: 'application/gzip', parquet: 'application/vnd.apache.parquet', pdf: 'application/pdf', html: 'text/html',
};

export function fileTypeOf(name: string): { filetype: string; mimetype: string } {
  const ext = (name.split('.').pop() ?? '').toLowerCase();
  const filetype = ext === 'gz' ? 'gzip' : ext === 'jpeg' ? 'jpg' : ext || 'binary';
  return { filetype, mimetype: MIME_BY_EXT[ext] ?? 'application/octet-stream' };
}

export function fileInfo(file: StandinFile): StandinFileInfo {
  const { bytes: _bytes, complete: _complete, ...info } = file;
  return { ...info, channels: [...info.channels] };
}

export class Workspace extends EventEmitter {
  readonly users: StandinUser[];
  readonly channels: StandinChannel[];
  readonly calls: RecordedCall[] = [];
  readonly fileStore = new Map<string, StandinFile>();
  /** Per channel, every message (top level and replies) in the order posted. */
  private readonly messageStore = new Map<string, StandinMessage[]>();
  /** Open modal stacks per user, bottom first. */
  readonly modalStacks = new Map<string, StandinView[]>();
  readonly homes = new Map<string, StandinView>();
  /** trigger_id → the user who caused it and when (Slack lets a trigger open a view for 3 seconds). */
  readonly triggers = new Map<string, { user: string; at: number }>();
  /** assistant.threads.setStatus per `${channel}:${thread_ts}`. */
  readonly statuses = new Map<string, string>();
  private lastTsMicros = 0;
  private idCounter = 0;

  constructor(users: StandinUser[], channels: StandinChannel[], readonly baseUrl: string) {
    super();
    this.users = [...users, { id: STANDIN_BOT.userId, name: STANDIN_BOT.name, realName: 'Segbot', role: 'bot', isBot: true }];
    this.channels = [...channels];
    for (const user of users) this.channels.push({ id: dmChannelId(user.id), name: `dm-${user.name}`, kind: 'im', user: user.id, botIsMember: true });
  }

  /** Tell listeners (waiters, the page's event stream) that something changed. */
  changed(kind: string, detail: Record<string, unknown> = {}): void {
    this.emit('change', { kind, ...detail });
  }

  newId(prefix: string): string {
    this.idCounter += 1;
    return `${prefix}0${this.idCounter.toString(36).toUpperCase().padStart(7, '0')}`;
  }

  /** Slack timestamps: seconds with six digits, strictly increasing. */
  nextTs(): string {
    this.lastTsMicros = Math.max(Date.now() * 1000, this.lastTsMicros + 1);
    return `${Math.floor(this.lastTsMicros / 1e6)}.${String(this.lastTsMicros % 1e6).padStart(6, '0')}`;
  }

  user(id: string): StandinUser | undefined {
    return this.users.find((u) => u.id === id);
  }

  /** A channel by id; a user id resolves to the DM with that user, as chat.postMessage does. */
  channel(id: string): StandinChannel | undefined {
    const dm = id.startsWith('U') || id.startsWith('W') ? dmChannelId(id) : id;
    return this.channels.find((c) => c.id === dm || c.name === id.replace(/^#/, ''));
  }

  messages(channel: string): StandinMessage[] {
    return this.messageStore.get(channel) ?? [];
  }

  allMessages(): StandinMessage[] {
    return [...this.messageStore.values()].flat();
  }

  findMessage(channel: string, ts: string): StandinMessage | undefined {
    return this.messages(channel).find((m) => m.ts === ts);
  }

  addMessage(message: Omit<StandinMessage, 'ts' | 'type'> & { ts?: string }): StandinMessage {
    const stored: StandinMessage = { type: 'message', ...message, ts: message.ts ?? this.nextTs() };
    if (stored.thread_ts === stored.ts) delete stored.thread_ts;
    const list = this.messageStore.get(stored.channel) ?? [];
    list.push(stored);
    this.messageStore.set(stored.channel, list);
    if (stored.thread_ts && !stored.ephemeral_user) {
      const parent = list.find((m) => m.ts === stored.thread_ts);
      if (parent) {
        parent.reply_count = (parent.reply_count ?? 0) + 1;
        parent.thread_ts = parent.ts;
      }
    }
    // As in Slack, the bot's reply in a thread clears the assistant status shown there.
    if (stored.bot_id && stored.thread_ts) this.statuses.delete(`${stored.channel}:${stored.thread_ts}`);
    this.changed('message', { channel: stored.channel, ts: stored.ts });
    return stored;
  }

  updateMessage(message: StandinMessage, patch: { text?: string; blocks?: unknown[]; attachments?: unknown[]; by: string }): void {
    (message.previous ??= []).push({ text: message.text, ...(message.blocks ? { blocks: message.blocks } : {}) });
    if (patch.text !== undefined) message.text = patch.text;
    if (patch.blocks !== undefined) message.blocks = patch.blocks;
    if (patch.attachments !== undefined) message.attachments = patch.attachments;
    message.edited = { user: patch.by, ts: this.nextTs() };
    this.changed('message_changed', { channel: message.channel, ts: message.ts });
  }

  deleteMessage(message: StandinMessage): void {
    const list = this.messages(message.channel);
    list.splice(list.indexOf(message), 1);
    if (message.thread_ts) {
      const parent = list.find((m) => m.ts === message.thread_ts);
      if (parent?.reply_count) parent.reply_count -= 1;
    }
    this.changed('message_deleted', { channel: message.channel, ts: message.ts });
  }

  record(call: RecordedCall): void {
    this.calls.push(call);
    this.changed('call', { method: call.method });
  }

  issueTrigger(user: string): string {
    const id = `${this.newId('').slice(1)}.${Date.now()}.standin`;
    this.triggers.set(id, { user, at: Date.now() });
    return id;
  }

  /** The user's top modal, if one is open. */
  topModal(user: string): StandinView | undefined {
    const stack = this.modalStacks.get(user);
    return stack?.[stack.length - 1];
  }

  findView(id: string | undefined, externalId?: string): StandinView | undefined {
    for (const stack of this.modalStacks.values()) {
      const found = stack.find((v) => v.id === id || (externalId !== undefined && v.view.external_id === externalId));
      if (found) return found;
    }
    return [...this.homes.values()].find((v) => v.id === id || (externalId !== undefined && v.view.external_id === externalId));
  }
}
