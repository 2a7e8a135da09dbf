/**
 * The services, built once from the configuration and handed to the faces (CLI, Slack app): the
 * store, the narrator, the reviewer and approval service, the artifact store, the dataset catalog
 * and the run queue. Nothing below this builds its own world: no loadConfig, no process.env, no
 * store opened per run.
 */
import path from 'node:path';
import type { Config } from '../config.js';
import { createNarrator, loadPrompts, type Narrator, type Prompts } from '../narrative/index.js';
import { committeeOf, createLlmReviewer, type ApprovalService } from '../review/index.js';
import { openApprovalServices, type ApprovalServices } from './approvals.js';
import { createChatClient, DEFAULT_RETRY_POLICY } from '../llm/index.js';
import { createQuestionAnswerer, type QuestionAnswerer } from './questions.js';
import { localArtifactStore, type ArtifactStore, type Store } from '../store/index.js';
import { createSnapshotService, type SnapshotService } from '../snapshots/index.js';
import { createLlmDigestNarrator, offlineDigestNarrator, type DigestNarrator } from '../digest/index.js';
import { createRunService, loadDatasetCatalog, type DatasetCatalog, type RunDeps, type RunService } from '../runs/index.js';

export interface Services {
  config: Config;
  prompts: Prompts;
  store: Store;
  approvals: ApprovalService;
  narrator: Narrator;
  artifacts: ArtifactStore;
  datasets: DatasetCatalog;
  runs: RunService;
  /** Snapshots of each run per dataset, for history, segment identity and the digest. */
  snapshots: SnapshotService;
  /** Writes the digest's plain words: the LLM when configured (grounded, falling back to the offline text), else offline. */
  digestNarrator: DigestNarrator;
  /** Answers questions about finished runs (deterministic tools; the LLM picks and phrases when configured). */
  questions: QuestionAnswerer;
  /** Identity helpers and the store location (the CLI maps its OS user to a Slack id through the stored policy). */
  approvalServices: ApprovalServices;
  /** Committee membership as the approval service decides it (for showing buttons; every action is checked again by the service). */
  isCommitteeMember(userId: string): Promise<boolean>;
  /** What a single analysis needs (the CLI's analyze uses it directly). */
  runDeps: RunDeps;
  /** Lines for the operator's log (LLM fallbacks, reviewer failures). Never customer data or secrets. */
  log: (line: string) => void;
  close(): Promise<void>;
}

export interface ServiceOverrides {
  /** Committee membership through a Slack user group (the bot passes usergroups.users.list). */
  isUsergroupMember?: (usergroup: string, userId: string) => Promise<boolean>;
  /** The OS user of a CLI process (tests inject one). */
  localUser?: () => string;
  store?: Store;
  narrator?: Narrator;
  artifacts?: ArtifactStore;
  log?: (line: string) => void;
  now?: () => Date;
}

export async function createServices(config: Config, overrides: ServiceOverrides = {}): Promise<Services> {
  const log = overrides.log ?? ((line: string) => process.stderr.write(`segbot: ${line}\n`));
  // A missing or malformed prompt file stops start-up here, not in the middle of a request.
  const prompts = loadPrompts(config.promptsDir);
  const datasets = loadDatasetCatalog(config.datasetsFile);
  // One LLM client for the narrator, the reviewer and question answering.
  const llmClient = config.llm ? createChatClient(config.llm, { ...DEFAULT_RETRY_POLICY, maxRetries: config.llm.maxRetries }, log) : undefined;
  const narrator =
    overrides.narrator ??
    (await createNarrator({ llm: config.llm, client: llmClient, promptsDir: config.promptsDir, cacheDir: path.join(config.dataDir, 'llm-cache'), minSegmentSize: config.minSegmentSize, log }));
  const approvalServices = await openApprovalServices(config, {
    store: overrides.store,
    isUsergroupMember: overrides.isUsergroupMember,
    llmReviewer: llmClient ? createLlmReviewer(llmClient) : undefined,
    onLlmError: (message) => log(`LLM reviewer failed, the rules' decision stands: ${message}`),
    localUser: overrides.localUser,
  });
  const { service: approvals, store } = approvalServices;
  const artifacts = overrides.artifacts ?? localArtifactStore(config.artifactsDir);
  const runDeps: RunDeps = { narrator, approvals, store };
  // Snapshots go through their own artifact store (a sibling folder), so that the runs' listing holds runs only.
  const snapshots = createSnapshotService({ store, artifacts: localArtifactStore(path.join(config.dataDir, 'snapshots')), retention: config.snapshotRetention });
  const runs = createRunService({
    concurrency: config.maxConcurrentRuns,
    deps: runDeps,
    artifacts,
    now: overrides.now,
    log,
    snapshot: async ({ runId, dataset, engine }) => void (await snapshots.record({ dataset, runId, result: engine.result, assignments: engine.assignments })),
  });
  // Built here, at start-up: a missing prompts/digest.md stops start-up, not a scheduled digest.
  const digestNarrator = llmClient ? createLlmDigestNarrator({ client: llmClient, promptsDir: config.promptsDir, log }) : offlineDigestNarrator;
  let closed = false;
  return {
    config,
    prompts,
    store,
    approvals,
    narrator,
    artifacts,
    datasets,
    runs,
    snapshots,
    digestNarrator,
    questions: createQuestionAnswerer({ config, client: llmClient, runs, approvals, store, log }),
    isCommitteeMember: async (userId) => committeeOf((await approvals.policy.current()).policy, overrides.isUsergroupMember).isMember(userId),
    approvalServices,
    runDeps,
    log,
    async close() {
      if (closed) return;
      closed = true;
      await runs.idle();
      await approvalServices.close();
    },
  };
}
