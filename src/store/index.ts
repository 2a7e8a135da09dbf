/** Persistence: campaigns, versions, approvals, the audit log and analysis runs, on SQLite or Postgres. */
export { openStore, type OpenStoreOptions } from './open.js';
export { SQLITE_FILE_NAME } from './sqlite.js';
export { MIGRATIONS } from './migrations.js';
export { APPROVAL_STATES } from './types.js';
export type { Store, ApprovalState, Verdict, CampaignVersion, NewVersion, ApprovalRecord, AuditEntry, AuditInput, Transition, RunRecord } from './types.js';
export { localArtifactStore, ArtifactError, type ArtifactStore } from './artifacts.js';
