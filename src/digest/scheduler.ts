/**
 * Exactly one digest per scheduled period, whatever the number of processes and restarts. Each
 * tick finds the latest scheduled time at or before now (croner, in the configured time zone) and
 * claims that period in the store under a lease: one claimer wins; a claimer that died mid-digest
 * loses its claim when the lease runs out and another process finishes the job. While a claimer
 * works (a long analysis, slow posts), a heartbeat renews its lease, so a live claimer is never
 * taken over; one that finds its claim gone does not post. A period missed
 * while the bot was down is caught up once, marked late. A post is tried three times; a failure
 * that persists is reported to the review channel and recorded, never silently lost.
 */
import { Cron } from 'croner';
import type { DigestPost, Store } from '../store/index.js';
import type { Digest } from './produce.js';

export interface DigestPoster {
  /** Posts the digest; returns the message's ts. */
  post(digest: Digest, channel: string): Promise<string>;
  /** Tells the operators (the review channel) that a digest could not be posted. */
  report(message: string): Promise<void>;
}

export interface DigestSchedulerOptions {
  store: Pick<Store, 'claimDigest' | 'renewDigest' | 'finishDigest'>;
  cron: string;
  timezone: string;
  channel: string;
  dataset: string;
  /** Who this process is, in the lease (host:pid:random). */
  owner: string;
  /** Produces the digest (runs the dataset, compares with the previous snapshot). */
  make: (late: { scheduledFor: string } | null) => Promise<Digest>;
  poster: DigestPoster;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
  /** How long a claim holds before another process may take over (default 30 minutes: longer than an analysis). */
  leaseMs?: number;
  /** The heartbeat that renews the lease while the digest is made and posted (default: every third of the lease). */
  renewEveryMs?: number;
  /** Calls `beat` every `ms` until the returned function is called (tests drive it by hand with their clock). */
  every?: (ms: number, beat: () => void) => () => void;
  attempts?: number;
  retryDelayMs?: number;
  /** A period older than this is not caught up (default 7 days). */
  catchUpMs?: number;
  /** Later than this after the scheduled time, the digest says it is late (default 10 minutes). */
  lateAfterMs?: number;
}

export type TickOutcome = { kind: 'idle' } | { kind: 'taken'; period: string } | { kind: 'posted'; period: string; ts: string; late: boolean } | { kind: 'failed'; period: string; error: string } | { kind: 'lost'; period: string };

const everyInterval = (ms: number, beat: () => void) => {
  const timer = setInterval(beat, ms);
  timer.unref();
  return () => clearInterval(timer);
};

const DEFAULTS = { leaseMs: 30 * 60_000, attempts: 3, retryDelayMs: 5_000, catchUpMs: 7 * 86_400_000, lateAfterMs: 10 * 60_000 };

export class DigestScheduler {
  private readonly o: DigestSchedulerOptions & typeof DEFAULTS;
  private readonly cron: Cron;
  private timer: Cron | null = null;
  private running: Promise<TickOutcome> | null = null;

  constructor(options: DigestSchedulerOptions) {
    this.o = { ...DEFAULTS, ...options };
    this.cron = new Cron(options.cron, { timezone: options.timezone, paused: true });
  }

  /** The latest scheduled time at or before `at`, or null. */
  dueAt(at: Date): Date | null {
    return this.cron.previousRuns(1, new Date(at.getTime() + 1))[0] ?? null;
  }

  /** One check: claim the current period if nobody has, produce and post. Concurrent calls share one tick. */
  tick(): Promise<TickOutcome> {
    this.running ??= this.runTick().finally(() => (this.running = null));
    return this.running;
  }

  private async runTick(): Promise<TickOutcome> {
    const o = this.o;
    const now = (o.now ?? (() => new Date()))();
    const due = this.dueAt(now);
    if (!due || now.getTime() - due.getTime() > o.catchUpMs) return { kind: 'idle' };
    const period = due.toISOString();
    const claim: DigestPost | null = await o.store.claimDigest({ period, dataset: o.dataset, channel: o.channel, owner: o.owner, now: now.toISOString(), leaseUntil: new Date(now.getTime() + o.leaseMs).toISOString() });
    if (!claim) return { kind: 'taken', period };
    const lease = this.heartbeat(period);
    try {
      return await this.produceAndPost(period, now.getTime() - due.getTime() > o.lateAfterMs ? { scheduledFor: period } : null, lease);
    } finally {
      lease.stop();
    }
  }

