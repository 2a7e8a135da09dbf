export { runEngine, DEFAULT_SEED, type AnalyzeRequest, type EngineRun } from './analyze.js';
export { runAnalysis, type AnalysisRequest, type AnalysisRun } from './publish.js';
