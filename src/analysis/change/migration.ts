/**
 * Migration between two snapshots, matched by customer id in one merge pass over the two sorted id
 * lists: counts from each earlier group (rows) to each later group (columns), with customers only
 * in the later snapshot as a "New customers" row and customers only in the earlier one as a "Lost
 * customers" column. Rows sum to the earlier snapshot's group sizes, columns to the later one's.
 */
export const NEW_ROW = 'New customers';
export const LOST_COLUMN = 'Lost customers';

export interface ChangeSide {
  /** Sorted (code-unit order), unique. */
  customerIds: readonly string[];
}

export interface MigrationMatrix {
  /** Group keys of the rows (earlier), then NEW_ROW. */
  rows: string[];
  /** Group keys of the columns (later), then LOST_COLUMN. */
  columns: string[];
  /** counts[row][column] */
  counts: number[][];
}

/** Calls `pair(i, j)` for every customer in both (i in before, j in after), `lost(i)` and `fresh(j)` for the rest. */
export function joinSorted(before: readonly string[], after: readonly string[], pair: (i: number, j: number) => void, lost: (i: number) => void, fresh: (j: number) => void): void {
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (j >= after.length || (i < before.length && before[i] < after[j])) lost(i++);
    else if (i >= before.length || after[j] < before[i]) fresh(j++);
    else pair(i++, j++);
  }
}

/** `groupBefore(i)` / `groupAfter(j)` give each customer's group key; `order` lists the groups to show, in order. */
export function migrationMatrix(
  before: readonly string[],
  after: readonly string[],
  groupBefore: (i: number) => string,
  groupAfter: (j: number) => string,
  rowOrder: string[],
  columnOrder: string[],
): MigrationMatrix {
  const rows = [...rowOrder, NEW_ROW];
  const columns = [...columnOrder, LOST_COLUMN];
  const r = new Map(rows.map((k, i) => [k, i]));
  const c = new Map(columns.map((k, i) => [k, i]));
  const counts = rows.map(() => new Array<number>(columns.length).fill(0));
  const index = (map: Map<string, number>, key: string, side: string) => {
    const at = map.get(key);
    if (at === undefined) throw new Error(`migration: group "${key}" of the ${side} snapshot is not in the order given`);
    return at;
  };
  joinSorted(
    before,
    after,
    (i, j) => counts[index(r, groupBefore(i), 'earlier')][index(c, groupAfter(j), 'later')]++,
    (i) => counts[index(r, groupBefore(i), 'earlier')][columns.length - 1]++,
    (j) => counts[rows.length - 1][index(c, groupAfter(j), 'later')]++,
  );
  return { rows, columns, counts };
}

export function rowTotals(m: MigrationMatrix): number[] {
  return m.counts.map((row) => row.reduce((a, b) => a + b, 0));
}

export function columnTotals(m: MigrationMatrix): number[] {
  return m.columns.map((_, c) => m.counts.reduce((a, row) => a + row[c], 0));
}
