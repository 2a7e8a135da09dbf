/**
 * The run service the bot (and later the digest) uses: a queue of analysis runs whose files land in
 * the artifact store, each with a manifest, so that "the latest run of dataset X" and its result
 * can be found later without a path.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArtifactStore } from '../store/index.js';
import { parseResult, type SegmentationResult } from '../result/index.js';
import { parseNarrative, type Narrative } from '../narrative/index.js';
import type { Progress } from '../progress.js';
import { isSegbotError } from '../errors.js';
import { RunQueue, type Run, type RunContext, type RunFailure } from './queue.js';
import { runAnalysis, type RunDeps } from './publish.js';
import type { AnalyzeRequest, EngineRun } from './analyze.js';
import { namedDatasetKey } from '../measure/index.js';
import { RUN_MANIFEST, parseManifest, serializeManifest, type RunManifest } from './manifest.js';

export interface RunJob {
  dataset: string;
  label: string;
  sourceKey: string;
  request: Omit<AnalyzeRequest, 'outDir' | 'progress'>;
  narrate: boolean;
}

export interface FinishedRun {
  manifest: RunManifest;
  /** Relative names of the run's files in the artifact store. */
  files: string[];
}

export interface RunService {
  /** Queues a run (or joins the one of the same source already queued or running). */
  start(job: RunJob, requester: string): { run: Run<FinishedRun>; joined: boolean };
  get(runId: string): Run<FinishedRun> | undefined;
  active(): Run<FinishedRun>[];
  /** The newest finished run of a dataset (or of any dataset), from the artifact store. */
  latest(dataset?: string): Promise<RunManifest | null>;
  manifest(runId: string): Promise<RunManifest | null>;
  result(runId: string): Promise<SegmentationResult>;
  narrative(runId: string): Promise<Narrative | null>;
  idle(): Promise<void>;
}

export interface RunServiceOptions {
  concurrency: number;
  deps: RunDeps;
  artifacts: ArtifactStore;
  newId?: () => string;
  now?: () => Date;
  /** Records a snapshot of each finished run of a named dataset (uploads have none); a failure is logged, the run stands. */
  snapshot?: (run: { runId: string; dataset: string; engine: EngineRun }) => Promise<void>;
  log?: (line: string) => void;
}

function progressFor(context: RunContext): Progress {
  return {
    start: (step) => context.emit({ type: 'stage', step, phase: 'start' }),
    end: (step, detail) => context.emit({ type: 'stage', step, phase: 'end', detail }),
    info: (message) => context.emit({ type: 'info', message }),
  };
}

