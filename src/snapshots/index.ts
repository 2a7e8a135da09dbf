/** Snapshots of each run per dataset (compact per-customer assignments, stable segment ids, the model), kept with retention. */
export { createSnapshotService, SNAPSHOT_FILE, ASSIGNMENTS_FILE, type SnapshotService, type SnapshotServiceOptions } from './service.js';
export { buildSnapshot, SNAPSHOT_FORMAT, type Snapshot, type SnapshotMeta, type SnapshotSegment, type SnapshotInput } from './build.js';
export { encodeAssignments, decodeAssignments, NO_RFM, type SnapshotAssignments } from './codec.js';
