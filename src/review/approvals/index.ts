export { ApprovalService, REVIEWER_ACTOR, type ApprovalServiceOptions, type ActionOptions, type SubmitOutcome } from './service.js';
export { createCommittee, type Committee, type CommitteeOptions } from './committee.js';
export { versionHash, canonicalCampaignText } from './version-hash.js';
export { TRANSITIONS, SHAREABLE, canMove } from './transitions.js';
export { openApprovalService, type ApprovalWiring } from './from-config.js';
