export { ApprovalService, REVIEWER_ACTOR, reviewedText, type ApprovalServiceOptions, type DecisionRequest, type SubmitOutcome, type VerifyReport } from './service.js';
export { createCommittee, committeeOf, type Committee, type CommitteeOptions } from './committee.js';
export { versionHash, contentHash, canonicalCampaignText } from './version-hash.js';
export { TRANSITIONS, SHAREABLE, canMove } from './transitions.js';
export { PolicyService, EMPTY_POLICY, CONFIG_ACTOR, applyChange, describeChange, policyDetail, autoApproveOf, type PolicyChange } from './policy.js';
export { LOCAL_PREFIX, slackIdOfLocalUser, requireCliIdentity, cliRequester, identitiesOf, assertSlackId } from './identity.js';
export { auditEntryHash, unchainedPrefixLength, verifyAuditChain, type ChainProblem, type ChainedFields } from './audit-chain.js';
export * from './vocabulary.js';
export { keepsStoredVersion } from './resubmission.js';