// An absolute path: a slash not after a letter, digit, dot, colon or slash (so not a URL, a relative path or a date).
const ABSOLUTE_PATH = /(?<![\w.:/])\/[^\s()'"`,;]*/g;

/** What a requester is told when a run fails: a coded error's message says what to do; a bug says only that it is one. */
export function describeRunError(error: unknown): RunFailure {
  // The CLI's messages name the file as given (FILE_NOT_FOUND adds its full path); in Slack the server's folders stay private.
  if (isSegbotError(error)) return { code: error.code, message: error.message.replace(ABSOLUTE_PATH, (p) => path.basename(p) || p) };
  return { code: 'INTERNAL', message: 'Segbot hit an internal error while analyzing this data; the operators have the details in the log. Try again, or try another dataset.' };
}

/** The folder a committed run will be in, when the artifact store is local. */
function publishedDirOf(artifacts: ArtifactStore, runId: string): string | null {
  const manifest = artifacts.localPath(runId, RUN_MANIFEST);
  return manifest ? path.dirname(manifest) : null;
}

export interface ArtifactRunRequest {
  runId: string;
  job: RunJob;
  /** Who asked, first one first (the first is the campaigns' requester); read when needed, since others may join while it runs. */
  requestedBy: () => string[];
  /** The clock the manifest's createdAt is read from once the run is done. */
  now: () => Date;
  progress: Progress;
  signal?: AbortSignal;
}

/**
 * Runs one job into the artifact store under `runId`: staged, written with its manifest, then
 * committed whole (or discarded on failure). The queue's executor and `segbot digest` both use it,
 * so a run the CLI's digest made sits beside the bot's runs, where its campaigns can be found
 * again (audience export, questions).
 */
export async function runIntoArtifacts(on: { artifacts: ArtifactStore; deps: RunDeps }, req: ArtifactRunRequest): Promise<{ manifest: RunManifest; engine: EngineRun }> {
  const { artifacts, deps } = on;
  const { job, runId } = req;
  const staged = await artifacts.stage(runId);
  try {
    const run = await runAnalysis(
      {
        ...job.request,
        outDir: staged,
        narrate: job.narrate,
        requestedBy: req.requestedBy()[0] ?? 'unknown',
        progress: req.progress,
        // A named dataset keeps its campaign ids from run to run; an upload is keyed by its content (src/measure/campaign-id.ts).
        datasetKey: job.dataset === 'upload' ? undefined : namedDatasetKey(job.dataset),
        publishedDir: publishedDirOf(artifacts, runId) ?? undefined,
      },
      deps,
    );
    if (req.signal?.aborted) throw req.signal.reason;
    const manifest: RunManifest = { runId, dataset: job.dataset, label: job.label, sourceKey: job.sourceKey, requestedBy: req.requestedBy(), createdAt: req.now().toISOString(), summary: run.summary };
    await writeFile(path.join(staged, RUN_MANIFEST), serializeManifest(manifest));
    await artifacts.commit(runId, staged);
    return { manifest, engine: run.engine };
  } catch (error) {
    await artifacts.discard(staged);
    throw error;
  }
}

export function createRunService(options: RunServiceOptions): RunService {
  const { artifacts, deps } = options;
  const now = options.now ?? (() => new Date());
  const manifests = new Map<string, RunManifest>();
  const requesters = new Map<string, string[]>();

  const execute = async (job: RunJob, context: RunContext): Promise<FinishedRun> => {
    const { manifest, engine } = await runIntoArtifacts(
      { artifacts, deps },
      { runId: context.runId, job, requestedBy: () => requesters.get(context.runId) ?? [], now, progress: progressFor(context), signal: context.signal },
    );
    manifests.set(context.runId, manifest);
    if (options.snapshot && job.dataset !== 'upload') {
      await options.snapshot({ runId: context.runId, dataset: job.dataset, engine }).catch((e: unknown) => options.log?.(`snapshot of run ${context.runId} failed: ${e instanceof Error ? e.message : String(e)}`));
    }
    return { manifest, files: await artifacts.files(context.runId) };
  };

  const queue = new RunQueue<RunJob, FinishedRun>({ concurrency: options.concurrency, execute, describeError: describeRunError, newId: options.newId });

  const manifest = async (runId: string): Promise<RunManifest | null> => {
    const known = manifests.get(runId);
    if (known) return known;
    if (!(await artifacts.has(runId))) return null;
    try {
      const m = parseManifest((await artifacts.read(runId, RUN_MANIFEST)).toString('utf8'));
      manifests.set(runId, m);
      return m;
    } catch {
      return null; // a folder without a readable manifest is not a finished run
    }
  };

  return {
    start(job, requester) {
      const submitted = queue.submit({ sourceKey: job.sourceKey, requester, request: job });
      const list = requesters.get(submitted.run.id) ?? [];
      if (!list.includes(requester)) list.push(requester);
      requesters.set(submitted.run.id, list);
      return submitted;
    },
    get: (runId) => queue.get(runId),
    active: () => queue.active(),
    async latest(dataset) {
      const ids = await artifacts.list();
      for (let i = ids.length - 1; i >= 0; i--) {
        const m = await manifest(ids[i] as string);
        if (m && (dataset === undefined || m.dataset === dataset)) return m;
      }
      return null;
    },
    manifest,
    async result(runId) {
      return parseResult((await artifacts.read(runId, 'result.json')).toString('utf8'));
    },
    async narrative(runId) {
      const names = await artifacts.files(runId);
      if (!names.includes('narrative.json')) return null;
      return parseNarrative((await artifacts.read(runId, 'narrative.json')).toString('utf8'));
    },
    idle: () => queue.idle(),
  };
}