  /** Renews the claim every renewEveryMs (a third of the lease by default) until stopped; `held()` renews once more and says whether the claim is still ours. */
  private heartbeat(period: string): { held: () => Promise<boolean>; stop: () => void } {
    const o = this.o;
    let lost = false;
    let beating: Promise<void> = Promise.resolve();
    const renew = async () => {
      if (lost) return;
      const at = this.clock();
      const ok = await o.store.renewDigest(period, o.owner, { now: at.toISOString(), leaseUntil: new Date(at.getTime() + o.leaseMs).toISOString() }).catch((e: unknown) => {
        // A store hiccup is not a lost claim: the lease still runs, and the next beat tries again.
        o.log?.(`digest for ${period}: could not renew the lease: ${e instanceof Error ? e.message : String(e)}`);
        return true;
      });
      if (!ok) {
        lost = true;
        o.log?.(`digest for ${period}: another process took over the claim; this one will not post it`);
      }
    };
    const stop = (o.every ?? everyInterval)(o.renewEveryMs ?? Math.floor(o.leaseMs / 3), () => {
      beating = beating.then(renew);
    });
    return {
      held: async () => {
        await (beating = beating.then(renew));
        return !lost;
      },
      stop,
    };
  }

  private async produceAndPost(period: string, late: { scheduledFor: string } | null, lease: { held: () => Promise<boolean> }): Promise<TickOutcome> {
    const o = this.o;
    let lastError = '';
    let digest: Digest | null = null;
    for (let attempt = 1; attempt <= o.attempts; attempt++) {
      try {
        digest ??= await o.make(late);
        // Checked (and renewed) right before posting: a claimer whose lease passed on must not post too.
        if (!(await lease.held())) return { kind: 'lost', period };
        const ts = await o.poster.post(digest, o.channel);
        await o.store.finishDigest(period, o.owner, { state: 'posted', messageTs: ts, detail: late ? `late (due ${period})` : null, now: this.clock().toISOString() });
        o.log?.(`digest for ${period} posted to ${o.channel}${late ? ' (late)' : ''}`);
        return { kind: 'posted', period, ts, late: late !== null };
      } catch (e) {
        lastError = e instanceof Error ? e.message : String(e);
        o.log?.(`digest for ${period}: attempt ${attempt} of ${o.attempts} failed: ${lastError}`);
        if (attempt < o.attempts) await (o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))))(o.retryDelayMs * attempt);
      }
    }
    if (!(await lease.held())) return { kind: 'lost', period };
    const message = `The weekly digest of ${o.dataset} due ${period} could not be posted to <#${o.channel}> after ${o.attempts} attempts: ${lastError}`;
    await o.poster.report(message).catch((e: unknown) => o.log?.(`could not report the failed digest either: ${e instanceof Error ? e.message : String(e)}`));
    await o.store.finishDigest(period, o.owner, { state: 'failed', messageTs: null, detail: lastError.slice(0, 500), now: this.clock().toISOString() });
    return { kind: 'failed', period, error: lastError };
  }

  private clock(): Date {
    return (this.o.now ?? (() => new Date()))();
  }

  /** Catches up now, then ticks at every scheduled time. */
  start(): void {
    if (this.timer) return;
    void this.tick().catch((e: unknown) => this.o.log?.(`digest tick failed: ${String(e)}`));
    this.timer = new Cron(this.o.cron, { timezone: this.o.timezone, protect: true }, () => {
      void this.tick().catch((e: unknown) => this.o.log?.(`digest tick failed: ${String(e)}`));
    });
  }

  async stop(): Promise<void> {
    this.timer?.stop();
    this.timer = null;
    await this.running?.catch(() => undefined);
  }
}
