/**
 * Segment migration between two runs: a heatmap of customer counts from each earlier segment
 * (rows) to each later segment (columns). Customers are matched by id; customers only in the later
 * run form a "New customers" row and customers only in the earlier run a "Lost customers" column.
 */
import type { ChartConfiguration } from 'chart.js';
import type { MatrixDataPoint } from 'chartjs-chart-matrix';
import type { Assignments } from '../result/index.js';
import { count, percent, shorten } from './format.js';
import { wrapText } from './layout.js';
import { matrixChart } from './matrix.js';
import { sequentialColour } from './palette.js';
import { ChartError } from './errors.js';

export const MIGRATION_SIZE = { width: 1000, height: 760 };
export const NEW_CUSTOMERS = 'New customers';
export const LOST_CUSTOMERS = 'Lost customers';

/** Segment names by segment id, e.g. `assignments.segmentNames` or from `result.segments`. */
export type SegmentNames = ReadonlyMap<number, string>;

export interface MigrationCell extends MatrixDataPoint {
  x: string;
  y: string;
  /** Customers moving from row y to column x. */
  v: number;
}

export interface MigrationTable {
  rows: string[];
  columns: string[];
  /** counts[row][column] */
  counts: number[][];
}

const NEW_ID = Number.MIN_SAFE_INTEGER;
const LOST_ID = Number.MAX_SAFE_INTEGER;

function duplicate(run: 'earlier' | 'later', id: string): ChartError {
  return new ChartError('DUPLICATE_CUSTOMER', `segment migration: customer "${id}" appears twice in the ${run} run's assignments, so moves cannot be counted. Pass one assignments.csv per run, as segbot analyze writes it.`);
}

/** Counts customers per (earlier segment, later segment), matched by customer id. */
export function migrationTable(from: Assignments, to: Assignments, fromNames: SegmentNames, toNames: SegmentNames): MigrationTable {
  const laterSegment = new Map<string, number>();
  to.customerIds.forEach((id, i) => {
    if (laterSegment.has(id)) throw duplicate('later', id);
    laterSegment.set(id, to.segment[i]);
  });
  const pairCounts = new Map<string, number>();
  const bump = (a: number, b: number) => pairCounts.set(`${a}|${b}`, (pairCounts.get(`${a}|${b}`) ?? 0) + 1);
  const seen = new Set<string>();
  from.customerIds.forEach((id, i) => {
    if (seen.has(id)) throw duplicate('earlier', id);
    seen.add(id);
    bump(from.segment[i], laterSegment.get(id) ?? LOST_ID);
  });
  to.customerIds.forEach((id, i) => {
    if (!seen.has(id)) bump(NEW_ID, to.segment[i]);
  });
  // Segment ids order by revenue in both runs; noise (-1) goes last before new/lost.
  const order = (ids: Iterable<number>) => [...new Set(ids)].sort((a, b) => Number(a < 0) - Number(b < 0) || a - b);
  const rowIds = order(from.segment);
  const columnIds = order(to.segment);
  const hasNew = [...pairCounts.keys()].some((k) => k.startsWith(`${NEW_ID}|`));
  const hasLost = [...pairCounts.keys()].some((k) => k.endsWith(`|${LOST_ID}`));
  if (hasNew) rowIds.push(NEW_ID);
  if (hasLost) columnIds.push(LOST_ID);
  const name = (id: number, names: SegmentNames) =>
    id === NEW_ID ? NEW_CUSTOMERS : id === LOST_ID ? LOST_CUSTOMERS : (names.get(id) ?? (id < 0 ? 'Noise' : `Segment ${id + 1}`));
  return {
    rows: rowIds.map((id) => name(id, fromNames)),
    columns: columnIds.map((id) => name(id, toNames)),
    counts: rowIds.map((r) => columnIds.map((c) => pairCounts.get(`${r}|${c}`) ?? 0)),
  };
}

export function migrationSpec(from: Assignments, to: Assignments, fromNames: SegmentNames, toNames: SegmentNames, width = MIGRATION_SIZE.width): ChartConfiguration<'matrix', MigrationCell[], string> {
  const table = migrationTable(from, to, fromNames, toNames);
  // Labels carry the side so that a segment present in both runs gets one row and one column.
  const rowLabels = table.rows.map((r) => (r === NEW_CUSTOMERS ? NEW_CUSTOMERS : `From: ${shorten(r, 44)}`));
  const columnLabels = table.columns.map((c) => wrapText(c === LOST_CUSTOMERS ? LOST_CUSTOMERS : `To: ${shorten(c, 48)}`, 18).join('\n'));
  const cells: MigrationCell[] = [];
  const lines: string[][] = [];
  const colours: string[] = [];
  let stayed = 0;
  let matched = 0;
  let biggestMove: { from: string; to: string; customers: number } | null = null;
  table.rows.forEach((row, r) => {
    const rowTotal = table.counts[r].reduce((a, b) => a + b, 0) || 1;
    table.columns.forEach((column, c) => {
      const customers = table.counts[r][c];
      cells.push({ x: columnLabels[c], y: rowLabels[r], v: customers });
      lines.push(customers > 0 ? [count(customers), percent(customers / rowTotal)] : ['·']);
      colours.push(customers > 0 ? sequentialColour(0.08 + 0.92 * (customers / rowTotal)) : '#FAFAFA');
      if (row === NEW_CUSTOMERS || column === LOST_CUSTOMERS) return;
      matched += customers;
      if (row === column) stayed += customers;
      else if (customers > (biggestMove?.customers ?? 0)) biggestMove = { from: row, to: column, customers };
    });
  });
  const move = biggestMove as { from: string; to: string; customers: number } | null;
  const title =
    matched > 0
      ? `${percent(stayed / matched)} of returning customers stayed in a segment of the same name${move ? `; the largest move: ${move.from} → ${move.to} (${count(move.customers)})` : ''}`
      : 'No customer appears in both runs';
  const caption = `Rows: segment in the earlier run; columns: segment in the later run; customers matched by id. Each cell gives customers and their share of the row (darker = larger share). "${NEW_CUSTOMERS}" appear only in the later run, "${LOST_CUSTOMERS}" only in the earlier one.`;
  return matrixChart({ label: 'Customers', cells, colours, lines, xLabels: columnLabels, yLabels: rowLabels, title, caption, width });
}
