/** Persistence: campaigns, versions, approvals, the policy, the audit log and analysis runs, on SQLite or Postgres. */
export { openStore, type OpenStoreOptions } from './open.js';
export { SQLITE_FILE_NAME } from './sqlite.js';
export { MIGRATIONS } from './migrations.js';
export type { Store, RunRecord, SnapshotRecord, DigestPost, DigestClaim, ExportRecord, MeasurementRecord, ReviewPost, ThreadRef, CampaignOrigin, StoredAnswer, AnswerFeedback } from './types.js';
export { localArtifactStore, ArtifactError, type ArtifactStore } from './artifacts.js';
