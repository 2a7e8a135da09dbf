/** Creepiness review and the approval committee: the only module that decides whether a campaign may be shared. */
export { reviewCampaign, normalizeCampaign, DEFAULT_MIN_SEGMENT_SIZE } from './reviewer.js';
export { normalizeUnicode, normalizeStrings, lookalikeWords, visibleText, type LookalikeWord, type VisibleTextOptions } from './text/index.js';
export { CampaignForReview, Finding, Severity, Category, decide } from './types.js';
export type { ReviewDecision, ReviewOptions, Decision } from './types.js';
export { normalizeText } from './normalize.js';
export { readAudience, describeCondition, type AudienceReading, type AudienceKind, type Condition } from './audience/conditions.js';
export { reviewStatus, type ReviewStatus } from './status.js';
export { createLlmReviewer, type LlmReviewer } from './llm-reviewer.js';
export * from './approvals/index.js';
export { parseCampaignLines, type CampaignLine } from './jsonl.js';
