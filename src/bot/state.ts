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

export function fileBotState(dir: string): BotState {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'slack-state.json');
  const log = path.join(dir, 'answers.jsonl');
  let state: StateFile = { threadRuns: {}, runThreads: {}, origins: {}, reviewMessages: {} };
  try {
    state = { ...state, ...(JSON.parse(readFileSync(file, 'utf8')) as Partial<StateFile>) };
  } catch {
    // first start, or an unreadable file: start empty (links to old threads are lost, nothing else)
  }
  const save = () => {
    for (const key of ['threadRuns', 'origins', 'reviewMessages', 'runThreads'] as const) {
      const entries = Object.entries(state[key]);
      if (entries.length > LIMIT) state[key] = Object.fromEntries(entries.slice(-LIMIT)) as never;
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
      appendFileSync(log, JSON.stringify(answer) + '\n');
    },
    recordFeedback(answerId, user, feedback, at) {
      appendFileSync(log, JSON.stringify({ answerId, feedback, user, at }) + '\n');
    },
    answers() {
      try {
        return readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
      } catch {
        return [];
      }
    },
  };
}
