/**
 * The run service on real parts: a small generated log, the real engine, the offline narrator, a SQLite store and a
 * local artifact store in a temp folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { generateTransactions } from '../../src/data/generator.js';
import { loadConfig } from '../../src/config.js';
import { createServices, type Services } from '../../src/services/index.js';
import { RUN_MANIFEST, describeRunError, type RunJob, type RunEvent, type FinishedRun } from '../../src/runs/index.js';
import { DataError } from '../../src/errors.js';

const dir = tempDir('segbot-service-');
const input = path.join(dir, 'orders.csv');
let services: Services;

const job = (dataset: string, source: string, narrate = true): RunJob => ({
  dataset,
  label: dataset,
  sourceKey: `dataset:${dataset}`,
  request: { source, seed: 5, engine: { algorithms: ['kmeans'], kMin: 2, kMax: 4, stabilityResamples: 2 } },
  narrate,
});

beforeAll(async () => {
  await generateTransactions({ customers: 800, seed: 3, out: input, plantedSegments: 3, truthPath: null });
  const config = loadConfig({ SEGBOT_DATA_DIR: path.join(dir, 'data') }, dir);
  services = await createServices(config, { log: () => {} });
});

afterAll(async () => {
  await services?.close();
});

describe('createRunService', () => {
  let first: FinishedRun;
  let runId: string;

  it('runs a job into the artifact store with a run.json manifest, and joins a second submit of the same source', async () => {
    const events: RunEvent<FinishedRun>[] = [];
    const a = services.runs.start(job('shop', input), 'U1');
    const b = services.runs.start(job('shop', input), 'U2');
    expect(a.joined).toBe(false);
    expect(b.joined).toBe(true);
    expect(b.run).toBe(a.run);
    expect(a.run.requesters).toEqual(['U1', 'U2']);
    a.run.subscribe((e) => events.push(e));
    expect(services.runs.active()).toEqual([a.run]);
    expect(services.runs.get(a.run.id)).toBe(a.run);

    const outcome = await a.run.done;
    expect(outcome.state).toBe('finished');
    if (outcome.state !== 'finished') return;
    first = outcome.summary;
    runId = a.run.id;
    expect(runId).toMatch(/^r\d{8}-\d{6}-[0-9a-f]{6}$/);
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['queued', 'started', 'joined', 'stage', 'finished']));

    const { manifest, files } = first;
    expect(manifest).toMatchObject({ runId, dataset: 'shop', label: 'shop', sourceKey: 'dataset:shop', requestedBy: ['U1', 'U2'] });
    expect(Date.parse(manifest.createdAt)).not.toBeNaN();
    expect(manifest.summary.customers).toBeGreaterThan(500);
    expect(manifest.summary.model.algorithm).toBe('kmeans');
    expect(files).toEqual(expect.arrayContaining([RUN_MANIFEST, 'result.json', 'assignments.csv', 'report.html', 'report.md', 'narrative.json', 'reviews.json']));
    expect(files.some((f) => f.startsWith('charts/') && f.endsWith('.png'))).toBe(true);
    expect(await services.artifacts.list()).toEqual([runId]);
    const stored = JSON.parse((await services.artifacts.read(runId, RUN_MANIFEST)).toString('utf8'));
    expect(stored).toEqual(JSON.parse(JSON.stringify(manifest)));
    expect(readdirSync(path.join(services.config.artifactsDir, '.staging'))).toEqual([]);
  });

  it('finds the latest run of a dataset and reads its result and narrative back', async () => {
    expect(runId).toBeDefined();
    expect((await services.runs.latest('shop'))?.runId).toBe(runId);
    expect((await services.runs.latest())?.runId).toBe(runId);
    expect(await services.runs.latest('other')).toBeNull();
    expect((await services.runs.manifest(runId))?.dataset).toBe('shop');
    expect(await services.runs.manifest('r20000101-000000-000000')).toBeNull();

    const result = await services.runs.result(runId);
    expect(result.totals.customers).toBe(first.manifest.summary.customers);
    expect(result.contentHash).toBe(first.manifest.summary.contentHash);
    const narrative = await services.runs.narrative(runId);
    expect(narrative).not.toBeNull();
    expect(narrative!.segments.length).toBe(result.segments.length);
  });

  it('reads a manifest from the artifact store when this service did not run it', async () => {
    const config = loadConfig({ SEGBOT_DATA_DIR: path.join(dir, 'data') }, dir);
    const other = await createServices(config, { log: () => {} });
    try {
      const m = await other.runs.latest('shop');
      expect(m?.runId).toBe(runId);
      expect(m?.requestedBy).toEqual(['U1', 'U2']);
    } finally {
      await other.close();
    }
  });

  it('runs without narration: no narrative.json, narrative() is null', async () => {
    const { run } = services.runs.start({ ...job('plain', input, false), sourceKey: 'dataset:plain' }, 'U3');
    const outcome = await run.done;
    expect(outcome.state).toBe('finished');
    expect(await services.runs.narrative(run.id)).toBeNull();
    expect((await services.runs.latest())?.runId).toBe(run.id);
    expect((await services.runs.latest('shop'))?.runId).toBe(runId);
  });

  it('fails a run whose source is missing with a coded message, leaving no artifacts and no staging folder', async () => {
    const before = await services.artifacts.list();
    const missing = path.join(dir, 'secret-folder', 'gone.csv');
    const { run } = services.runs.start(job('gone', missing), 'U4');
    const outcome = await run.done;
    expect(outcome.state).toBe('failed');
    if (outcome.state !== 'failed') return;
    expect(outcome.error.code).toBe('FILE_NOT_FOUND');
    expect(outcome.error.message).toMatch(/gone\.csv: file not found/);
    expect(outcome.error.message).not.toContain(dir); // the requester is never told the server's folders
    expect(await services.artifacts.list()).toEqual(before);
    expect(await services.artifacts.has(run.id)).toBe(false);
    expect(readdirSync(path.join(services.config.artifactsDir, '.staging'))).toEqual([]);
    expect(await services.runs.latest('gone')).toBeNull();
  });

  it('cancels a running job: outcome cancelled, no artifacts and no staging folder', async () => {
    const before = await services.artifacts.list();
    const { run } = services.runs.start(job('cancelled', input), 'U5');
    expect(run.state).toBe('running');
    expect(run.cancel('U6')).toBe(true);
    expect(await run.done).toEqual({ state: 'cancelled', by: 'U6' });
    expect(await services.artifacts.list()).toEqual(before);
    expect(readdirSync(path.join(services.config.artifactsDir, '.staging'))).toEqual([]);
    expect(await services.runs.latest('cancelled')).toBeNull();
  });

  it('keeps no run folder outside the artifact store', () => {
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });
});

describe('describeRunError', () => {
  it('passes a coded error’s code and message, without the server’s paths', () => {
    expect(describeRunError(new DataError('EMPTY_FILE', 'orders.csv: the file is empty (0 bytes). Export the data again.'))).toEqual({
      code: 'EMPTY_FILE',
      message: 'orders.csv: the file is empty (0 bytes). Export the data again.',
    });
    const failure = describeRunError(new DataError('FILE_NOT_FOUND', 'gone.csv: file not found (/srv/segbot/data/gone.csv). Check the path.'));
    expect(failure.message).toBe('gone.csv: file not found (gone.csv). Check the path.');
  });

  it('keeps URLs, relative paths and dates as they are', () => {
    const message = 'postgres://analyst@db.internal/erp: table sales/lines has no dates after 01/11/2026.';
    expect(describeRunError(new DataError('NO_ROWS', message)).message).toBe(message);
  });

  it('says only that a bug is internal', () => {
    const failure = describeRunError(new TypeError('Cannot read properties of undefined (reading "x") at /srv/segbot/src/a.ts'));
    expect(failure.code).toBe('INTERNAL');
    expect(failure.message).not.toMatch(/undefined|\/srv/);
    expect(failure.message).toMatch(/internal error/);
  });
});
