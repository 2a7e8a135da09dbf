export { runEngine, DEFAULT_SEED, type AnalyzeRequest, type EngineRun } from './analyze.js';
export { runAnalysis, type AnalysisRequest, type AnalysisRun, type RunDeps, type ChartFile } from './publish.js';
export { narrateAndReview, badgeFor, type CampaignSubmitter, type CampaignReview, type ReviewedNarrative } from './narrate.js';
export type { RunSummary, SegmentSummary, CampaignSummary } from './summary.js';
export { RunQueue, RunCancelledError, newRunId, type Run, type RunEvent, type RunState, type RunOutcome, type RunFailure, type RunContext } from './queue.js';
export { createRunService, describeRunError, type RunService, type RunJob, type FinishedRun } from './service.js';
export { RUN_MANIFEST, type RunManifest } from './manifest.js';
export { loadDatasetCatalog, catalogFrom, DEMO_DATASET, DEMO_PATH, type Dataset, type DatasetCatalog, type DatasetAnalyzeFlags } from './datasets.js';
export { writeOutputFolder } from './output-dir.js';
