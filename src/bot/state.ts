/**
 * What the bot remembers about Slack between requests: which thread shows which run (follow-up
 * questions and App Home links), where a campaign was asked for (the requester is told there after
 * a decision), where its review message is, and the answers given with their feedback.
 * A JSON file and a JSON-lines log in the data folder, written atomically; one bot process per
 * data folder (a shared deployment keeps one process per workspace).
 */
import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface ThreadRef {
  channel: string;
  ts: string;
}

interface StateFile {
  /** `${channel}:${thread ts}` → run id. */
  threadRuns: Record<string, string>;
  /** run id → threads that show it. */
  runThreads: Record<string, ThreadRef[]>;
  /** campaign id → where it was asked for. */
  origins: Record<string, { channel: string; threadTs?: string }>;
  /** `${campaign id}@${version hash}` → its message in the review channel. */
  reviewMessages: Record<string, ThreadRef>;
}

export interface StoredAnswer {
  answerId: string;
  at: string;
  user: string;
  channel: string;
  threadTs: string | null;
  question: string;
  runId: string;
  tool: string;
  args: unknown;
  text: string;
}

export interface BotState {
  linkThread(runId: string, thread: ThreadRef): void;
  runForThread(channel: string, threadTs: string): string | undefined;
  threadsOf(runId: string): ThreadRef[];
  setOrigin(campaignId: string, origin: { channel: string; threadTs?: string }): void;
  originOf(campaignId: string): { channel: string; threadTs?: string } | undefined;
  setReviewMessage(campaignId: string, versionHash: string, ref: ThreadRef): void;
  reviewMessage(campaignId: string, versionHash: string): ThreadRef | undefined;
  recordAnswer(answer: StoredAnswer): void;
  recordFeedback(answerId: string, user: string, feedback: 'up' | 'down', at: string): void;
  /** The answers log, newest last (tests and the operator read it). */
  answers(): (StoredAnswer | { answerId: string; feedback: 'up' | 'down'; user: string; at: string })[];
}

const LIMIT = 5000;

export interface StateLog {
  warn(message: string): void;
}

const stderrWarn: StateLog = { warn: (m) => process.stderr.write(`segbot: warning: ${m}\n`) };

type Dict<T> = Record<string, T>;
const dict = <T>(): Dict<T> => Object.create(null) as Dict<T>;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRef = (v: unknown): v is ThreadRef => isObject(v) && typeof v.channel === 'string' && typeof v.ts === 'string';
const isOrigin = (v: unknown): v is { channel: string; threadTs?: string } => isObject(v) && typeof v.channel === 'string' && (v.threadTs === undefined || typeof v.threadTs === 'string');

/** The entries of `raw[key]` that pass `keep`; the rest are counted in `dropped`. Null-prototype, so no key reaches Object.prototype. */
function entries<T>(raw: Record<string, unknown>, key: string, keep: (v: unknown) => T | undefined, dropped: string[]): Dict<T> {
  const out = dict<T>();
  const value = raw[key];
  if (value === undefined) return out;
  if (!isObject(value)) {
    dropped.push(`${key} is not an object`);
    return out;
  }
  let bad = 0;
  for (const [k, v] of Object.entries(value)) {
    const kept = k === '__proto__' ? undefined : keep(v);
    if (kept === undefined) bad++;
    else out[k] = kept;
  }
  if (bad) dropped.push(`${bad} bad ${key} entr${bad === 1 ? 'y' : 'ies'}`);
  return out;
}

/** Reads the state file; what is malformed is left out with a warning, the rest is kept. A missing file is a first start. */
function loadState(file: string, log: StateLog): StateFile {
  const empty: StateFile = { threadRuns: dict(), runThreads: dict(), origins: dict(), reviewMessages: dict() };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') log.warn(`${file} cannot be read (${(error as Error).message}); starting with empty Slack state (links to old threads are lost, nothing else)`);
    return empty;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    log.warn(`${file} is not valid JSON; starting with empty Slack state (links to old threads are lost, nothing else)`);
    return empty;
  }
  if (!isObject(raw)) {
    log.warn(`${file} does not hold an object; starting with empty Slack state (links to old threads are lost, nothing else)`);
    return empty;
  }
  const dropped: string[] = [];
  const state: StateFile = {
    threadRuns: entries(raw, 'threadRuns', (v) => (typeof v === 'string' ? v : undefined), dropped),
    runThreads: entries(raw, 'runThreads', (v) => (Array.isArray(v) ? v.filter(isRef).map((r) => ({ channel: r.channel, ts: r.ts })) : undefined), dropped),
    origins: entries(raw, 'origins', (v) => (isOrigin(v) ? { channel: v.channel, ...(v.threadTs ? { threadTs: v.threadTs } : {}) } : undefined), dropped),
    reviewMessages: entries(raw, 'reviewMessages', (v) => (isRef(v) ? { channel: v.channel, ts: v.ts } : undefined), dropped),
  };
  for (const list of Object.values(state.runThreads)) if (list.length === 0) dropped.push('an empty or malformed thread list');
  if (dropped.length) log.warn(`${file} is partly malformed (${dropped.join('; ')}); kept the rest`);
  return state;
}

export function fileBotState(dir: string, log: StateLog = stderrWarn): BotState {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'slack-state.json');
  const answersLog = path.join(dir, 'answers.jsonl');
  const state = loadState(file, log);
  const save = () => {
    for (const key of ['threadRuns', 'origins', 'reviewMessages', 'runThreads'] as const) {
      const entries = Object.entries(state[key]);
      if (entries.length > LIMIT) state[key] = Object.assign(dict(), Object.fromEntries(entries.slice(-LIMIT))) as never;
    }
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(state));
    renameSync(tmp, file);
  };
  return {
    linkThread(runId, thread) {
      state.threadRuns[`${thread.channel}:${thread.ts}`] = runId;
      const list = (state.runThreads[runId] ??= []);
      if (!list.some((t) => t.channel === thread.channel && t.ts === thread.ts)) list.push(thread);
      save();
    },
    runForThread: (channel, threadTs) => state.threadRuns[`${channel}:${threadTs}`],
    threadsOf: (runId) => state.runThreads[runId] ?? [],
    setOrigin(campaignId, origin) {
      state.origins[campaignId] = origin;
      save();
    },
    originOf: (campaignId) => state.origins[campaignId],
    setReviewMessage(campaignId, versionHash, ref) {
      state.reviewMessages[`${campaignId}@${versionHash}`] = ref;
      save();
    },
    reviewMessage: (campaignId, versionHash) => state.reviewMessages[`${campaignId}@${versionHash}`],
    recordAnswer(answer) {
      appendFileSync(answersLog, JSON.stringify(answer) + '\n');
    },
    recordFeedback(answerId, user, feedback, at) {
      appendFileSync(answersLog, JSON.stringify({ answerId, feedback, user, at }) + '\n');
    },
    answers() {
      let text: string;
      try {
        text = readFileSync(answersLog, 'utf8');
      } catch {
        return [];
      }
      const good: ReturnType<BotState['answers']> = [];
      let bad = 0;
      for (const line of text.split('\n')) {
        if (line.trim() === '') continue;
        try {
          const entry = JSON.parse(line) as unknown;
          if (isObject(entry) && typeof entry.answerId === 'string') good.push(entry as never);
          else bad++;
        } catch {
          bad++;
        }
      }
      if (bad) log.warn(`${answersLog}: skipped ${bad} bad line${bad === 1 ? '' : 's'} (kept ${good.length})`);
      return good;
    },
  };
}
