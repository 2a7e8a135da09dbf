/** The digest's migration chart: the charts module's migration heatmap, fed with two snapshots' stable ids. */
import { MIGRATION_SIZE, migrationSpec, renderChart } from '../charts/index.js';
import type { Assignments } from '../result/index.js';
import type { Snapshot } from '../snapshots/index.js';

function asAssignments(s: Snapshot): Assignments {
  const empty = new Float64Array(0);
  return {
    customerIds: s.assignments.customerIds,
    segment: Int32Array.from(s.assignments.segment),
    segmentNames: new Map(s.meta.segments.map((g) => [g.id, `${g.label} ${g.name}`])),
    rfmSegment: new Int16Array(0),
    rfmSegmentNames: [],
    recencyDays: empty,
    frequency: empty,
    monetary: empty,
    anomalyScore: empty,
    x: empty,
    y: empty,
  };
}

export const MIGRATION_CHART_FILE = 'migration.png';

export function renderMigrationChart(previous: Snapshot, current: Snapshot): Buffer {
  const from = asAssignments(previous);
  const to = asAssignments(current);
  return renderChart(migrationSpec(from, to, from.segmentNames, to.segmentNames), MIGRATION_SIZE);
}
