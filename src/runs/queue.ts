/**
 * Runs as a queue: each run has an id, the people who asked for it, a source key (which dataset or
 * which upload), a state and typed progress events. At most `concurrency` runs execute at once
 * (an analysis keeps a core busy; the default of 1 suits a 2-core machine); the others wait and
 * know their position. A request for a source that is already queued or running joins that run.
 * A run is cancelled through its AbortSignal; the executor checks it between stages.
 */
import { randomBytes } from 'node:crypto';

export type RunState = 'queued' | 'running' | 'finished' | 'failed' | 'cancelled';

export type RunEvent<S> =
  | { type: 'queued'; position: number }
  | { type: 'started' }
  | { type: 'stage'; step: string; phase: 'start' | 'end'; detail?: string }
  | { type: 'info'; message: string }
  | { type: 'joined'; requester: string }
  | { type: 'finished'; summary: S }
  | { type: 'failed'; error: RunFailure }
  | { type: 'cancelled'; by: string };

export interface RunFailure {
  /** A coded error's code (e.g. MISSING_COLUMN), or INTERNAL for a bug. */
  code: string;
  /** What was wrong and what to do; safe to show to the requester (no paths of the server, no tokens). */
  message: string;
}

export type RunOutcome<S> = { state: 'finished'; summary: S } | { state: 'failed'; error: RunFailure } | { state: 'cancelled'; by: string };

export interface RunContext {
  runId: string;
  signal: AbortSignal;
  /** Reports a stage or a line of information; throws once the run is cancelled. */
  emit(event: { type: 'stage'; step: string; phase: 'start' | 'end'; detail?: string } | { type: 'info'; message: string }): void;
}

export interface RunRequest<R> {
  sourceKey: string;
  requester: string;
  request: R;
}

export interface Run<S> {
  readonly id: string;
  readonly sourceKey: string;
  readonly requesters: readonly string[];
  readonly state: RunState;
  /** 1-based place in the queue while queued; 0 once started. */
  readonly position: number;
  readonly events: readonly RunEvent<S>[];
  /** Replays past events to the listener, then follows new ones; returns an unsubscribe. */
  subscribe(listener: (event: RunEvent<S>) => void): () => void;
  readonly done: Promise<RunOutcome<S>>;
  cancel(by: string): boolean;
}

export interface RunQueueOptions<R, S> {
  concurrency: number;
  execute: (request: R, context: RunContext) => Promise<S>;
  /** Maps an executor's exception to what the requester is told. */
  describeError?: (error: unknown) => RunFailure;
  newId?: () => string;
}

export class RunCancelledError extends Error {
  constructor(readonly by: string) {
    super(`the run was cancelled by ${by}`);
    this.name = 'RunCancelledError';
  }
}

function deliver<S>(listener: (event: RunEvent<S>) => void, event: RunEvent<S>): void {
  try {
    listener(event);
  } catch {
    // A listener's failure (a Slack post) must not stop the run nor the replay; the listener reports its own errors.
  }
}

class RunImpl<R, S> implements Run<S> {
  state: RunState = 'queued';
  requesters: string[];
  events: RunEvent<S>[] = [];
  readonly controller = new AbortController();
  cancelledBy = '';
  private readonly listeners = new Set<(event: RunEvent<S>) => void>();
  private settle!: (outcome: RunOutcome<S>) => void;
  readonly done: Promise<RunOutcome<S>>;

  constructor(
    readonly id: string,
    readonly sourceKey: string,
    requester: string,
    readonly request: R,
    private readonly queue: RunQueue<R, S>,
  ) {
    this.requesters = [requester];
    this.done = new Promise((resolve) => (this.settle = resolve));
  }

  get position(): number {
    return this.queue.positionOf(this);
  }

  subscribe(listener: (event: RunEvent<S>) => void): () => void {
    for (const event of this.events) deliver(listener, event);
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: RunEvent<S>): void {
    this.events.push(event);
    // A snapshot: a listener subscribed from inside another one has had this event in its replay already.
    for (const listener of [...this.listeners]) deliver(listener, event);
  }

  finish(outcome: RunOutcome<S>): void {
    this.state = outcome.state;
    if (outcome.state === 'finished') this.emit({ type: 'finished', summary: outcome.summary });
    else if (outcome.state === 'failed') this.emit({ type: 'failed', error: outcome.error });
    else this.emit({ type: 'cancelled', by: outcome.by });
    this.listeners.clear();
    this.settle(outcome);
  }

