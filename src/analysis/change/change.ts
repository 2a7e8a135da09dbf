/**
 * What changed between two snapshots of a dataset: customers in and out, each segment's size and
 * revenue, migration between segments and between named RFM segments, customers who moved to At
 * Risk or Lost, new anomalies, and which of these are large enough to mention (each with the rule
 * it passed, so the digest says why, not every wiggle). Pure: two snapshots in, one report out.
 */
import { LOST_COLUMN, NEW_ROW, columnTotals, joinSorted, migrationMatrix, rowTotals, type MigrationMatrix } from './migration.js';

export interface ChangeSnapshot {
  asOf: string;
  customerIds: readonly string[];
  /** Stable segment id per customer. */
  segment: ArrayLike<number>;
  /** Stable id → name. */
  segmentNames: ReadonlyMap<number, string>;
  /** Index into rfmNames per customer; anything ≥ rfmNames.length means none. */
  rfm: ArrayLike<number>;
  rfmNames: readonly string[];
  anomaly: ArrayLike<number>;
  monetary: ArrayLike<number>;
}

export interface SegmentChange {
  id: number;
  label: string;
  name: string;
  customersBefore: number;
  customersAfter: number;
  shareBefore: number;
  shareAfter: number;
  revenueBefore: number;
  revenueAfter: number;
}

export interface Notable {
  kind: 'segment-size' | 'segment-share' | 'migration' | 'at-risk' | 'lost' | 'anomalies' | 'customers';
  /** Customers involved: the ranking key. */
  customers: number;
  /** The facts, all computed here. */
  facts: Record<string, string | number>;
  /** The rule it passed. */
  reason: string;
}

export interface ChangeReport {
  from: string;
  to: string;
  customers: { before: number; after: number; returning: number; new: number; lost: number };
  revenue: { before: number; after: number };
  segments: SegmentChange[];
  segmentMigration: MigrationMatrix;
  rfmMigration: MigrationMatrix | null;
  movedTo: { atRisk: { customers: number; from: { name: string; customers: number }[] }; lost: { customers: number; from: { name: string; customers: number }[] } };
  newAnomalies: number;
  notable: Notable[];
}

export const CHANGE_THRESHOLDS = {
  /** A segment's size change worth a line: at least this share of its size... */
  sizeShare: 0.1,
  /** ...and at least this many customers (also the floor of every other rule: k-anonymity). */
  minCustomers: 20,
  /** A share of the base that moved this many percentage points. */
  sharePoints: 2,
  /** A flow between two segments worth a line: this share of the earlier segment. */
  flowShare: 0.05,
};

export const AT_RISK = 'At Risk';
export const LOST = 'Lost';

export const segmentLabel = (id: number) => (id < 0 ? 'Noise' : `S${id + 1}`);

export function analyzeChange(before: ChangeSnapshot, after: ChangeSnapshot, options: Partial<typeof CHANGE_THRESHOLDS> = {}): ChangeReport {
  const t = { ...CHANGE_THRESHOLDS, ...options };
  const segKey = (s: ChangeSnapshot, i: number) => segmentLabel(s.segment[i]);
  const ids = [...new Set([...Array.from(before.segment), ...Array.from(after.segment)])].sort((a, b) => Number(a < 0) - Number(b < 0) || a - b);
  const inBefore = new Set(Array.from(before.segment));
  const inAfter = new Set(Array.from(after.segment));
  const segmentMigration = migrationMatrix(
    before.customerIds, after.customerIds, (i) => segKey(before, i), (j) => segKey(after, j),
    ids.filter((id) => inBefore.has(id)).map(segmentLabel), ids.filter((id) => inAfter.has(id)).map(segmentLabel),
  );
  const rfmName = (s: ChangeSnapshot, i: number) => s.rfmNames[s.rfm[i]] ?? 'No RFM';
  const hasRfm = before.rfmNames.length > 0 && after.rfmNames.length > 0;
  const rfmOrder = (s: ChangeSnapshot) => {
    const present = new Set(Array.from({ length: s.customerIds.length }, (_, i) => rfmName(s, i)));
    return [...s.rfmNames, 'No RFM'].filter((n) => present.has(n));
  };
  const rfmMigration = hasRfm ? migrationMatrix(before.customerIds, after.customerIds, (i) => rfmName(before, i), (j) => rfmName(after, j), rfmOrder(before), rfmOrder(after)) : null;

  let returning = 0;
  let newAnomalies = 0;
  const moved = { atRisk: new Map<string, number>(), lost: new Map<string, number>() };
  joinSorted(
    before.customerIds, after.customerIds,
    (i, j) => {
      returning++;
      if (after.anomaly[j] && !before.anomaly[i]) newAnomalies++;
      if (!hasRfm) return;
      const was = rfmName(before, i);
      const now = rfmName(after, j);
      if (now !== was && now === AT_RISK) moved.atRisk.set(was, (moved.atRisk.get(was) ?? 0) + 1);
      if (now !== was && now === LOST) moved.lost.set(was, (moved.lost.get(was) ?? 0) + 1);
    },
    () => undefined,
    (j) => {
      if (after.anomaly[j]) newAnomalies++;
    },
  );
  const sizes = (s: ChangeSnapshot) => {
    const customers = new Map<number, number>();
    const revenue = new Map<number, number>();
    let total = 0;
    for (let i = 0; i < s.customerIds.length; i++) {
      customers.set(s.segment[i], (customers.get(s.segment[i]) ?? 0) + 1);
      revenue.set(s.segment[i], (revenue.get(s.segment[i]) ?? 0) + s.monetary[i]);
      total += s.monetary[i];
    }
    return { customers, revenue, total };
  };
  const b = sizes(before);
  const a = sizes(after);
  const nb = Math.max(1, before.customerIds.length);
  const na = Math.max(1, after.customerIds.length);
  const segments: SegmentChange[] = ids.map((id) => ({
    id,
    label: segmentLabel(id),
    name: after.segmentNames.get(id) ?? before.segmentNames.get(id) ?? segmentLabel(id),
    customersBefore: b.customers.get(id) ?? 0,
    customersAfter: a.customers.get(id) ?? 0,
    shareBefore: round((b.customers.get(id) ?? 0) / nb, 4),
    shareAfter: round((a.customers.get(id) ?? 0) / na, 4),
    revenueBefore: round(b.revenue.get(id) ?? 0, 2),
    revenueAfter: round(a.revenue.get(id) ?? 0, 2),
  }));
  const list = (m: Map<string, number>) => [...m].map(([name, customers]) => ({ name, customers })).sort((x, y) => y.customers - x.customers || x.name.localeCompare(y.name));
  const report: ChangeReport = {
    from: before.asOf,
    to: after.asOf,
    customers: { before: before.customerIds.length, after: after.customerIds.length, returning, new: after.customerIds.length - returning, lost: before.customerIds.length - returning },
    revenue: { before: round(b.total, 2), after: round(a.total, 2) },
    segments,
    segmentMigration,
    rfmMigration,
    movedTo: {
      atRisk: { customers: sum(moved.atRisk), from: list(moved.atRisk) },
      lost: { customers: sum(moved.lost), from: list(moved.lost) },
    },
    newAnomalies,
    notable: [],
  };
  report.notable = notableChanges(report, t);
  return report;
}

