/** The run queue with a fake executor: each run waits on a deferred promise, so every step is driven by the test, not by time. */
import { describe, expect, it } from 'vitest';
import { RunQueue, RunCancelledError, newRunId, type RunContext, type RunEvent, type RunFailure } from '../../src/runs/queue.js';

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets pending promise callbacks run (the queue starts the next run in a continuation). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** An executor whose runs each wait for the test to finish them; it records what it was given. */
function harness(concurrency: number, extra: { describeError?: (error: unknown) => RunFailure } = {}) {
  const gates = new Map<string, Deferred<string>>();
  const contexts = new Map<string, RunContext>();
  const started: string[] = [];
  let n = 0;
  const queue = new RunQueue<string, string>({
    concurrency,
    newId: () => `run-${++n}`,
    ...extra,
    execute: (request, context) => {
      started.push(request);
      contexts.set(request, context);
      const gate = deferred<string>();
      gates.set(request, gate);
      return gate.promise;
    },
  });
  const gate = (request: string) => {
    const g = gates.get(request);
    if (!g) throw new Error(`${request} has not started`);
    return g;
  };
  const submit = (request: string, requester = 'U1', sourceKey = request) => queue.submit({ sourceKey, requester, request });
  return { queue, gate, contexts, started, submit };
}

const types = (events: readonly RunEvent<unknown>[]) => events.map((e) => e.type);
const positions = (events: readonly RunEvent<unknown>[]) => events.flatMap((e) => (e.type === 'queued' ? [e.position] : []));

describe('RunQueue: concurrency', () => {
  it('runs one at a time with concurrency 1, the next starting when the current finishes', async () => {
    const h = harness(1);
    const a = h.submit('a').run;
    const b = h.submit('b').run;
    const c = h.submit('c').run;
    expect(h.started).toEqual(['a']);
    expect([a.state, b.state, c.state]).toEqual(['running', 'queued', 'queued']);
    expect([a.position, b.position, c.position]).toEqual([0, 1, 2]);

    h.gate('a').resolve('A');
    expect(await a.done).toEqual({ state: 'finished', summary: 'A' });
    expect(h.started).toEqual(['a', 'b']);
    expect([b.state, c.state]).toEqual(['running', 'queued']);
    expect(c.position).toBe(1);

    h.gate('b').resolve('B');
    await b.done;
    expect(h.started).toEqual(['a', 'b', 'c']);
    h.gate('c').resolve('C');
    expect(await c.done).toEqual({ state: 'finished', summary: 'C' });
    expect(h.queue.active()).toEqual([]);
  });

  it('runs two at once with concurrency 2 and never a third', async () => {
    const h = harness(2);
    const runs = ['a', 'b', 'c', 'd'].map((r) => h.submit(r).run);
    expect(h.started).toEqual(['a', 'b']);
    expect(runs.map((r) => r.state)).toEqual(['running', 'running', 'queued', 'queued']);
    expect(runs.map((r) => r.position)).toEqual([0, 0, 1, 2]);
    expect(h.queue.active().map((r) => r.id)).toEqual(runs.map((r) => r.id));

    h.gate('b').resolve('B');
    await runs[1]!.done;
    expect(h.started).toEqual(['a', 'b', 'c']);
    expect(runs.map((r) => r.state)).toEqual(['running', 'finished', 'running', 'queued']);

    h.gate('a').resolve('A');
    await runs[0]!.done;
    expect(h.started).toEqual(['a', 'b', 'c', 'd']);
    h.gate('c').resolve('C');
    h.gate('d').resolve('D');
    await h.queue.idle();
    expect(runs.map((r) => r.state)).toEqual(['finished', 'finished', 'finished', 'finished']);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a concurrency of %s', (concurrency) => {
    expect(() => new RunQueue({ concurrency, execute: async () => 'x' })).toThrow(/concurrency must be a whole number ≥ 1/);
  });
});