  cancel(by: string): boolean {
    return this.queue.cancel(this, by);
  }
}

const defaultDescribe = (error: unknown): RunFailure => {
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : 'INTERNAL';
  const message = error instanceof Error ? error.message : String(error);
  return { code, message };
};

export class RunQueue<R, S> {
  private readonly waiting: RunImpl<R, S>[] = [];
  private readonly running = new Set<RunImpl<R, S>>();
  private readonly all = new Map<string, RunImpl<R, S>>();
  private readonly describe: (error: unknown) => RunFailure;
  private readonly newId: () => string;

  constructor(private readonly options: RunQueueOptions<R, S>) {
    if (!Number.isInteger(options.concurrency) || options.concurrency < 1) throw new RangeError(`concurrency must be a whole number ≥ 1, got ${options.concurrency}`);
    this.describe = options.describeError ?? defaultDescribe;
    this.newId = options.newId ?? newRunId;
  }

  /** Queues a run, or joins the queued or running run of the same source. */
  submit(req: RunRequest<R>): { run: Run<S>; joined: boolean } {
    // A running run that is being cancelled will end cancelled: a new request for its source starts afresh.
    const active = [...this.running, ...this.waiting].find((r) => r.sourceKey === req.sourceKey && !r.controller.signal.aborted);
    if (active) {
      if (!active.requesters.includes(req.requester)) {
        active.requesters.push(req.requester);
        active.emit({ type: 'joined', requester: req.requester });
      }
      return { run: active, joined: true };
    }
    const run = new RunImpl<R, S>(this.newId(), req.sourceKey, req.requester, req.request, this);
    this.all.set(run.id, run);
    this.waiting.push(run);
    run.emit({ type: 'queued', position: this.waiting.length });
    this.pump();
    return { run, joined: false };
  }

  get(id: string): Run<S> | undefined {
    return this.all.get(id);
  }

  /** Runs queued or running, in the order they will finish being served. */
  active(): Run<S>[] {
    return [...this.running, ...this.waiting];
  }

  positionOf(run: RunImpl<R, S>): number {
    const i = this.waiting.indexOf(run);
    return i < 0 ? 0 : i + 1;
  }

  cancel(run: RunImpl<R, S>, by: string): boolean {
    if (run.state === 'queued') {
      this.waiting.splice(this.waiting.indexOf(run), 1);
      run.finish({ state: 'cancelled', by });
      this.announcePositions();
      return true;
    }
    if (run.state === 'running' && !run.controller.signal.aborted) {
      run.cancelledBy = by;
      run.controller.abort(new RunCancelledError(by));
      return true;
    }
    return false;
  }

  /** Resolves when nothing is queued or running (for shutdown and tests). */
  async idle(): Promise<void> {
    while (this.running.size + this.waiting.length > 0) {
      await Promise.race([...this.running, ...this.waiting].map((r) => r.done));
    }
  }

  /** A describeError that throws must not leave the run unsettled and its slot taken for ever. */
  private describeSafely(error: unknown): RunFailure {
    try {
      return this.describe(error);
    } catch {
      return defaultDescribe(error);
    }
  }

  private announcePositions(): void {
    this.waiting.forEach((run, i) => run.emit({ type: 'queued', position: i + 1 }));
  }

  private pump(): void {
    while (this.running.size < this.options.concurrency && this.waiting.length > 0) {
      const run = this.waiting.shift() as RunImpl<R, S>;
      this.running.add(run);
      this.announcePositions();
      void this.execute(run);
    }
  }

  private async execute(run: RunImpl<R, S>): Promise<void> {
    run.state = 'running';
    run.emit({ type: 'started' });
    const signal = run.controller.signal;
    const context: RunContext = {
      runId: run.id,
      signal,
      emit(event) {
        if (signal.aborted) throw signal.reason;
        run.emit(event);
      },
    };
    let outcome: RunOutcome<S>;
    try {
      const summary = await this.options.execute(run.request, context);
      outcome = signal.aborted ? { state: 'cancelled', by: run.cancelledBy } : { state: 'finished', summary };
    } catch (error) {
      outcome = signal.aborted ? { state: 'cancelled', by: run.cancelledBy } : { state: 'failed', error: this.describeSafely(error) };
    }
    this.running.delete(run);
    run.finish(outcome);
    this.pump();
  }
}

/** Sortable and unique: the UTC time to the second and 6 random hex digits. */
export function newRunId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, '').replace('T', '-');
  return `r${stamp}-${randomBytes(3).toString('hex')}`;
}