function notableChanges(r: ChangeReport, t: typeof CHANGE_THRESHOLDS): Notable[] {
  const out: Notable[] = [];
  const floor = t.minCustomers;
  if (r.customers.new >= floor) out.push({ kind: 'customers', customers: r.customers.new, facts: { new: r.customers.new, lost: r.customers.lost }, reason: `at least ${floor} new customers` });
  for (const s of r.segments) {
    const delta = s.customersAfter - s.customersBefore;
    const points = round((s.shareAfter - s.shareBefore) * 100, 1);
    if (Math.abs(delta) >= floor && Math.abs(delta) >= t.sizeShare * Math.max(1, s.customersBefore)) {
      out.push({ kind: 'segment-size', customers: Math.abs(delta), facts: { segment: s.label, name: s.name, before: s.customersBefore, after: s.customersAfter, change: delta, changePct: s.customersBefore ? round((delta / s.customersBefore) * 100, 0) : 100 }, reason: `size changed by at least ${t.sizeShare * 100}% and ${floor} customers` });
    } else if (Math.abs(points) >= t.sharePoints && Math.abs(delta) >= floor) {
      out.push({ kind: 'segment-share', customers: Math.abs(delta), facts: { segment: s.label, name: s.name, sharePointsChange: points }, reason: `share of customers moved by at least ${t.sharePoints} points` });
    }
  }
  const m = r.segmentMigration;
  const totals = rowTotals(m);
  m.counts.forEach((row, i) =>
    row.forEach((v, j) => {
      const from = m.rows[i];
      const to = m.columns[j];
      if (from === NEW_ROW || to === LOST_COLUMN || from === to) return;
      if (v >= floor && v >= t.flowShare * totals[i]) {
        const name = (label: string) => r.segments.find((s) => s.label === label)?.name ?? label;
        out.push({ kind: 'migration', customers: v, facts: { from, fromName: name(from), to, toName: name(to), customers: v, shareOfFromPct: round((v / totals[i]) * 100, 0) }, reason: `at least ${floor} customers and ${t.flowShare * 100}% of the segment moved` });
      }
    }),
  );
  if (r.movedTo.atRisk.customers >= floor) out.push({ kind: 'at-risk', customers: r.movedTo.atRisk.customers, facts: { customers: r.movedTo.atRisk.customers, mostFrom: r.movedTo.atRisk.from[0]?.name ?? '', mostFromCustomers: r.movedTo.atRisk.from[0]?.customers ?? 0 }, reason: `at least ${floor} customers moved to ${AT_RISK}` });
  if (r.movedTo.lost.customers >= floor) out.push({ kind: 'lost', customers: r.movedTo.lost.customers, facts: { customers: r.movedTo.lost.customers, mostFrom: r.movedTo.lost.from[0]?.name ?? '', mostFromCustomers: r.movedTo.lost.from[0]?.customers ?? 0 }, reason: `at least ${floor} customers moved to ${LOST}` });
  if (r.newAnomalies >= floor) out.push({ kind: 'anomalies', customers: r.newAnomalies, facts: { customers: r.newAnomalies }, reason: `at least ${floor} newly unusual customers` });
  return out.sort((x, y) => y.customers - x.customers || x.kind.localeCompare(y.kind));
}

/** Checks that a matrix reconciles with the two snapshots' counts (rows: earlier, columns: later). */
export function reconciles(m: MigrationMatrix, before: number, after: number): boolean {
  const rows = rowTotals(m);
  const cols = columnTotals(m);
  const newRow = rows[rows.length - 1];
  const lostCol = cols[cols.length - 1];
  return rows.reduce((x, y) => x + y, 0) - newRow === before && cols.reduce((x, y) => x + y, 0) - lostCol === after;
}

function sum(m: Map<string, number>): number {
  let s = 0;
  for (const v of m.values()) s += v;
  return s;
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