describe('RunQueue: positions', () => {
  it('announces each waiting run its position, and a new position as runs ahead start', async () => {
    const h = harness(1);
    const a = h.submit('a').run;
    const b = h.submit('b').run;
    const c = h.submit('c').run;
    expect(types(a.events)).toEqual(['queued', 'started']);
    expect(positions(b.events)).toEqual([1]);
    expect(positions(c.events)).toEqual([2]);

    h.gate('a').resolve('A');
    await a.done;
    expect(types(b.events)).toEqual(['queued', 'started']);
    expect(positions(c.events)).toEqual([2, 1]);
    expect(c.position).toBe(1);
  });

  it('moves the runs behind a cancelled queued run up one place', () => {
    const h = harness(1);
    h.submit('a');
    const b = h.submit('b').run;
    const c = h.submit('c').run;
    const d = h.submit('d').run;
    expect(b.cancel('U1')).toBe(true);
    expect(positions(c.events)).toEqual([2, 1]);
    expect(positions(d.events)).toEqual([3, 2]);
    expect([c.position, d.position]).toEqual([1, 2]);
  });
});

describe('RunQueue: joining', () => {
  it('joins a queued run of the same source: joined is true, the requester is added and a joined event is sent', () => {
    const h = harness(1);
    h.submit('a');
    const first = h.submit('b', 'U1', 'dataset:demo');
    const second = h.submit('b2', 'U2', 'dataset:demo');
    expect(first.joined).toBe(false);
    expect(second.joined).toBe(true);
    expect(second.run).toBe(first.run);
    expect(first.run.requesters).toEqual(['U1', 'U2']);
    expect(first.run.events.at(-1)).toEqual({ type: 'joined', requester: 'U2' });
    expect(h.queue.active()).toHaveLength(2);
  });

  it('joins a running run of the same source, and the joiner shares its outcome', async () => {
    const h = harness(1);
    const first = h.submit('a', 'U1', 'upload:F1');
    const second = h.submit('again', 'U2', 'upload:F1');
    expect(second).toEqual({ run: first.run, joined: true });
    expect(h.started).toEqual(['a']);
    h.gate('a').resolve('A');
    expect(await second.run.done).toEqual({ state: 'finished', summary: 'A' });
  });

  it('does not add the same requester twice nor announce a join to itself', () => {
    const h = harness(1);
    const first = h.submit('a', 'U1', 'k');
    const again = h.submit('a', 'U1', 'k');
    expect(again.joined).toBe(true);
    expect(first.run.requesters).toEqual(['U1']);
    expect(types(first.run.events)).not.toContain('joined');
  });

  it('starts a new run for a source whose earlier run has finished', async () => {
    const h = harness(1);
    const first = h.submit('a', 'U1', 'k').run;
    h.gate('a').resolve('A');
    await first.done;
    const second = h.submit('b', 'U1', 'k');
    expect(second.joined).toBe(false);
    expect(second.run.id).not.toBe(first.id);
  });

  it('does not join a running run that is being cancelled (its outcome is already decided)', async () => {
    const h = harness(1);
    const first = h.submit('a', 'U1', 'k').run;
    first.cancel('U1'); // the executor has not noticed yet: the run is still running
    expect(first.state).toBe('running');
    const second = h.submit('b', 'U2', 'k');
    expect(second.joined).toBe(false);
    expect(second.run).not.toBe(first);
    expect(first.requesters).toEqual(['U1']);
    h.gate('a').resolve('A');
    expect(await first.done).toEqual({ state: 'cancelled', by: 'U1' });
    await settle();
    expect(h.started).toEqual(['a', 'b']);
  });
});

