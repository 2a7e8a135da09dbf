/**
 * What the bot remembers about Slack between requests: which thread shows which run (follow-up
 * questions, App Home and digest links), where a campaign was asked for (the requester is told there
 * after a decision), and the answers given with their feedback. It lives in the store (SQLite or
 * Postgres), so every bot process sharing a store shares it; where the review message of a version is
 * was already there (review posts).
 *
 * Earlier versions kept it in the data folder (slack-state.json and answers.jsonl): at start those
 * files are imported once, what is malformed is left out with a warning, and they are renamed
 * `*.imported` so that nothing is imported twice.
 */
import { existsSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { Store, ThreadRef } from '../store/index.js';

export type { ThreadRef, StoredAnswer } from '../store/index.js';

/** A write to the bot's memory that must not stop a reply: a failure is logged, not thrown. */
export async function remember(log: StateLog, what: string, write: Promise<unknown>): Promise<void> {
  await write.then(
    () => undefined,
    (e: unknown) => log.warn(`could not remember ${what}: ${e instanceof Error ? e.message : String(e)}`),
  );
}

/** A read of the bot's memory whose failure is logged and read as `fallback` (a link or an origin is a convenience). */
export async function recall<T>(log: StateLog, what: string, read: Promise<T>, fallback: T): Promise<T> {
  return read.catch((e: unknown) => {
    log.warn(`could not read ${what}: ${e instanceof Error ? e.message : String(e)}`);
    return fallback;
  });
}

/** The store's Slack memory: what the listeners read and write. */
export type BotState = Pick<Store, 'linkThread' | 'runForThread' | 'threadsOf' | 'setOrigin' | 'originOf' | 'recordAnswer' | 'recordFeedback' | 'answers'>;

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

/** The answers log's lines that are entries; the rest are counted. */
function readAnswersLog(file: string): { entries: Record<string, unknown>[]; bad: number } {
  const entries: Record<string, unknown>[] = [];
  let bad = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      const entry = JSON.parse(line) as unknown;
      if (isObject(entry) && typeof entry.answerId === 'string') entries.push(entry);
      else bad++;
    } catch {
      bad++;
    }
  }
  return { entries, bad };
}

export interface ImportedState {
  threads: number;
  origins: number;
  reviewMessages: number;
  answers: number;
}

/**
 * Imports an earlier version's Slack memory from the data folder into the store, once: the files are
 * renamed `*.imported` afterwards. Null when there is nothing to import.
 */
export async function importLegacyBotState(dir: string, store: Pick<Store, 'linkThread' | 'setOrigin' | 'saveReviewPost' | 'recordAnswer' | 'recordFeedback'>, log: StateLog = stderrWarn): Promise<ImportedState | null> {
  const file = path.join(dir, 'slack-state.json');
  const answersLog = path.join(dir, 'answers.jsonl');
  const hasState = existsSync(file);
  const hasAnswers = existsSync(answersLog);
  if (!hasState && !hasAnswers) return null;
  const done: ImportedState = { threads: 0, origins: 0, reviewMessages: 0, answers: 0 };
  if (hasState) {
    const state = loadState(file, log);
    const threadRun = new Map(Object.entries(state.threadRuns));
    // Threads in the order they were linked to their runs, then any that only the reverse index holds.
    for (const [runId, threads] of Object.entries(state.runThreads)) {
      for (const t of threads) {
        const key = `${t.channel}:${t.ts}`;
        if ((threadRun.get(key) ?? runId) !== runId) continue;
        await store.linkThread(runId, t);
        threadRun.delete(key);
        done.threads++;
      }
    }
    for (const [key, runId] of threadRun) {
      const at = key.lastIndexOf(':');
      if (at <= 0) continue;
      await store.linkThread(runId, { channel: key.slice(0, at), ts: key.slice(at + 1) });
      done.threads++;
    }
    for (const [campaignId, origin] of Object.entries(state.origins)) {
      await store.setOrigin(campaignId, origin, { onlyIfNew: true });
      done.origins++;
    }
    for (const [key, ref] of Object.entries(state.reviewMessages)) {
      const at = key.lastIndexOf('@');
      if (at <= 0) continue;
      await store.saveReviewPost({ campaignId: key.slice(0, at), versionHash: key.slice(at + 1), channel: ref.channel, ts: ref.ts });
      done.reviewMessages++;
    }
    renameSync(file, `${file}.imported`);
  }
  if (hasAnswers) {
    const { entries, bad } = readAnswersLog(answersLog);
    for (const entry of entries) {
      if (entry.feedback === 'up' || entry.feedback === 'down') await store.recordFeedback({ answerId: String(entry.answerId), feedback: entry.feedback, user: String(entry.user ?? ''), at: String(entry.at ?? '') });
      else await store.recordAnswer(entry as never);
      done.answers++;
    }
    if (bad) log.warn(`${answersLog}: skipped ${bad} bad line${bad === 1 ? '' : 's'} (imported ${entries.length})`);
    renameSync(answersLog, `${answersLog}.imported`);
  }
  return done;
}
