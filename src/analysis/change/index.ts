/** Change analysis between two snapshots: migration matrices, size and revenue changes, what is worth mentioning. */
export { analyzeChange, reconciles, segmentLabel, CHANGE_THRESHOLDS, AT_RISK, LOST, type ChangeReport, type ChangeSnapshot, type SegmentChange, type Notable } from './change.js';
export { migrationMatrix, joinSorted, rowTotals, columnTotals, NEW_ROW, LOST_COLUMN, type MigrationMatrix } from './migration.js';