describe('RunQueue: cancelling', () => {
  it('cancels a queued run: removed from the queue, never executed, outcome cancelled', async () => {
    const h = harness(1);
    h.submit('a');
    const b = h.submit('b').run;
    expect(b.cancel('U9')).toBe(true);
    expect(await b.done).toEqual({ state: 'cancelled', by: 'U9' });
    expect(b.state).toBe('cancelled');
    expect(b.events.at(-1)).toEqual({ type: 'cancelled', by: 'U9' });
    expect(h.queue.active().map((r) => r.id)).not.toContain(b.id);
    h.gate('a').resolve('A');
    await h.queue.idle();
    expect(h.started).toEqual(['a']);
  });

  it('cancels a running run through its signal: the executor sees the abort, emit throws, the outcome is cancelled (not failed)', async () => {
    const h = harness(1);
    const a = h.submit('a').run;
    const b = h.submit('b').run;
    const context = h.contexts.get('a')!;
    context.emit({ type: 'info', message: 'reading' });
    expect(context.signal.aborted).toBe(false);
    expect(context.runId).toBe(a.id);

    expect(a.cancel('U2')).toBe(true);
    expect(context.signal.aborted).toBe(true);
    expect(context.signal.reason).toBeInstanceOf(RunCancelledError);
    expect((context.signal.reason as RunCancelledError).by).toBe('U2');
    expect(() => context.emit({ type: 'stage', step: 'clustering', phase: 'start' })).toThrow(RunCancelledError);
    expect(a.cancel('U3')).toBe(false); // already being cancelled

    h.gate('a').reject(context.signal.reason);
    expect(await a.done).toEqual({ state: 'cancelled', by: 'U2' });
    expect(types(a.events)).toEqual(['queued', 'started', 'info', 'cancelled']);
    expect(b.state).toBe('running'); // the slot is freed
  });

  it('reports cancelled even when the executor ignores the signal and returns a summary', async () => {
    const h = harness(1);
    const a = h.submit('a').run;
    a.cancel('U2');
    h.gate('a').resolve('A');
    expect(await a.done).toEqual({ state: 'cancelled', by: 'U2' });
  });

  it('refuses to cancel a finished run', async () => {
    const h = harness(1);
    const a = h.submit('a').run;
    h.gate('a').resolve('A');
    await a.done;
    expect(a.cancel('U1')).toBe(false);
    expect(a.state).toBe('finished');
  });
});

describe('RunQueue: failures', () => {
  it('still fails the run and frees its slot when describeError itself throws', async () => {
    const h = harness(1, {
      describeError: () => {
        throw new Error('describe is broken');
      },
    });
    const a = h.submit('a').run;
    const b = h.submit('b').run;
    h.gate('a').reject(Object.assign(new Error('bad column'), { code: 'MISSING_COLUMN' }));
    expect(await a.done).toEqual({ state: 'failed', error: { code: 'MISSING_COLUMN', message: 'bad column' } });
    expect(b.state).toBe('running');
  });

  it('fails a run whose executor throws, with describeError’s code and message, and starts the next', async () => {
    const h = harness(1, { describeError: (e) => ({ code: 'MISSING_COLUMN', message: `told: ${(e as Error).message}` }) });
    const a = h.submit('a').run;
    const b = h.submit('b').run;
    h.gate('a').reject(new Error('no customer column'));
    expect(await a.done).toEqual({ state: 'failed', error: { code: 'MISSING_COLUMN', message: 'told: no customer column' } });
    expect(a.events.at(-1)).toEqual({ type: 'failed', error: { code: 'MISSING_COLUMN', message: 'told: no customer column' } });
    expect(b.state).toBe('running');
  });

  it('without describeError, uses a coded error’s code, or INTERNAL', async () => {
    const h = harness(1);
    const a = h.submit('a').run;
    h.gate('a').reject(Object.assign(new Error('empty file'), { code: 'EMPTY_FILE' }));
    expect(await a.done).toEqual({ state: 'failed', error: { code: 'EMPTY_FILE', message: 'empty file' } });
    const b = h.submit('b').run;
    h.gate('b').reject('plain string');
    expect(await b.done).toEqual({ state: 'failed', error: { code: 'INTERNAL', message: 'plain string' } });
  });

  it('fails a run whose executor throws synchronously', async () => {
    const queue = new RunQueue<string, string>({
      concurrency: 1,
      execute: () => {
        throw new Error('boom');
      },
    });
    const { run } = queue.submit({ sourceKey: 'k', requester: 'U1', request: 'x' });
    expect(await run.done).toEqual({ state: 'failed', error: { code: 'INTERNAL', message: 'boom' } });
  });
});

