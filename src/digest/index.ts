/** The weekly digest: numbers from two snapshots, text (offline or LLM), Block Kit, Markdown, chart; and its scheduler. */
export { buildDigestData, changeSide, shareableCampaigns, MAX_DIGEST_CAMPAIGNS, type DigestData, type DigestCampaign, type DigestSection } from './build.js';
export { digestLines, notableSentence, MAX_DIGEST_LINES } from './text.js';
export { digestBlocks, digestMarkdown, digestTitle, type DigestText } from './render.js';
export { renderMigrationChart, MIGRATION_CHART_FILE } from './chart.js';
export { produceDigest, offlineDigestNarrator, type Digest, type DigestNarrator, type ProduceOptions } from './produce.js';
export { writeDigestFolder, digestJson, DIGEST_JSON } from './output.js';
export { DigestScheduler, type DigestPoster, type DigestSchedulerOptions, type TickOutcome } from './scheduler.js';
export { createLlmDigestNarrator, digestFacts, digestGroundingFacts, digestTextProblem, DIGEST_PROMPT_NAMES, type LlmDigestNarratorOptions } from './llm.js';