describe('RunQueue: subscribing', () => {
  it('replays past events to a new listener, then follows the new ones until the end', async () => {
    const h = harness(1);
    h.submit('a');
    const b = h.submit('b').run;
    const seen: RunEvent<string>[] = [];
    b.subscribe((e) => seen.push(e));
    expect(seen).toEqual([{ type: 'queued', position: 1 }]);
    h.gate('a').resolve('A');
    await settle();
    h.contexts.get('b')!.emit({ type: 'stage', step: 'reading', phase: 'start' });
    h.gate('b').resolve('B');
    await b.done;
    expect(seen).toEqual([
      { type: 'queued', position: 1 },
      { type: 'started' },
      { type: 'stage', step: 'reading', phase: 'start' },
      { type: 'finished', summary: 'B' },
    ]);
    expect(seen).toEqual(b.events);
  });

  it('stops sending to a listener that unsubscribed', () => {
    const h = harness(1);
    const a = h.submit('a').run;
    const seen: string[] = [];
    const off = a.subscribe((e) => seen.push(e.type));
    off();
    h.contexts.get('a')!.emit({ type: 'info', message: 'x' });
    expect(seen).toEqual(['queued', 'started']);
  });

  it('replays the whole history, outcome included, to a listener that subscribes after the end', async () => {
    const h = harness(1);
    const a = h.submit('a').run;
    h.gate('a').resolve('A');
    await a.done;
    const seen: string[] = [];
    a.subscribe((e) => seen.push(e.type));
    expect(seen).toEqual(['queued', 'started', 'finished']);
  });

  it('keeps running when a listener throws, and the other listeners still hear every event', async () => {
    const h = harness(1);
    const a = h.submit('a').run;
    const seen: string[] = [];
    a.subscribe((e) => {
      if (e.type === 'info' || e.type === 'finished') throw new Error('Slack is down');
    });
    a.subscribe((e) => seen.push(e.type));
    expect(() => h.contexts.get('a')!.emit({ type: 'info', message: 'x' })).not.toThrow();
    h.gate('a').resolve('A');
    expect(await a.done).toEqual({ state: 'finished', summary: 'A' });
    expect(seen).toEqual(['queued', 'started', 'info', 'finished']);
  });

  it('replays to a listener that throws without throwing at the subscriber, and keeps it for later events', () => {
    const h = harness(1);
    const a = h.submit('a').run;
    const seen: string[] = [];
    expect(() =>
      a.subscribe((e) => {
        seen.push(e.type);
        throw new Error('Slack is down');
      }),
    ).not.toThrow();
    h.contexts.get('a')!.emit({ type: 'info', message: 'x' });
    expect(seen).toEqual(['queued', 'started', 'info']);
  });

  it('gives a listener that subscribes from inside another listener each event once', () => {
    const h = harness(1);
    const a = h.submit('a').run;
    const late: string[] = [];
    let subscribed = false;
    a.subscribe((e) => {
      if (e.type === 'info' && !subscribed) {
        subscribed = true;
        a.subscribe((f) => late.push(f.type));
      }
    });
    h.contexts.get('a')!.emit({ type: 'info', message: 'x' });
    expect(late).toEqual(['queued', 'started', 'info']);
  });
});

describe('RunQueue: lookup and idle', () => {
  it('finds a run by id, including finished ones', async () => {
    const h = harness(1);
    const a = h.submit('a').run;
    expect(a.id).toBe('run-1');
    h.gate('a').resolve('A');
    await a.done;
    expect(h.queue.get('run-1')).toBe(a);
    expect(h.queue.get('run-9')).toBeUndefined();
  });

  it('idle() resolves at once on an empty queue, and after the last queued run otherwise', async () => {
    const h = harness(1);
    await h.queue.idle();
    const a = h.submit('a').run;
    const b = h.submit('b').run;
    let idle = false;
    const waiting = h.queue.idle().then(() => (idle = true));
    h.gate('a').resolve('A');
    await a.done;
    await settle();
    expect(idle).toBe(false);
    h.gate('b').resolve('B');
    await waiting;
    expect(b.state).toBe('finished');
  });
});

describe('newRunId', () => {
  it('is r + the UTC time to the second + 6 hex digits', () => {
    expect(newRunId(new Date('2026-12-05T18:07:09.456Z'))).toMatch(/^r20261205-180709-[0-9a-f]{6}$/);
  });

  it('sorts by time and differs between calls in the same second', () => {
    const at = new Date('2026-01-02T03:04:05Z');
    const ids = new Set(Array.from({ length: 200 }, () => newRunId(at)));
    expect(ids.size).toBe(200);
    expect(newRunId(new Date('2026-01-02T03:04:06Z')) > newRunId(new Date('2026-01-02T03:04:05Z'))).toBe(true);
    expect(newRunId(new Date('2026-10-02T00:00:00Z')) > newRunId(new Date('2026-09-30T23:59:59Z'))).toBe(true);
  });

  it('is a valid artifact run id by default', () => {
    expect(newRunId()).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/);
  });
});
